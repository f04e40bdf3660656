import { describe, expect, it } from "vitest";
import { generateCounty } from "../../src/demo";
import { evaluate, parseDataset, qafPolicy, withParameters, withRules, type Policy } from "../../src";
import type { DatasetInput as ModelDatasetInput } from "../../src/model";

// The demo county against the library itself: it must be valid under the dataset
// contract, and its planted lapses must give every rule met, open and breached instances.
const d = generateCounty();
const typed: ModelDatasetInput = d; // compile-time: the demo output is a dataset input

/** Rules with a single period (or subject) in a one-year window ending on a period end:
 * their only obligation there is due on `asOf` itself, so it is met or open, never overdue. */
const ONE_PERIOD = new Set([
  "supervision.frequency",
  "iic.annual",
  "governance.practice-week",
  "governance.practitioner-development-day",
  "report.population-outcomes",
  "young-carers.charter-review",
]);

/** Rules whose default parameters ask nothing of this county in its last year: every team had an
 * approved plan by the window's start, and quality.teamPlanMonths (null) asks no renewal. */
const NOT_OWED = new Set(["quality.team-plan"]);

type Tally = Map<string, Set<string>>;
async function tally(from?: string, policy: Policy = qafPolicy): Promise<Tally> {
  const ev = await evaluate(d, from === undefined ? { asOf: "2026-03-31", policy } : { asOf: "2026-03-31", from, policy });
  const seen: Tally = new Map();
  const add = (rule: string, what: string): void => {
    const set = seen.get(rule) ?? new Set<string>();
    set.add(what);
    seen.set(rule, set);
  };
  for (const o of ev.obligations) add(o.ruleId, o.status);
  for (const b of ev.breaches) add(b.ruleId, "breach");
  return seen;
}

describe("the demo county under the default QAF policy", () => {
  it("is accepted record for record by parseDataset", () => {
    expect(parseDataset(typed).rejected).toEqual([]);
  });

  it("gives every rule it runs met, open and breached instances as of its end date, and a rule shipped off none", async () => {
    const seen = await tally();
    for (const rule of qafPolicy.rules) {
      if (rule.enabled === false || NOT_OWED.has(rule.id)) {
        expect(seen.has(rule.id), `${rule.id} owes nothing`).toBe(false);
        continue;
      }
      const s = seen.get(rule.id) ?? new Set<string>();
      expect(s.has("breach") || ONE_PERIOD.has(rule.id), `${rule.id} breached`).toBe(true);
      if (rule.kind === "check") continue;
      if (ONE_PERIOD.has(rule.id)) {
        expect(s.has("open") || s.has("met"), `${rule.id} met or open`).toBe(true);
        continue;
      }
      expect(s.has("open"), `${rule.id} open`).toBe(true);
      expect(s.has("met"), `${rule.id} met`).toBe(true);
    }
  });

  it("gives the suggested rules switched on, and the team plan renewed yearly, met, open and breached instances too", async () => {
    const suggested = qafPolicy.rules.filter((r) => r.enabled === false).map((r) => r.id);
    expect(suggested).toEqual(["audit.manager-audits", "supervision.interval", "governance.locality-management-oversight"]);
    const on = withParameters(
      withRules(qafPolicy, Object.fromEntries(suggested.map((id) => [id, { enabled: true }]))),
      { audit: { managerAuditsPerQuarter: 1 }, quality: { teamPlanMonths: 12 } },
    );
    const seen = await tally(undefined, on);
    for (const id of [...suggested, ...NOT_OWED]) {
      const s = seen.get(id) ?? new Set<string>();
      for (const what of ["met", "open", "breach"]) expect(s.has(what), `${id} ${what}`).toBe(true);
    }
  });

  it("breaches the one-period rules too over the whole three years", async () => {
    const seen = await tally("2023-04-01");
    for (const id of ONE_PERIOD) {
      const s = seen.get(id) ?? new Set<string>();
      expect(s.has("breach"), `${id} breached`).toBe(true);
      expect(s.has("met"), `${id} met`).toBe(true);
    }
  });
});
