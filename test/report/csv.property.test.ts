import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { toCsv } from "../../src/report";

describe("toCsv and csv-parse", () => {
  it("round-trip any non-empty cells: what is written is read back the same, formula starts behind a '", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "b", ",", '"', "\n", "\r\n", " ", "é", ";", "=", "-", "@", "+", "\t") });
    fc.assert(fc.property(fc.integer({ min: 1, max: 4 }).chain((w) =>
      fc.tuple(fc.constant(w), fc.array(fc.array(cell, { minLength: w, maxLength: w }), { maxLength: 5 }))), ([w, rows]) => {
      const header = Array.from({ length: w }, (_, k) => `c${k}`);
      const kept = rows.filter((r) => !(r.length === 1 && r[0] === "")); // a lone empty cell is a blank line
      const parsed = parse(toCsv(header, kept), { skip_empty_lines: true }) as string[][];
      const shown = kept.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
      expect(parsed).toEqual([header, ...shown]);
    }));
  });
});
