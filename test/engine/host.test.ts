/**
 * `evaluate` shares its host: it gives the event loop turns while it works, stops when its
 * signal is aborted, and reports its progress stage by stage and rule by rule.
 */
import { describe, expect, it } from "vitest";
import { evaluate, qafPolicy, type EvaluateProgress } from "../../src";
import { generateCounty } from "../../src/demo";

const county = generateCounty({ areas: 1, teamsPerArea: 2, staffPerTeam: 6, years: 1 });
const asOf = "2026-03-31";

/**
 * A copy of a dataset whose records note when they are read (their `id`, which parsing reads
 * first), so a test can tell how far the parse has gone.
 */
function watched(dataset: object): { input: Record<string, object[]>; read: Set<object>; total: number } {
  const read = new Set<object>();
  const input: Record<string, object[]> = {};
  let total = 0;
  for (const [name, records] of Object.entries(dataset)) {
    input[name] = (records as Record<string, unknown>[]).map((record) => {
      const copy = { ...record };
      Object.defineProperty(copy, "id", { enumerable: true, get: () => (read.add(copy), record.id) });
      total++;
      return copy;
    });
  }
  return { input, read, total };
}

describe("evaluate and its host", () => {
  it("lets timers run while it evaluates", async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    let ticksWhenDone = -1;
    await evaluate(county, { asOf, onProgress: (p) => {
      if (p.stage === "sort") ticksWhenDone = ticks;
    } });
    clearInterval(timer);
    expect(ticksWhenDone).toBeGreaterThan(0);
  });

  it("lets timers run while it parses the records of a large export", async () => {
    const { input, read, total } = watched(generateCounty({ areas: 2, teamsPerArea: 10, staffPerTeam: 15, years: 2 }));
    let stage = "";
    const readAtTicks: number[] = [];
    const timer = setInterval(() => {
      if (stage === "parse") readAtTicks.push(read.size);
    }, 0);
    // Stopped once the parse is done: the rest of the run is not what this test is about.
    const controller = new AbortController();
    const run = evaluate(input, { asOf, signal: controller.signal, onProgress: (p) => {
      stage = p.stage;
      if (p.stage === "index") controller.abort();
    } });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    clearInterval(timer);
    expect(total).toBeGreaterThan(20_000);
    expect(readAtTicks.filter((n) => n > 0 && n < total).length).toBeGreaterThan(0);
  });

  it("reports every stage in order, and each rule once, in policy order", async () => {
    const seen: EvaluateProgress[] = [];
    await evaluate(county, { asOf, onProgress: (p) => seen.push(p) });
    const stages = seen.map((p) => p.stage).filter((s, i, all) => s !== all[i - 1]);
    expect(stages).toEqual(["parse", "index", "rules", "escalate", "sort"]);
    const rules = seen.filter((p) => p.stage === "rules" && p.rule !== undefined);
    // A rule switched off (the suggested ones ship off) is not run, so it is not reported.
    const enabled = qafPolicy.rules.filter((r) => r.enabled !== false);
    expect(enabled.length).toBe(qafPolicy.rules.length - 3);
    expect(rules.map((p) => p.rule)).toEqual(enabled.map((r) => r.id));
    expect(rules.map((p) => p.rule)).not.toContain("supervision.interval");
    expect(rules.map((p) => p.done)).toEqual(enabled.map((_, i) => i + 1));
    expect(new Set(rules.map((p) => p.total))).toEqual(new Set([enabled.length]));
  });

  it("rejects with the signal's reason when aborted before it starts", async () => {
    const controller = new AbortController();
    const reason = new Error("stopped by the user");
    controller.abort(reason);
    await expect(evaluate(county, { asOf, signal: controller.signal })).rejects.toBe(reason);
  });

  it("stops part way through the parse when aborted while it parses", async () => {
    const { input, read, total } = watched(county);
    const controller = new AbortController();
    const stages: string[] = [];
    const run = evaluate(input, { asOf, signal: controller.signal, onProgress: (p) => {
      stages.push(p.stage);
      if (p.stage === "parse") controller.abort();
    } });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(stages).toEqual(["parse"]);
    expect(read.size).toBeLessThan(total / 10);
  });

  it("stops part way with an AbortError when aborted while it runs", async () => {
    const controller = new AbortController();
    let rulesRun = 0;
    const run = evaluate(county, {
      asOf,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.stage !== "rules" || p.rule === undefined) return;
        rulesRun++;
        if (rulesRun === 3) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(rulesRun).toBeLessThan(qafPolicy.rules.length);
  });
});
