import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { evaluate, parseDataset } from "../../src";
import { ExportReadError, loadExport } from "../../src/node";
import { fieldKinds } from "../../src/node/field-kinds";
import { CSV_EXPORT, exportCopy, exportRows } from "./helpers";

const AS_OF = "2024-09-30";

/** `DD/MM/YYYY` or ISO text to a date at UTC midnight, as a workbook's date cell holds it. */
function dateOf(text: string): Date {
  const uk = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  return new Date(uk === null ? `${text}T00:00:00Z` : `${uk[3]}-${uk[2]}-${uk[1]}T00:00:00Z`);
}

/** An Excel serial number of the 1900 system: days since 1899-12-30. */
const serialOf = (text: string): number => dateOf(text).getTime() / 86_400_000 + 25_569;

/**
 * A sheet from a CSV file of the sample export, written as Excel users leave them: date
 * cells (or, in `serialDates` sheets, bare serial numbers), numeric ids and grades as
 * numbers, booleans as booleans, headers in title case, then a formatted empty row.
 */
function addSheet(wb: ExcelJS.Workbook, name: string, file: string, collection: string, prefix = "", serialDates = false): void {
  const [header = [], ...rows] = exportRows(file);
  const kinds = fieldKinds(collection);
  const ws = wb.addWorksheet(name);
  ws.addRow(header.map((h) => h.replace(/([A-Z])/g, " $1").replace(/^./, (c) => c.toUpperCase())));
  for (const row of rows) {
    const added = ws.addRow(row.map((cell, k) => {
      const kind = kinds.get(prefix + (header[k] as string));
      if (cell === "") return null;
      if (kind === "date") return serialDates ? serialOf(cell) : dateOf(cell);
      if (kind === "boolean" && (cell === "yes" || cell === "no")) return cell === "yes";
      return /^\d+$/.test(cell) && kind !== "list" ? Number(cell) : cell;
    }));
    added.eachCell((c) => { if (c.value instanceof Date) c.numFmt = "dd/mm/yyyy"; });
  }
  ws.getRow(rows.length + 3).getCell(1).numFmt = "dd/mm/yyyy"; // an empty row Excel keeps for its formatting
}

async function workbookOfTheSample(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  addSheet(wb, "Areas", "areas.csv", "areas");
  addSheet(wb, "teams", "teams.csv", "teams");
  addSheet(wb, "Staff", "staff.csv", "staff");
  addSheet(wb, "cases", "cases.csv", "cases");
  addSheet(wb, "cases.children", "cases.children.csv", "cases", "children[].");
  addSheet(wb, "supervisions", "supervisions.csv", "supervisions");
  addSheet(wb, "audits", "audits.csv", "audits", "", true);
  addSheet(wb, "audits.actions", "audits.actions.csv", "audits", "actions[].", true);
  wb.addWorksheet("Sheet1").addRow(["notes"]);
  await wb.xlsx.writeFile(path);
}

describe(".xlsx input", () => {
  it("reads a workbook with a sheet per collection as the same export as the CSV files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "qaf-xlsx-"));
    const path = join(dir, "export.xlsx");
    await workbookOfTheSample(path);
    const fromXlsx = await loadExport(path);
    const fromCsv = await loadExport(CSV_EXPORT);
    expect(fromXlsx.rejected).toEqual([]);
    expect(fromXlsx.ignored).toEqual([{ file: "export.xlsx", sheet: "Sheet1", reason: "not named after a collection" }]);
    // Date cells are read by the workbook reader, CSV text dates by parseDataset: the same records once parsed.
    expect(parseDataset(fromXlsx.dataset).dataset).toEqual(parseDataset(fromCsv.dataset).dataset);
    const [a, b] = await Promise.all([evaluate(fromXlsx.dataset, { asOf: AS_OF }), evaluate(fromCsv.dataset, { asOf: AS_OF })]);
    expect(a.obligations).toEqual(b.obligations);
    expect(a.obligations.length).toBeGreaterThan(0);
  });

  it("reads a workbook named after its collection in a folder, and locates rejections by sheet, row and column", async () => {
    const dir = exportCopy();
    rmSync(join(dir, "staff.csv"));
    const wb = new ExcelJS.Workbook();
    addSheet(wb, "Sheet1", "staff.csv", "staff");
    // Row 8: after the four staff (rows 2-5) and the empty formatted row 7, which is skipped.
    wb.worksheets[0]?.addRow(["p2", "practitioner", "t1", null, "tm", "full-time", "31/02/2024"]);
    wb.addWorksheet("Sheet2");
    await wb.xlsx.writeFile(join(dir, "staff.xlsx"));
    const loaded = await loadExport(dir);
    expect(loaded.dataset.staff?.length).toBe(5);
    expect(loaded.ignored).toEqual([{ file: "staff.xlsx", sheet: "Sheet2", reason: "only the first sheet of staff.xlsx is read" }]);
    expect(loaded.rejected).toEqual([expect.objectContaining({
      collection: "staff", index: 4, id: "p2",
      issues: [expect.objectContaining({ path: ["startedOn"], where: { file: "staff.xlsx", sheet: "Sheet1", row: 8, column: "Started On" } })],
    })]);
  });

  it("refuses a file that is not a workbook, by name", async () => {
    const dir = mkdtempSync(join(tmpdir(), "qaf-xlsx-"));
    const path = join(dir, "export.xlsx");
    writeFileSync(path, "id,name\n");
    await expect(loadExport(path)).rejects.toThrow(ExportReadError);
    await expect(loadExport(path)).rejects.toThrow("export.xlsx: not an .xlsx workbook");
  });
});
