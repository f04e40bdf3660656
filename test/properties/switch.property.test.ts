import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, qafPolicy, withRules } from "../../src";
import type { Evaluation } from "../../src";
import { datasetArb, windowArb } from "./arbitraries";
import { runs } from "./generators";

/** The rules the default policy runs: switching one of these off must take exactly its results away. */
const enabled = qafPolicy.rules.filter((r) => r.enabled !== false).map((r) => r.id);

/** An evaluation without one rule's results, and without the policy's digest (the switch itself changes it). */
const without = (e: Evaluation, ruleId: string): Evaluation => ({
  ...e,
  policy: { id: e.policy.id, version: e.policy.version },
  obligations: e.obligations.filter((o) => o.ruleId !== ruleId),
  breaches: e.breaches.filter((b) => b.ruleId !== ruleId),
  escalations: e.escalations.filter((x) => x.ruleId !== ruleId),
});

describe("rules switched on and off as data", () => {
  it("switching off a rule removes exactly that rule's results and changes nothing else", async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, windowArb, fc.constantFrom(...enabled), async (data, window, ruleId) => {
        const all = await evaluate(data, window);
        const off = await evaluate(data, { ...window, policy: withRules(qafPolicy, { [ruleId]: { enabled: false } }) });
        expect([...off.obligations, ...off.breaches, ...off.escalations].filter((r) => r.ruleId === ruleId)).toEqual([]);
        expect(without(off, ruleId)).toEqual(without(all, ruleId));
        expect(off.policy.digest).not.toBe(all.policy.digest);
      }),
      { numRuns: runs(25) },
    );
  });

  it("switching a suggested rule on adds only that rule's results", async () => {
    const suggested = qafPolicy.rules.filter((r) => r.enabled === false).map((r) => r.id);
    await fc.assert(
      fc.asyncProperty(datasetArb, windowArb, fc.constantFrom(...suggested), async (data, window, ruleId) => {
        const base = await evaluate(data, window);
        const on = await evaluate(data, { ...window, policy: withRules(qafPolicy, { [ruleId]: { enabled: true } }) });
        expect(without(on, ruleId)).toEqual(without(base, ruleId));
      }),
      { numRuns: runs(15) },
    );
  });
});
