/**
 * Fuzzing the CSV reader of `loadExport` (`src/node`): arbitrary bytes, and CSV built from
 * real and hostile column names, written to a file, read as records of a collection and then
 * validated. The reader may refuse a file only with an ExportReadError naming it; nothing
 * reaches Object.prototype; every record read is then evaluated or rejected.
 */
import fc from "fast-check";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ExportReadError } from "../../src/node/errors";
import { fieldKinds } from "../../src/node/field-kinds";
import { readCollectionFile } from "../../src/node/read-collection";
import { COLLECTIONS, parseDataset } from "../../src/model";
import { expectPrototypesUntouched, expectSaneOutput, fuzzRuns, onlyTypedErrors, restorePrototypes, testTimeout, fuzzSeed } from "./support";

const PROTOTYPE_COLUMNS = ["__proto__.polluted", "constructor.prototype.polluted", "__proto__"];

const folder = mkdtempSync(join(tmpdir(), "qaf-csv-fuzz-"));

/** The reader under test: CSV bytes of one collection's file to its records. */
async function readCsv(bytes: Uint8Array, collection: string): Promise<unknown[]> {
  const path = join(folder, `${collection}.csv`);
  writeFileSync(path, bytes);
  return (await readCollectionFile(path, `${collection}.csv`, "csv", collection, fieldKinds(collection), "auto")).records;
}

const collection = fc.constantFrom(...COLLECTIONS);

function expectReadable(bytes: Uint8Array, name: string): Promise<void> {
  return (async () => {
    const records = await onlyTypedErrors(() => readCsv(bytes, name), [ExportReadError]);
    expectPrototypesUntouched();
    if (records === undefined) return;
    const parsed = parseDataset({ [name]: records });
    const c = parsed.counts[name as (typeof COLLECTIONS)[number]];
    expect(c.received).toBe(records.length);
    expect(c.received).toBe(c.evaluated + c.rejected);
    expectSaneOutput(parsed.rejected);
    expectPrototypesUntouched();
  })();
}

const cell = fc.oneof(
  fc.constantFrom("", "s1", "t1", "north", "2025-03-31", "31/03/2025", "9999-12-31", "true", "no", "1e9", "-1", "a;b", "\"", "\"\"", "=1+1", "\r", "\n", "\x1b[2J", "Zoé", "\ufeff"),
  fc.string({ maxLength: 10 }),
);
const header = fc.oneof(
  fc.constantFrom("id", "teamId", "areaId", "role", "contract", "startedOn", "lineManagerId", "heldOn", "children", "scope.type", "scope.id", "sep=;"),
  fc.constantFrom(...PROTOTYPE_COLUMNS, "prototype", "a..b", ".", ""),
  fc.string({ maxLength: 8 }),
);
const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const csvText = fc
  .tuple(fc.array(header, { minLength: 1, maxLength: 6 }), fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 6 }), fc.constantFrom("\n", "\r\n"), fc.boolean())
  .map(([heads, rows, eol, raw]) => [heads, ...rows].map((r) => r.map(raw ? String : quote).join(",")).join(eol));

describe("fuzz: CSV files", () => {
  afterEach(restorePrototypes);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("a __proto__.polluted column reaches no prototype", async () => {
    for (const column of PROTOTYPE_COLUMNS) {
      await expectReadable(new TextEncoder().encode(`id,${column}\nn1,yes\n`), "areas");
    }
  }, testTimeout);

  it("arbitrary bytes are read or refused with an ExportReadError, never anything else", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), collection, (bytes, name) => expectReadable(bytes, name)),
      { seed: fuzzSeed, numRuns: fuzzRuns(300) },
    );
  }, testTimeout);

  it("CSV of real and odd columns is read or refused with an ExportReadError; nothing is lost or polluted", async () => {
    await fc.assert(
      fc.asyncProperty(csvText, collection, (text, name) => expectReadable(new TextEncoder().encode(text), name)),
      { seed: fuzzSeed, numRuns: fuzzRuns(300) },
    );
  }, testTimeout);
});
