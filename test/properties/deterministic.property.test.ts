import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src";
import { datasetArb, windowArb } from "./arbitraries";
import { runs } from "./generators";
import { firstDifference } from "./support";

describe("evaluate is deterministic (api.md, Guarantees: pure and deterministic)", () => {
  it("evaluating the same dataset twice, with the whole default policy, gives deeply equal results", async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, windowArb, async (data, window) => {
        const first = await evaluate(data, window);
        const again = await evaluate(structuredClone(data), { ...window });
        expect(first.rejected).toEqual([]);
        expect(firstDifference(first, again)).toBeUndefined();
      }),
      { numRuns: runs(25) },
    );
  });

  it("does not change its input", async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, windowArb, async (data, window) => {
        const copy = structuredClone(data);
        await evaluate(data, window);
        expect(firstDifference(copy, data)).toBeUndefined();
      }),
      { numRuns: runs(10) },
    );
  });
});
