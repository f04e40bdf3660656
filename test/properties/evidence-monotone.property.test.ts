import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendar, evaluate, qafPolicy, withParameters, withRules } from "../../src";
import type { Evaluation } from "../../src";
import { datasetArb, windowArb } from "./arbitraries";
import { evidenceMakers, type Change } from "./fulfil";
import { governanceMakers } from "./fulfil-governance";
import { int, runs } from "./generators";

const makers = { ...evidenceMakers, ...governanceMakers };

/** The default policy with its suggested rules (shipped off) switched on, so that the makers' evidence for them counts too. */
const everyRule = withRules(qafPolicy, {
  "supervision.interval": { enabled: true },
  "governance.locality-management-oversight": { enabled: true },
});

/** Rules whose obligations are waits keyed by their start: new evidence starts a new wait, with a new id. */
const CHAINS = new Set(qafPolicy.rules.filter((r) => r.kind === "deadline-chain").map((r) => r.id));

/** Breaches of the given rules for the subject. */
const of = (e: Evaluation, ruleIds: readonly string[], subject: string) =>
  e.breaches.filter((b) => ruleIds.includes(b.ruleId) && `${b.subject.type}:${b.subject.id}` === subject);

/** `ruleId|type:id` of every breach (active or resolved) of the given rules for the subject. */
function breachesOf(e: Evaluation, ruleIds: readonly string[], subject: string): Set<string> {
  return new Set(
    e.breaches
      .filter((b) => ruleIds.includes(b.ruleId) && `${b.subject.type}:${b.subject.id}` === subject)
      .map((b) => `${b.ruleId}|${subject}`),
  );
}

/** A dataset, a window, and a change that adds fulfilling evidence dated on or before asOf. */
const arb = fc.tuple(datasetArb, windowArb, fc.constantFrom(...Object.keys(makers)), fc.gen()).map(([data, window, name, g]) => {
  const asOf = calendar.parseDay(window.asOf) as number;
  const day = int(g, asOf - 800, asOf);
  const change: Change | undefined = makers[name]?.(g, data, day);
  return { data, window, change };
});

describe("evaluate is monotone in evidence (api.md, Guarantees: monotone in evidence)", () => {
  it("adding a record that fulfils an obligation never adds a breach of that rule for that subject", async () => {
    await fc.assert(
      fc.asyncProperty(arb, async ({ data, window, change }) => {
        if (change === undefined) return;
        const before = await evaluate(data, { ...window, policy: everyRule });
        const after = await evaluate(change.data, { ...window, policy: everyRule });
        expect(after.rejected).toEqual([]);
        for (const target of change.targets) {
          const ruleIds = target.ruleIds;
          const had = breachesOf(before, ruleIds, target.subject);
          const added = [...breachesOf(after, ruleIds, target.subject)].filter((k) => !had.has(k));
          expect(added, `${change.name} for ${target.subject}`).toEqual([]);
          // Stronger: no more active breaches than before, and outside chains no breach id that was not there.
          for (const ruleId of ruleIds) {
            const [was, now] = [of(before, [ruleId], target.subject), of(after, [ruleId], target.subject)];
            const active = (list: typeof was) => list.filter((b) => b.status === "active").length;
            expect(active(now), `${ruleId} active for ${target.subject}`).toBeLessThanOrEqual(active(was));
            if (CHAINS.has(ruleId)) continue;
            const ids = new Set(was.map((b) => b.id));
            expect(now.filter((b) => !ids.has(b.id)).map((b) => b.id)).toEqual([]);
          }
        }
      }),
      { numRuns: runs(60) },
    );
  });

  it("with no exception: with asOf = from, a plan approved long before the window gives no more breaches than no plan at all", async () => {
    // No plan on record: the first wait is due the day before the window, 2024-06-02, so it
    // is overdue on asOf = from, its breach beginning that day. A plan approved 2023-01-02:
    // by default (quality.teamPlanMonths null) it asks no renewal, so nothing is owed; with a
    // yearly renewal the wait from it was due 2024-01-02, still unmet at `from`, overdue since
    // 2024-01-03. At most one active breach either way: the old record never makes the result worse.
    const data = {
      areas: [{ id: "a1" }],
      teams: [{ id: "t1", areaId: "a1", type: "IFST" }],
      staff: [
        { id: "sm", role: "strategic-manager", contract: "full-time", startedOn: "2020-01-01" },
        { id: "om", role: "operations-manager", areaId: "a1", lineManagerId: "sm", contract: "full-time", startedOn: "2020-01-01" },
        { id: "tm", role: "team-manager", teamId: "t1", lineManagerId: "om", contract: "full-time", startedOn: "2020-01-01" },
      ],
    };
    const window = { asOf: "2024-06-03", from: "2024-06-03" };
    const plans = (e: Evaluation) => e.breaches.filter((b) => b.ruleId === "quality.team-plan").map((b) => [b.since, b.status]);
    expect(plans(await evaluate(data, window))).toEqual([["2024-06-03", "active"]]);
    const withPlan = { ...data, qualityImprovementPlans: [{ id: "q1", teamId: "t1", approvedOn: "2023-01-02" }] };
    expect(plans(await evaluate(withPlan, window))).toEqual([]);
    const yearly = withParameters(qafPolicy, { quality: { teamPlanMonths: 12 } });
    expect(plans(await evaluate(data, { ...window, policy: yearly }))).toEqual([["2024-06-03", "active"]]);
    expect(plans(await evaluate(withPlan, { ...window, policy: yearly }))).toEqual([["2024-01-03", "active"]]);
  });
});
