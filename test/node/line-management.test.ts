/**
 * The lineManagement collection read from an export like any other: a CSV file, an NDJSON
 * file or a workbook, named however people name it, headers matched loosely, dates read.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { evaluate, parseDataset } from "../../src";
import { loadExport } from "../../src/node";
import { fieldKinds } from "../../src/node/field-kinds";
import { exportCopy } from "./helpers";

/** p1 (of the sample export) was managed by om until March 2024, and by tm from April. */
const HISTORY = [
  { id: "lm1", staffId: "p1", lineManagerId: "om", from: "2022-09-01", to: "2024-03-31" },
  { id: "lm2", staffId: "p1", lineManagerId: "tm", from: "2024-04-01" },
];

describe("lineManagement in an export", () => {
  it("has its fields' kinds from the model: ids as text, from and to as dates", () => {
    expect(Object.fromEntries(fieldKinds("lineManagement"))).toEqual({ id: "string", staffId: "string", lineManagerId: "string", from: "date", to: "date" });
  });

  it("reads a CSV file whatever the name's case and spacing, headers matched loosely, an empty `to` absent", async () => {
    const dir = exportCopy();
    writeFileSync(join(dir, "Line Management.csv"), "ID,Staff Id,LINE_MANAGER_ID,From,To\r\nlm1,p1,om,01/09/2022,31/03/2024\r\nlm2,p1,tm,2024-04-01,\r\n");
    const loaded = await loadExport(dir);
    expect([parseDataset(loaded.dataset).dataset.lineManagement, loaded.rejected, loaded.ignored]).toEqual([HISTORY, [], []]);
    expect(loaded.coercions.filter((c) => c.collection === "lineManagement")).toEqual([
      { collection: "lineManagement", field: "from", kind: "uk-date", count: 1, example: { written: "01/09/2022", read: "2022-09-01" } },
      { collection: "lineManagement", field: "to", kind: "uk-date", count: 1, example: { written: "31/03/2024", read: "2024-03-31" } },
    ]);
    const ev = await evaluate(loaded.dataset, { asOf: "2024-09-30" });
    expect(ev.counts.lineManagement).toEqual({ received: 2, evaluated: 2, rejected: 0 });
  });

  it("locates a rejected row by file, row and column: an overlap at `from`, a date that is not one", async () => {
    const dir = exportCopy();
    writeFileSync(join(dir, "lineManagement.csv"), "id,staffId,lineManagerId,from,to\nlm1,p1,om,01/09/2022,31/03/2024\nlm2,p1,tm,01/03/2024,\nlm3,tm,om,31/02/2024,\n");
    const { rejected } = await loadExport(dir);
    expect(rejected.map((r) => [r.id, r.issues.map((i) => [i.path, i.where])])).toEqual([
      ["lm2", [[["from"], { file: "lineManagement.csv", row: 3, column: "from" }]]],
      ["lm3", [[["from"], { file: "lineManagement.csv", row: 4, column: "from" }]]],
    ]);
    expect(rejected[0]?.issues[0]?.message).toBe("overlaps lm1, an earlier record of the same staff member: a staff member's records must not overlap");
  });

  it("reads an NDJSON file, one record a line", async () => {
    const dir = exportCopy();
    writeFileSync(join(dir, "line-management.ndjson"), `${HISTORY.map((r) => JSON.stringify(r)).join("\n")}\n`);
    const loaded = await loadExport(dir);
    expect([loaded.dataset.lineManagement, loaded.rejected, loaded.ignored]).toEqual([HISTORY, [], []]);
  });

  it("reads a workbook's sheet, with date cells, serial numbers and an empty `to`", async () => {
    const dir = exportCopy();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Line Management");
    ws.addRow(["Id", "Staff Id", "Line Manager Id", "From", "To"]);
    ws.addRow(["lm1", "p1", "om", new Date("2022-09-01T00:00:00Z"), 45382]); // 45382 is 2024-03-31
    ws.addRow(["lm2", "p1", "tm", new Date("2024-04-01T00:00:00Z"), null]);
    await wb.xlsx.writeFile(join(dir, "export.xlsx"));
    const loaded = await loadExport(dir);
    expect([loaded.dataset.lineManagement, loaded.rejected, loaded.ignored]).toEqual([HISTORY, [], []]);
  });
});
