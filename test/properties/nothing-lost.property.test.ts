import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src";
import { COLLECTIONS } from "../../src/model";
import { datasetArb, windowArb } from "./arbitraries";
import { runs } from "./generators";
import { withJunk } from "./junk";
import { firstDifference, results } from "./support";

describe("evaluate loses no record (api.md, Guarantees: nothing lost)", () => {
  it("for a valid dataset every collection has received = evaluated, nothing rejected", async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, windowArb, async (data, window) => {
        const e = await evaluate(data, window);
        expect(e.rejected).toEqual([]);
        for (const name of COLLECTIONS) {
          expect(e.counts[name]).toEqual({ received: data[name].length, evaluated: data[name].length, rejected: 0 });
        }
      }),
      { numRuns: runs(20) },
    );
  });

  it("with junk mixed in: received = evaluated + rejected, exactly the junk is rejected, and the rest evaluates as before", async () => {
    const arb = datasetArb.chain((data) => fc.tuple(fc.constant(data), withJunk(data), windowArb));
    await fc.assert(
      fc.asyncProperty(arb, async ([data, mixed, window]) => {
        const clean = await evaluate(data, window);
        const e = await evaluate(mixed.data, window);
        for (const name of COLLECTIONS) {
          const junk = mixed.junk[name] ?? [];
          const c = e.counts[name];
          expect(c?.received).toBe((mixed.data[name] ?? []).length);
          expect(c?.received).toBe((c?.evaluated ?? NaN) + (c?.rejected ?? NaN));
          expect(c).toEqual({ received: data[name].length + junk.length, evaluated: data[name].length, rejected: junk.length });
          expect(e.rejected.filter((r) => r.collection === name).map((r) => r.index)).toEqual(junk);
        }
        for (const r of e.rejected) expect(r.issues.length).toBeGreaterThan(0);
        expect(firstDifference(results(clean), results(e))).toBeUndefined();
      }),
      { numRuns: runs(25) },
    );
  });
});
