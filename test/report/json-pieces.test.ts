import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonPieces } from "../../src/report/json-pieces";
import { handEvaluation } from "./fixtures";

describe("jsonPieces", () => {
  it("gives exactly JSON.stringify(value, null, 2) and a line feed, for an evaluation", () => {
    const e = handEvaluation();
    expect([...jsonPieces(e)].join("")).toBe(`${JSON.stringify(e, null, 2)}\n`);
    // Each result is its own piece: no piece holds a whole list.
    expect([...jsonPieces(e)].length).toBeGreaterThan(e.obligations.length + e.breaches.length);
  });

  it("gives exactly the same text for any JSON object of lists and values", () => {
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue()))), (value) => {
      expect([...jsonPieces(value)].join("")).toBe(`${JSON.stringify(value, null, 2)}\n`);
    }));
  });
});
