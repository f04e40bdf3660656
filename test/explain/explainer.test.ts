import { describe, expect, it } from "vitest";
import { createExplainer, createExplainerAsync, evaluate, explain } from "../../src";
import { generateCounty } from "../../src/demo";

const dataset = generateCounty({ areas: 1, teamsPerArea: 2, staffPerTeam: 5, years: 2 });
const result = await evaluate(dataset, { asOf: "2025-03-31" });
// Every escalation and breach, and obligations of every rule; in reverse, so the explainer's caches fill in another order than explain's.
const ids = [
  ...result.escalations.map((e) => e.id), ...result.breaches.map((b) => b.id),
  ...new Map(result.obligations.map((o) => [o.ruleId, o.id])).values(),
];

describe("createExplainer", () => {
  it("explains every result as a lone explain does, whatever it explained before", () => {
    const explainer = createExplainer(result, { dataset });
    const sample = ids.filter((_, i) => i % 7 === 0);
    expect(sample.length).toBeGreaterThan(30);
    for (const id of [...sample].reverse()) expect(explainer.explain(id)).toEqual(explain(result, id, { dataset }));
  });

  it("prepares in slices, giving the host turns, and explains the same", async () => {
    // A county large enough for its preparation to take many slices.
    const larger = generateCounty({ areas: 2, teamsPerArea: 4, staffPerTeam: 10, years: 2 });
    const evaluation = await evaluate(larger, { asOf: "2025-03-31" });
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const explainer = await createExplainerAsync(evaluation, { dataset: larger });
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(1);
    const sync = createExplainer(evaluation, { dataset: larger });
    for (const b of evaluation.breaches.slice(0, 20)) expect(explainer.explain(b.id)).toEqual(sync.explain(b.id));
  });

  it("rejects an evaluation whose dates are not dates, and stops when aborted", async () => {
    await expect(createExplainerAsync({ ...result, asOf: "2025-02-30" }, { dataset })).rejects.toThrow(/asOf/);
    await expect(createExplainerAsync(result, { dataset }, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: "AbortError" });
  });
});
