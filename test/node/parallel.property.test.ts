import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src";
import { evaluateParallel } from "../../src/node/parallel";
import { datasetArb, windowArb } from "../properties/arbitraries";
import { runs } from "../properties/generators";
import { withJunk } from "../properties/junk";
import { firstDifference } from "../properties/support";

describe("evaluateParallel is evaluate over worker threads", () => {
  it("gives a result deeply equal to evaluate's, rejections and counts included", async () => {
    const arb = datasetArb.chain((data) => fc.tuple(withJunk(data), windowArb, fc.integer({ min: 2, max: 3 })));
    await fc.assert(
      fc.asyncProperty(arb, async ([mixed, window, jobs]) => {
        const whole = await evaluate(mixed.data, window);
        const parallel = await evaluateParallel(mixed.data, { ...window, jobs });
        expect(firstDifference(whole, parallel)).toBeUndefined();
      }),
      { numRuns: runs(3), endOnFailure: true } // no shrinking: each run starts a pool,
    );
  });
});
