import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as zlib from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDay } from "../../src/calendar/day";
import type { Cell } from "../../src/node/cells";
import { cellText, workbookBytes, type XlsxCell, type XlsxTable } from "../../src/node/xlsx-writer";
import { readWorkbook } from "../../src/node/xlsx";
import { ZipArchive } from "../../src/node/zip";

/** A workbook written, then read back by the library's own reader: each sheet's name and rows. */
async function readBack(bytes: Uint8Array): Promise<{ name: string; rows: Cell[][] }[]> {
  const path = join(mkdtempSync(join(tmpdir(), "qaf-xlsx-writer-")), "book.xlsx");
  writeFileSync(path, bytes);
  const { sheets } = await readWorkbook(path, "book.xlsx");
  const out: { name: string; rows: Cell[][] }[] = [];
  for (const sheet of sheets) {
    const rows: Cell[][] = [];
    await sheet.eachRow((cells) => rows.push(cells));
    out.push({ name: sheet.name, rows });
  }
  return out;
}

const table = (name: string, header: string[], rows: XlsxCell[][]): XlsxTable => ({ name, header, rows, widths: header.map(() => 10) });

/** Every part's CRC-32 as the central directory states it, against the CRC-32 of what the part inflates to. */
function crcs(bytes: Uint8Array): [stated: number, actual: number][] {
  const b = Buffer.from(bytes);
  const zip = new ZipArchive(b, 1 << 30);
  const end = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const out: [number, number][] = [];
  for (let at = b.readUInt32LE(end + 16), k = 0; k < b.readUInt16LE(end + 10); k++) {
    const nameLength = b.readUInt16LE(at + 28);
    const name = b.toString("utf8", at + 46, at + 46 + nameLength);
    out.push([b.readUInt32LE(at + 16), zlib.crc32(zip.read(name) ?? Buffer.alloc(0))]);
    at += 46 + nameLength + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
  }
  return out;
}

describe("writeWorkbook", () => {
  it("writes text, numbers and days that the library's own reader reads back as written", async () => {
    const day = parseDay("2025-03-31") ?? 0;
    const bytes = await workbookBytes([
      table("one", ["text", "number", "day"], [["=SUM(A1)", 3.5, { day }], ["a & <b> \"c\"\r\nd", -2, undefined], ["", 0, "2025-01-01"]]),
      table("two's", ["only"], []),
    ], { creator: "me & you", day });
    const sheets = await readBack(bytes);
    expect(sheets.map((s) => s.name)).toEqual(["one", "two's"]);
    expect(sheets[0]?.rows).toEqual([
      ["text", "number", "day"],
      ["=SUM(A1)", 3.5, new Date(Date.UTC(2025, 2, 31))],
      ["a & <b> \"c\"\r\nd", -2],
      [undefined, 0, "2025-01-01"],
    ]);
    expect(sheets[1]?.rows).toEqual([["only"]]);
  });

  it("goes on in 'name (2)' past the rows a sheet holds, and starts no empty sheet when the rows end on the limit", async () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i): XlsxCell[] => [i]);
    const names = async (n: number) => (await readBack(await workbookBytes([table("t", ["n"], rows(n))], { creator: "x", rowsPerSheet: 3 }))).map((s) => [s.name, s.rows.length - 1]);
    expect(await names(7)).toEqual([["t", 3], ["t (2)", 3], ["t (3)", 1]]);
    expect(await names(6)).toEqual([["t", 3], ["t (2)", 3]]);
    expect(await names(0)).toEqual([["t", 0]]);
  });

  it("states each part's CRC-32 rightly (checked against node:zlib's)", async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 4 }), { maxLength: 50 }), async (rows) => {
      for (const [stated, actual] of crcs(await workbookBytes([table("t", ["a", "b", "c", "d"], rows)], { creator: "x" }))) expect(stated).toBe(actual);
    }), { numRuns: 20 });
  });

  it("keeps any text exactly, once made fit for a cell", async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: "binary", maxLength: 40 }), async (text) => {
      const [sheet] = await readBack(await workbookBytes([table("t", ["x"], [[text]])], { creator: "x" }));
      expect(sheet?.rows[1]?.[0]).toBe(text === "" ? undefined : cellText(text));
    }), { numRuns: 25 });
  });
});
