/**
 * Fuzzing the `.xlsx` reader of `loadExport` (`src/node/xlsx.ts`, `zip.ts`, `xml.ts`):
 * workbooks built from random sheets (any part names, cell types, references out of range,
 * errors, formulas without a value, merges, hidden sheets, repeated rows, hostile names), and
 * real workbooks with bytes flipped or cut. Each is loaded, or refused with an
 * ExportReadError naming the file; nothing else escapes, nothing reaches Object.prototype,
 * and every record read is then evaluated or rejected.
 */
import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { parseDataset } from "../../src/model";
import { ExportReadError, loadExport } from "../../src/node";
import { columnName, workbookParts, xml, zip, type SheetPart } from "../node/xlsx-parts";
import { expectPrototypesUntouched, expectSaneOutput, fuzzRuns, fuzzSeed, onlyTypedErrors, restorePrototypes, testTimeout } from "./support";

const folder = mkdtempSync(join(tmpdir(), "qaf-xlsx-fuzz-"));

/** Loads the bytes as a workbook: an export, or an ExportReadError; then checks the records. */
async function expectLoadable(bytes: Buffer): Promise<void> {
  const path = join(folder, "export.xlsx");
  writeFileSync(path, bytes);
  const started = performance.now();
  const loaded = await onlyTypedErrors(() => loadExport(path), [ExportReadError]);
  expect(performance.now() - started, "one small workbook loads within 5 s").toBeLessThan(5_000);
  expectPrototypesUntouched();
  if (loaded === undefined) return;
  expectSaneOutput(loaded.rejected.map((r) => r.issues.map((i) => i.path)));
  if (Object.keys(loaded.dataset).length === 0) return; // a workbook of no sheet is not a dataset (parseDataset says so)
  const parsed = parseDataset(loaded.dataset);
  for (const c of Object.values(parsed.counts)) expect(c.received).toBe(c.evaluated + c.rejected);
  expectSaneOutput(parsed.rejected);
}

const text = fc.oneof(
  fc.constantFrom("id", "teamId", "role", "startedOn", "leftOn", "contract", "name", "__proto__", "__proto__.polluted", "constructor.prototype.polluted",
    "t1", "north", "2024-07-15", "15/07/2024", "yes", "", " ", "#N/A", "&", "<", "\u0000", "\ufffe"),
  fc.string({ maxLength: 8 }),
);
const ref = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 8 })).map(([c, r]) => `${columnName(c)}${r}`),
  fc.constantFrom("XFD1", "XFD1048576", "XFE1", "A0", "A1048577", "$B$2", "ZZZZ1", "", "1A", "A-1"),
);
const cell = fc.tuple(ref, fc.integer({ min: 0, max: 9 }), text, fc.double({ noNaN: false }), fc.boolean()).map(([r, kind, t, n, styled]) => {
  const at = r === "" ? "" : ` r="${xml(r)}"`;
  const s = styled ? ' s="1"' : "";
  switch (kind) {
    case 0: return `<c${at} t="inlineStr"><is><t>${xml(t)}</t></is></c>`;
    case 1: return `<c${at} t="s"><v>${Math.abs(Math.trunc(n)) % 12}</v></c>`;
    case 2: return `<c${at} t="e"><v>${xml(t)}</v></c>`;
    case 3: return `<c${at} t="b"><v>${n > 0 ? 1 : 0}</v></c>`;
    case 4: return `<c${at}${s}><f>TODAY()</f></c>`;
    case 5: return `<c${at} t="d"><v>${xml(t)}</v></c>`;
    case 6: return `<c${at}${s}/>`;
    case 7: return `<c${at} t="str"><f>A1</f><v>${xml(t)}</v></c>`;
    default: return `<c${at}${s}><v>${String(n)}</v></c>`;
  }
});
const row = fc.tuple(fc.option(fc.integer({ min: -1, max: 10 }), { nil: undefined }), fc.array(cell, { maxLength: 8 }))
  .map(([r, cs]) => `<row${r === undefined ? "" : ` r="${r}"`}>${cs.join("")}</row>`);
const merges = fc.array(fc.tuple(ref, ref).map(([a, b]) => `<mergeCell ref="${xml(a)}:${xml(b)}"/>`), { maxLength: 3 })
  .map((ms) => (ms.length === 0 ? "" : `<mergeCells count="${ms.length}">${ms.join("")}</mergeCells>`));
const sheetName = fc.oneof(fc.constantFrom("staff", "teams", "areas", "cases", "cases.children", "Sheet1", "__proto__", "constructor"), fc.string({ maxLength: 6 }));
const partName = fc.constantFrom("xl/worksheets/sheet1.xml", "xl/worksheets/sheet.xml", "xl/worksheets/Sheet3.xml", "xl/other/data.xml", "xl/worksheets/sheet2.xml");
const sheet = fc.record({
  name: sheetName, part: partName, body: fc.array(row, { maxLength: 8 }).map((rs) => rs.join("")), after: merges,
  state: fc.constantFrom(undefined, "hidden", "veryHidden"),
}).map(({ state, ...s }): SheetPart => (state === undefined ? s : { ...s, state }));
const strings = fc.array(text, { maxLength: 12 });

const workbook = fc.tuple(fc.uniqueArray(sheet, { maxLength: 3, selector: (s) => s.part.toLowerCase() }), strings, fc.boolean())
  .map(([sheets, ss, date1904]) => zip(workbookParts(sheets, { strings: ss, date1904 })));

/** A real workbook, parts stored (so flipped bytes reach the XML) or deflated. */
function sample(stored: boolean): Buffer {
  const body = ['<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>startedOn</t></is></c></row>',
    '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" s="1"><v>45000</v></c></row>'].join("");
  return zip(workbookParts([{ name: "staff", part: "xl/worksheets/sheet1.xml", body, after: '<mergeCells count="1"><mergeCell ref="A2:B2"/></mergeCells>' }], { strings: ["p1"] })
    .map((p) => ({ ...p, stored })));
}
const mutated = fc.tuple(fc.boolean(), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), fc.option(fc.nat(), { nil: undefined }))
  .map(([stored, flips, cut]) => {
    const bytes = Buffer.from(sample(stored));
    for (const [at, value] of flips) bytes[at % bytes.length] = value;
    return cut === undefined ? bytes : bytes.subarray(0, cut % bytes.length);
  });

describe("fuzz: .xlsx workbooks", () => {
  afterEach(restorePrototypes);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("random workbooks are loaded or refused with an ExportReadError, never anything else", async () => {
    await fc.assert(fc.asyncProperty(workbook, (bytes) => expectLoadable(bytes)), { seed: fuzzSeed, numRuns: fuzzRuns(60) });
  }, testTimeout);

  it("real workbooks with bytes flipped or cut are loaded or refused with an ExportReadError", async () => {
    await fc.assert(fc.asyncProperty(mutated, (bytes) => expectLoadable(bytes)), { seed: fuzzSeed, numRuns: fuzzRuns(100) });
  }, testTimeout);

  it("arbitrary bytes are refused with an ExportReadError", async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), (bytes) => expectLoadable(Buffer.from(bytes))), { seed: fuzzSeed, numRuns: fuzzRuns(30) });
  }, testTimeout);
});
