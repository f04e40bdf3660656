import type { CellValue, Workbook } from "exceljs";
import type { Cell } from "./cells";
import { ExportReadError } from "./errors";
import { openRegularFile } from "./open-file";

/** One sheet of a workbook: its name and its rows, as cells. */
export interface Sheet {
  name: string;
  /** Calls `onRow` with each row's cells (one per used column) and its row number. */
  eachRow(onRow: (cells: Cell[], row: number) => void): void;
}

/** A workbook's sheets, and whether it counts dates in the 1904 system. */
export interface WorkbookSheets {
  sheets: Sheet[];
  date1904: boolean;
}

/** A cell value as the records read it: rich text joined, a formula's result, a link's text, an error's code. */
function cellOf(value: CellValue): Cell {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== "object" || value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("error" in value) return value.error;
  if ("result" in value) return value.result === undefined ? undefined : cellOf(value.result);
  if ("text" in value) return typeof value.text === "string" ? value.text : undefined;
  return undefined;
}

/**
 * Reads an `.xlsx` workbook with exceljs: every sheet, with date-formatted cells as dates
 * (so a date column may hold dates, Excel serial numbers or text).
 *
 * @param path - the file's path
 * @param name - the file's name, for messages
 * @returns the sheets
 * @throws {@link ExportReadError} when the file is not a regular file or not an `.xlsx` workbook
 */
export async function readWorkbook(path: string, name: string): Promise<WorkbookSheets> {
  const stream = await openRegularFile(path, name);
  const { default: ExcelJS } = (await import("exceljs")) as unknown as { default: { Workbook: new () => Workbook } };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.read(stream);
  } catch {
    throw new ExportReadError({ file: name }, "not an .xlsx workbook that can be read (save it from Excel as \"Excel Workbook (.xlsx)\")");
  } finally {
    stream.destroy();
  }
  const date1904 = (workbook.properties as { date1904?: boolean }).date1904 === true;
  const sheets = workbook.worksheets.map((ws): Sheet => ({
    name: ws.name,
    eachRow(onRow) {
      const width = ws.columnCount;
      ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        const cells: Cell[] = [];
        for (let c = 1; c <= width; c++) cells.push(cellOf(row.getCell(c).value));
        onRow(cells, rowNumber);
      });
    },
  }));
  return { sheets, date1904 };
}
