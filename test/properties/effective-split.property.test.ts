import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendar, evaluate, qafPolicy } from "../../src";
import type { Evaluation, Policy } from "../../src";
import { datasetArb, windowArb } from "./arbitraries";
import { runs } from "./generators";

const SPLIT = "-split-copy";

/**
 * The policy with one rule split at a day: the rule retired the day before, and a copy with
 * its own id in force from that day (docs/policy.md, "Adding or retiring a rule").
 */
function split(ruleId: string, day: string): Policy {
  const rule = qafPolicy.rules.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const before = calendar.formatDay((calendar.parseDay(day) as number) - 1);
  return {
    ...qafPolicy,
    rules: [
      ...qafPolicy.rules.map((r) => (r === rule ? { ...r, effective: { to: before } } : r)),
      { ...rule, id: `${ruleId}${SPLIT}`, effective: { from: day } },
    ],
  };
}

/** Every result as JSON, the copy's id written back as the rule's, sorted by id. */
function results(e: Evaluation): Record<string, string[]> {
  const norm = (list: readonly { id: string }[]) =>
    list.map((x) => JSON.stringify(x).replaceAll(SPLIT, "")).sort();
  return { obligations: norm(e.obligations), breaches: norm(e.breaches), escalations: norm(e.escalations) };
}

describe("a rule's effective dates lose and add nothing (docs/policy.md: adding or retiring a rule)", () => {
  it("retiring a rule the day before a date and adding it back from that date gives the same results, split between the two", async () => {
    const ruleIds = qafPolicy.rules.map((r) => r.id);
    const splitArb = fc.tuple(datasetArb, windowArb, fc.constantFrom(...ruleIds), fc.integer({ min: -400, max: 60 }));
    await fc.assert(
      fc.asyncProperty(splitArb, async ([data, window, ruleId, offset]) => {
        const day = calendar.formatDay((calendar.parseDay(window.asOf) as number) + offset);
        const whole = await evaluate(data, window);
        const halves = await evaluate(data, { ...window, policy: split(ruleId, day) });
        expect(results(halves)).toEqual(results(whole));
      }),
      { numRuns: runs(40) },
    );
  });
});
