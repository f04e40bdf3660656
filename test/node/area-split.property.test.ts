import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, qafPolicy } from "../../src";
import { rulesBySplit, servicePart, splitByArea } from "../../src/node/area-split";
import { mergeParts } from "../../src/node/merge-parts";
import { evaluateOwned } from "../../src/node/parallel-worker";
import { datasetArb, windowArb } from "../properties/arbitraries";
import { crossAreas } from "../properties/cross-areas";
import { runs } from "../properties/generators";
import { withJunk } from "../properties/junk";
import { firstDifference } from "../properties/support";

describe("an evaluation split by area (what evaluateParallel's workers do, here in one thread)", () => {
  it("gives exactly evaluate's result, with records crossing areas, rejected records and service-level rules", async () => {
    const rules = rulesBySplit(qafPolicy.rules);
    expect(rules?.serviceRules.length).toBeGreaterThan(0);
    const arb = datasetArb.chain(crossAreas).chain((data) => fc.tuple(withJunk(data), windowArb, fc.integer({ min: 2, max: 4 })));
    await fc.assert(
      fc.asyncProperty(arb, async ([mixed, window, groups]) => {
        const whole = await evaluate(mixed.data, window);
        const { areaRules, serviceRules } = rules ?? { areaRules: [], serviceRules: [] };
        const parts = await Promise.all(splitByArea(mixed.data, groups).map((p) =>
          evaluateOwned(p.dataset, { ...window, policy: { ...qafPolicy, rules: areaRules } }, { indices: p.indices, owned: p.owned })));
        const service = servicePart(mixed.data, { areaRules, serviceRules });
        if (service !== undefined) parts.push(await evaluateOwned(service, { ...window, policy: { ...qafPolicy, rules: serviceRules } }, undefined));
        // Values read forgivingly, or rejected records, send evaluateParallel back to one
        // thread: exactly when the whole has some.
        const coerced = parts.some((p) => p.coercions.length > 0);
        expect(coerced).toBe((whole.coercions ?? []).length > 0);
        const rejected = parts.some((p) => p.rejected.length > 0);
        expect(rejected).toBe(whole.rejected.length > 0);
        if (coerced || rejected) return;
        const merged = await mergeParts(whole, parts, mixed.data);
        expect(firstDifference(whole, merged)).toBeUndefined();
      }),
      { numRuns: runs(40) },
    );
  });
});
