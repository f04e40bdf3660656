import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import * as report from "../../src/report";
import { BREACH_COLUMNS } from "../../src/report/csv-tables";
import { toXlsx, writeXlsx } from "../../src/report/xlsx";

import { handEvaluation } from "./fixtures";

/** The breaches sheet's message column, counted from 1. */
const BREACH_MESSAGE = BREACH_COLUMNS.indexOf("message") + 1;

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (ws === undefined) throw new Error(`no sheet ${name}`);
  return ws;
}

function header(ws: ExcelJS.Worksheet): unknown[] {
  return (ws.getRow(1).values as unknown[]).slice(1);
}

describe("toXlsx", () => {
  it("writes a summary sheet and one sheet per result kind, each header frozen and filtered", async () => {
    const wb = await readBack(await toXlsx(handEvaluation()));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["summary", "obligations", "breaches", "escalations", "rejected"]);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(ws.autoFilter).toBeDefined();
    }
    expect(header(sheet(wb, "obligations"))[0]).toBe("id");
    expect(sheet(wb, "obligations").rowCount).toBe(1 + 5);
    expect(sheet(wb, "breaches").rowCount).toBe(1 + 3);
    expect(header(sheet(wb, "escalations"))).toEqual(["id", "kind", "ruleId", "breachId", "subjectType", "subjectId", "level", "toStaffId", "toRole", "toBody", "raisedOn", "reason", "basis", "assumptions", "toNamedStaffId"]);
    expect((sheet(wb, "escalations").getRow(3).values as unknown[]).slice(-2)).toEqual(["assumption", "supervision.maxIntervalDays; escalation.levelAfterWorkingDays"]);
    const named = handEvaluation();
    named.escalations = named.escalations.map((e) => ({ ...e, to: { ...e.to, named: { staffId: "tm" } } }));
    expect((sheet(await readBack(await toXlsx(named)), "escalations").getRow(2).values as unknown[]).at(-1)).toBe("tm");
    expect((sheet(wb, "rejected").getRow(2).values as unknown[]).slice(1)).toEqual(["staff", 3, "bad", "startedOn", "must be a date"]);
    const summary = new Map(sheet(wb, "summary").getSheetValues().slice(2).map((r) => [(r as unknown[])[1], (r as unknown[])[2]]));
    expect(summary.get("breaches active")).toBe(2);
    expect(summary.get("records received")).toBe(6);
    expect([summary.get("breaches resolved"), summary.get("breaches lapsed")]).toEqual([1, 0]);
    expect(["qaf", "reading", "assumption"].map((b) => [summary.get(`obligations, basis ${b}`), summary.get(`breaches active, basis ${b}`), summary.get(`escalations, basis ${b}`)]))
      .toEqual([[2, 0, 1], [1, 0, 0], [2, 2, 2]]);
    const breaches = sheet(wb, "breaches");
    expect(header(breaches).slice(-3)).toEqual(["basis", "assumptions", "ownerNamedStaffId"]);
    const cell = (row: number, column: string) => breaches.getRow(row).getCell(header(breaches).indexOf(column) + 1).value;
    expect([cell(2, "basis"), cell(2, "assumptions"), cell(3, "basis"), cell(3, "assumptions")]).toEqual(["qaf", null, "assumption", "supervision.maxIntervalDays"]);
  });

  it("writes days as real Excel dates, the same in every time zone, and counts as numbers", async () => {
    const ws = sheet(await readBack(await toXlsx(handEvaluation())), "obligations");
    const dueBy = ws.getRow(2).getCell(header(ws).indexOf("dueBy") + 1);
    expect(dueBy.type).toBe(ExcelJS.ValueType.Date);
    expect((dueBy.value as Date).toISOString()).toBe("2025-01-10T00:00:00.000Z");
    expect(dueBy.numFmt).toBe("yyyy-mm-dd");
    const done = ws.getRow(6).getCell(header(ws).indexOf("progressDone") + 1);
    expect(done.value).toBe(1);
    expect(ws.getRow(2).getCell(header(ws).indexOf("metOn") + 1).type).toBe(ExcelJS.ValueType.Date);
  });

  it("keeps text from the data as text: never a formula, never changed", async () => {
    const ev = handEvaluation();
    const hostile = ["=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2", "@SUM(A1)", "=cmd|' /C calc'!A0"];
    ev.obligations = hostile.map((id, i) => ({ ...ev.obligations[0], id, subject: { type: "staff", id: `s${i}` } } as typeof ev.obligations[number]));
    const ws = sheet(await readBack(await toXlsx(ev)), "obligations");
    hostile.forEach((id, i) => {
      const cell = ws.getRow(i + 2).getCell(1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(id);
    });
  });

  it("writes text XML cannot hold as its escape, and cuts text past Excel's cell limit with a marker", async () => {
    const ev = handEvaluation();
    const odd = ["id\uFFFE", "id\uFFFF", "a\u0001b", "lone\uD800"];
    ev.obligations = odd.map((id, i) => ({ ...ev.obligations[0], id, subject: { type: "staff", id: `s${i}` } } as typeof ev.obligations[number]));
    ev.breaches = [{ ...ev.breaches[0], message: "x".repeat(40_000) } as typeof ev.breaches[number]];
    const wb = await readBack(await toXlsx(ev)); // a corrupt sharedStrings.xml would not load
    const ws = sheet(wb, "obligations");
    expect([2, 3, 4, 5].map((r) => ws.getRow(r).getCell(1).value)).toEqual(["id\\ufffe", "id\\uffff", "a\\x01b", "lone\\ud800"]);
    const message = String(sheet(wb, "breaches").getRow(2).getCell(BREACH_MESSAGE).value);
    expect(message.length).toBeLessThanOrEqual(32_767);
    expect(message).toMatch(/ … \[cut: 7,\d{3} more characters\]$/);
  });

  it("streams to a file, a row at a time, the same sheets, frozen headers, filters and cells as toXlsx", async () => {
    const ev = handEvaluation();
    const path = join(mkdtempSync(join(tmpdir(), "qaf-xlsx-")), "qaf.xlsx");
    await writeXlsx(ev, path);
    const [streamed, whole] = [await readBack(readFileSync(path)), await readBack(await toXlsx(ev))];
    expect(streamed.worksheets.map((w) => w.name)).toEqual(whole.worksheets.map((w) => w.name));
    for (const ws of whole.worksheets) {
      const other = sheet(streamed, ws.name);
      const values = (w: ExcelJS.Worksheet) => w.getSheetValues().map((row) => (Array.isArray(row) ? row.map((v) => (v instanceof Date ? v.toISOString() : v)) : row));
      expect(values(other), ws.name).toEqual(values(ws));
      expect(other.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(other.autoFilter).toBeTruthy();
    }
  });

  it("dates the workbook's properties by the as-of day, not the clock", async () => {
    const wb = await readBack(await toXlsx(handEvaluation(), { creator: "Durham QA" }));
    expect(wb.created.toISOString()).toBe("2025-03-31T00:00:00.000Z");
    expect(wb.modified.toISOString()).toBe("2025-03-31T00:00:00.000Z");
    expect(wb.creator).toBe("Durham QA");
  });
});

describe("the report entry stays light", () => {
  it("does not export toXlsx, and only xlsx.ts imports a node: module", () => {
    expect("toXlsx" in report).toBe(false);
    const dir = new URL("../../src/report/", import.meta.url);
    const importers = readdirSync(dir).filter((f) => /from "(?:node:|\.\.\/node\/)/.test(readFileSync(new URL(f, dir), "utf8")));
    expect(importers).toEqual(["xlsx.ts"]);
  });

  it("writes workbooks with no dependency: nothing in the library imports exceljs", () => {
    const dir = new URL("../../src/", import.meta.url);
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => /from "exceljs"/.test(readFileSync(new URL(f, dir), "utf8")))).toEqual([]);
  });
});
