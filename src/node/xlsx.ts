/**
 * Reads an `.xlsx` workbook from disk: its sheets, as the workbook names them, each read
 * row by row only when asked.
 *
 * @module
 */
import type { Cell } from "./cells";
import { ExportReadError } from "./errors";
import { openRegularFile } from "./open-file";
import { attrOf, relationshipsOf } from "./relationships";
import { readRows } from "./sheet-rows";
import { LIMITS, tooMany } from "./workbook-limits";
import { WorkbookParts } from "./workbook-parts";
import { inflateBudgetFor, ZipArchive, ZipError } from "./zip";

/** One sheet of a workbook: its name and its rows, as cells. */
export interface Sheet {
  /** The sheet's name, as on its tab. */
  name: string;
  /** `hidden` or `veryHidden` when Excel does not show the sheet. */
  hidden?: "hidden" | "veryHidden";
  /**
   * Reads the sheet (inflating its part only now, a chunk at a time: the part is never held
   * whole) and calls `onRow` with each row's cells and its row number, as each row is read,
   * in the order written (no row is held). A row's
   * cells run from column A to its last cell holding a value (cells holding only formatting
   * are not cells). A merged range gives its value to its top-left cell only.
   *
   * @throws {@link ExportReadError} when the sheet's part cannot be read, or inflates past the workbook's budget
   */
  eachRow(onRow: (cells: Cell[], row: number) => void): Promise<void>;
  /** What the user should know about the sheet once read: merged cells, a repeated row number. */
  readonly notes: string[];
}

/** A part of a workbook that is not a table, by sheet name, and why it is not read. */
export interface SkippedSheet {
  /** The sheet's name, as on its tab. */
  name: string;
  /** Why it is not read. */
  reason: string;
}

/** A workbook's sheets, and whether it counts dates in the 1904 system. */
export interface WorkbookSheets {
  /** The worksheets, in the workbook's order. */
  sheets: Sheet[];
  /** Whether serial dates count from 1904 (old Mac workbooks). */
  date1904: boolean;
  /** Chart sheets and other sheets that hold no table. */
  skipped: SkippedSheet[];
}

/** Options of {@link readWorkbook}. */
export interface ReadWorkbookOptions {
  /** The most the parts read may inflate to, in bytes (default: {@link inflateBudgetFor} the file's size). */
  inflateBudget?: number;
}

/** One sheet of the workbook, read when asked. */
function sheetOf(parts: WorkbookParts, name: string, part: string, date1904: boolean, state: string | undefined): Sheet {
  const notes: string[] = [];
  return {
    name,
    ...(state === "hidden" || state === "veryHidden" ? { hidden: state } : {}),
    notes,
    eachRow(onRow) {
      return readRows(parts, part, { file: parts.file, sheet: name }, date1904, notes, onRow);
    },
  };
}

/** The workbook's bytes: it is read whole (a zip is read from its end), so one over about 500 MB is refused. */
async function readAll(path: string, name: string): Promise<Buffer> {
  const stream = await openRegularFile(path, name, true);
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream) chunks.push(chunk as Buffer);
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks);
}

/**
 * Reads an `.xlsx` workbook: the zip's central directory, then its sheets as the
 * workbook's relationships name them (whatever their part names), then each sheet's part
 * only when its rows are read. Only the cells present are read; date-formatted cells are
 * dates (so a date column may hold dates, Excel serial numbers or text); error cells and
 * formulas with no calculated value are {@link CellError}s. The parts read may inflate to
 * a budget in total (see {@link inflateBudgetFor}); a part never read is never inflated.
 * A DTD in any part is refused.
 *
 * @param path - the file's path
 * @param name - the file's name, for messages
 * @param options - the inflate budget
 * @returns the sheets
 * @throws {@link ExportReadError} when the file is not a regular file, is over about 500 MB, or is not an `.xlsx` workbook
 */
export async function readWorkbook(path: string, name: string, options: ReadWorkbookOptions = {}): Promise<WorkbookSheets> {
  const bytes = await readAll(path, name);
  const where = { file: name };
  const notAWorkbook = (why: string) => new ExportReadError(where, `not an .xlsx workbook that can be read (${why}): save it from Excel as "Excel Workbook (.xlsx)"`);
  let zip: ZipArchive;
  try {
    zip = new ZipArchive(bytes, options.inflateBudget ?? inflateBudgetFor(bytes.length));
  } catch (e) {
    if (e instanceof ZipError) throw notAWorkbook(e.message);
    throw e;
  }
  const bare = new WorkbookParts(zip, name, undefined, undefined);
  const rels = (part: string) => relationshipsOf(bare, part, where);
  const workbookPart = [...rels("").values()].find((r) => r.type.endsWith("/officeDocument"))?.target ?? "xl/workbook.xml";
  if (!zip.has(workbookPart)) throw notAWorkbook("no workbook part");
  const workbookRels = rels(workbookPart);
  const byType = (type: string) => [...workbookRels.values()].find((r) => r.type.endsWith(type))?.target;
  const parts = new WorkbookParts(zip, name, byType("/sharedStrings"), byType("/styles"));
  let date1904 = false;
  const declared: { name: string; id: string | undefined; state: string | undefined }[] = [];
  parts.parse(workbookPart, {
    open(n, attrs) {
      if (n === "workbookPr") date1904 = attrs.date1904 === "1" || attrs.date1904 === "true";
      else if (n === "sheet") {
        declared.push({ name: attrs.name ?? "", id: attrOf(attrs, "id", true), state: attrs.state });
        tooMany(declared.length, LIMITS.sheets, "sheets", where);
      }
    },
  }, where);
  const sheets: Sheet[] = [];
  const skipped: SkippedSheet[] = [];
  for (const d of declared) {
    const rel = d.id === undefined ? undefined : workbookRels.get(d.id);
    if (rel === undefined || !zip.has(rel.target)) throw new ExportReadError({ file: name, sheet: d.name }, "the sheet's part is missing from the workbook");
    if (rel.type.endsWith("/worksheet")) sheets.push(sheetOf(parts, d.name, rel.target, date1904, d.state));
    else skipped.push({ name: d.name, reason: "a chart or dialog sheet, not a table" });
  }
  return { sheets, date1904, skipped };
}
