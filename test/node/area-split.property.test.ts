import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, qafPolicy } from "../../src";
import { rulesBySplit, servicePart, splitByArea } from "../../src/node/area-split";
import { mergeParts } from "../../src/node/merge-parts";
import { evaluateOwned } from "../../src/node/owned-part";
import { datasetArb, windowArb } from "../properties/arbitraries";
import { crossAreas } from "../properties/cross-areas";
import { generateCounty } from "../../src/demo";
import { runs } from "../properties/generators";
import { withJunk } from "../properties/junk";
import { firstDifference } from "../properties/support";

describe("an evaluation split by area (what evaluateParallel's workers do, here in one thread)", () => {
  it("gives exactly evaluate's result, with records crossing areas, rejected records and service-level rules", async () => {
    const rules = rulesBySplit(qafPolicy.rules);
    expect(rules?.serviceRules.length).toBeGreaterThan(0);
    // Each group's share of the areas: the calling thread of evaluateParallel takes a smaller one.
    const shares = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 4, maxLength: 4 });
    const arb = datasetArb.chain(crossAreas).chain((data) => fc.tuple(withJunk(data), windowArb, fc.integer({ min: 2, max: 4 }), shares));
    await fc.assert(
      fc.asyncProperty(arb, async ([mixed, window, groups, share]) => {
        const whole = await evaluate(mixed.data, window);
        const { areaRules, serviceRules } = rules ?? { areaRules: [], serviceRules: [] };
        const parts = await Promise.all(splitByArea(mixed.data, groups, (g) => (share[g] ?? 1) / 2).map((p) =>
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

  it("deals each group areas in proportion to its share", () => {
    const county = generateCounty({ areas: 6, teamsPerArea: 2, staffPerTeam: 3, years: 1 });
    const areasOwned = (share: (g: number) => number) => splitByArea(county, 2, share).map((p) => p.owned.areas.reduce((n, x) => n + x, 0));
    expect(areasOwned(() => 1)).toEqual([3, 3]);
    expect(areasOwned((g) => (g === 0 ? 0.5 : 1))).toEqual([2, 4]);
    expect(areasOwned((g) => (g === 0 ? 2 : 1))).toEqual([4, 2]);
  });

  it("merges the parts of a clean county into exactly evaluate's result (the path the merge takes)", async () => {
    // Generated data with junk is rejected in part, and evaluateParallel evaluates such an
    // export in one thread: this county has no rejection, so its parts are merged.
    const county = generateCounty({ areas: 3, teamsPerArea: 2, staffPerTeam: 6, years: 2 });
    const window = { asOf: "2026-03-31" };
    const whole = await evaluate(county, window);
    expect([whole.rejected.length, whole.coercions?.length ?? 0]).toEqual([0, 0]);
    const { areaRules, serviceRules } = rulesBySplit(qafPolicy.rules) ?? { areaRules: [], serviceRules: [] };
    const parts = await Promise.all(splitByArea(county, 3).map((p) =>
      evaluateOwned(p.dataset, { ...window, policy: { ...qafPolicy, rules: areaRules } }, { indices: p.indices, owned: p.owned })));
    const service = servicePart(county, { areaRules, serviceRules });
    if (service !== undefined) parts.push(await evaluateOwned(service, { ...window, policy: { ...qafPolicy, rules: serviceRules } }, undefined));
    const merged = await mergeParts(whole, parts, Object.fromEntries(Object.entries(county)));
    expect(merged.obligations.length).toBeGreaterThan(100);
    expect(firstDifference(whole, merged)).toBeUndefined();
  });
});
