/**
 * The async forms of the long calls share their host as `evaluate` does: each gives the event
 * loop turns while it works (counted by a zero-delay timer, not timed) and gives what its
 * synchronous twin gives.
 */
import { describe, expect, it, vi } from "vitest";
import { compareEvaluations, compareEvaluationsAsync, evaluate, InvalidOptionsError, parseDataset, parseDatasetAsync } from "../../src";
import { generateCounty } from "../../src/demo";
import { htmlReport, htmlReportAsync } from "../../src/report";

const dataset = generateCounty({ areas: 2, teamsPerArea: 4, staffPerTeam: 10, years: 2 });
const [lastWeek, thisWeek] = [await evaluate(dataset, { asOf: "2025-03-24" }), await evaluate(dataset, { asOf: "2025-03-31" })];

/** Runs `work` with a zero-delay timer ticking: how many times the timer ran, and the longest gap between two ticks. */
async function watched<T>(work: () => Promise<T>): Promise<{ value: T; ticks: number; longestGapMs: number }> {
  let ticks = 0;
  let last = performance.now();
  let longestGapMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longestGapMs = Math.max(longestGapMs, now - last);
    last = now;
    ticks++;
  }, 0);
  const value = await work();
  clearInterval(timer);
  return { value, ticks, longestGapMs: Math.max(longestGapMs, performance.now() - last) };
}

describe("async forms", () => {
  it("parseDatasetAsync gives turns and parses as parseDataset does", async () => {
    // The parse is fast: a larger export, for it to take many slices.
    const larger = generateCounty({ areas: 2, teamsPerArea: 10, staffPerTeam: 15, years: 2 });
    const run = await watched(() => parseDatasetAsync(larger));
    expect(run.ticks).toBeGreaterThan(1);
    expect(run.value).toEqual(parseDataset(larger));
    // A generous bound on a shared machine: the slices are about 10 ms of work.
    expect(run.longestGapMs).toBeLessThan(1000);
  });

  it("compareEvaluationsAsync gives turns and compares as compareEvaluations does", async () => {
    const run = await watched(() => compareEvaluationsAsync(lastWeek, thisWeek, { dataset }));
    expect(run.ticks).toBeGreaterThan(1);
    expect(run.value).toEqual(compareEvaluations(lastWeek, thisWeek, { dataset }));
    expect(run.longestGapMs).toBeLessThan(1000);
  });

  it("htmlReportAsync gives turns and writes the document htmlReport writes", async () => {
    // This report is small enough to finish inside one 10 ms slice on an idle machine: a clock
    // that moves 11 ms each time it is read makes every point where the report can give a turn
    // give one, so the test sees whether there are such points, whatever the machine's speed.
    let now = performance.now();
    const clock = vi.spyOn(performance, "now").mockImplementation(() => (now += 11));
    try {
      const run = await watched(() => htmlReportAsync(thisWeek, dataset));
      expect(run.ticks).toBeGreaterThan(1);
      expect(run.value).toBe(htmlReport(thisWeek, dataset));
    } finally {
      clock.mockRestore();
    }
  });

  it("each stops when aborted", async () => {
    const signal = AbortSignal.abort();
    await expect(parseDatasetAsync(dataset, { signal })).rejects.toMatchObject({ name: "AbortError" });
    await expect(compareEvaluationsAsync(lastWeek, thisWeek, { signal })).rejects.toMatchObject({ name: "AbortError" });
    await expect(htmlReportAsync(thisWeek, dataset, { signal })).rejects.toMatchObject({ name: "AbortError" });
  });
});

describe("compareEvaluations checks its inputs", () => {
  it("names what is wrong in a malformed evaluation, under previous or current, without echoing values", () => {
    const broken = { ...thisWeek, window: undefined, breaches: [{ id: "Jane Doe" }] } as unknown as typeof thisWeek;
    const error = (() => {
      try {
        compareEvaluations(lastWeek, broken);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(InvalidOptionsError);
    const { issues, message } = error as InvalidOptionsError;
    expect(issues[0]).toEqual({ path: ["current", "window"], message: "is required" });
    expect(message).not.toContain("Jane Doe");
    expect(() => compareEvaluations(null as unknown as typeof thisWeek, thisWeek)).toThrow(InvalidOptionsError);
  });

  it("rejects an id twice in a list and a day that is not a date, as the CLI does", async () => {
    const twice = { ...lastWeek, breaches: [...lastWeek.breaches, ...lastWeek.breaches.slice(0, 1)] };
    expect(lastWeek.breaches.length).toBeGreaterThan(0);
    expect(() => compareEvaluations(twice, thisWeek)).toThrow(`previous.breaches[${lastWeek.breaches.length}].id: repeats an earlier breach's id`);
    await expect(compareEvaluationsAsync(lastWeek, { ...thisWeek, asOf: "2025-02-30" })).rejects.toThrow("current.asOf: must be a real date written YYYY-MM-DD");
  });
});
