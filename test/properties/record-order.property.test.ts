import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src";
import { datasetArb, windowArb } from "./arbitraries";
import { runs } from "./generators";
import { firstDifference, shuffleData } from "./support";

describe("evaluate is independent of record order (api.md, Guarantees: whatever the order of records)", () => {
  it("shuffling every collection (and the set-like lists inside records) gives a deeply equal evaluation", async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, windowArb, fc.integer(), async (data, window, seed) => {
        const original = await evaluate(data, window);
        const reordered = await evaluate(shuffleData(data, seed), window);
        expect(original.rejected).toEqual([]);
        expect(reordered.rejected).toEqual([]);
        expect(firstDifference(original, reordered)).toBeUndefined();
      }),
      { numRuns: runs(30) },
    );
  });
});
