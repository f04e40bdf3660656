/**
 * Every `…Async` form of a report builder gives the host's event loop turns while it works and
 * gives exactly what its synchronous form gives: over a fixed demo county, and over generated
 * datasets (fast-check).
 */
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import {
  calendar, compareEvaluations, evaluate, parseDataset, scorecard, scorecardOf, type Evaluation, type EvaluationChanges, type Scorecard,
} from "../../src";
import { generateCounty } from "../../src/demo";
import { toXlsx } from "../../src/node";
import {
  basisCsv, basisCsvAsync, breachesCsv, breachesCsvAsync, changesCsv, changesCsvAsync, changesHtmlReport, changesHtmlReportAsync,
  changesMarkdown, changesMarkdownAsync, markdownSummary, markdownSummaryAsync, obligationsCsv, obligationsCsvAsync,
  scorecardCsv, scorecardCsvAsync, scorecardHtml, scorecardHtmlAsync, scorecardMarkdown, scorecardMarkdownAsync, scorecardText,
  scorecardTextAsync, textSummary, textSummaryAsync, type ReportDataset,
} from "../../src/report";
import { datasetArb, windowArb } from "../properties/arbitraries";
import { runs } from "../properties/generators";

const dataset = generateCounty({ areas: 2, teamsPerArea: 3, staffPerTeam: 8, years: 2 });
const evaluation = await evaluate(dataset, { asOf: "2025-03-31" });
const card = await scorecard(dataset, { from: "2024-04", to: "2025-03", by: "team" });
// Six months apart: enough changes for the changes reports to give turns.
const changes = compareEvaluations(await evaluate(dataset, { asOf: "2024-09-30" }), evaluation, { dataset });

/** Each builder: its name, its sync form and its async form over the same inputs. */
function pairs(
  e: Evaluation, data: ReportDataset, c: Scorecard, ch: EvaluationChanges,
): [string, () => string, (signal?: AbortSignal) => Promise<string>][] {
  return [
    ["markdownSummary", () => markdownSummary(e, data), (signal) => markdownSummaryAsync(e, data, { signal })],
    ["markdownSummary without a dataset", () => markdownSummary(e), (signal) => markdownSummaryAsync(e, undefined, { signal })],
    ["textSummary", () => textSummary(e, 3), (signal) => textSummaryAsync(e, 3, { signal })],
    ["obligationsCsv", () => obligationsCsv(e), (signal) => obligationsCsvAsync(e, { signal })],
    ["breachesCsv", () => breachesCsv(e), (signal) => breachesCsvAsync(e, { signal })],
    ["basisCsv", () => basisCsv(e), (signal) => basisCsvAsync(e, { signal })],
    ["scorecardCsv", () => scorecardCsv(c), (signal) => scorecardCsvAsync(c, { signal })],
    ["scorecardMarkdown", () => scorecardMarkdown(c), (signal) => scorecardMarkdownAsync(c, { signal })],
    ["scorecardText", () => scorecardText(c, 4), (signal) => scorecardTextAsync(c, 4, { signal })],
    ["scorecardHtml", () => scorecardHtml(c, { title: "T" }), (signal) => scorecardHtmlAsync(c, { title: "T", signal })],
    ["changesCsv", () => changesCsv(ch), (signal) => changesCsvAsync(ch, { signal })],
    ["changesMarkdown", () => changesMarkdown(ch), (signal) => changesMarkdownAsync(ch, { signal })],
    ["changesHtmlReport", () => changesHtmlReport(ch, { title: "T" }), (signal) => changesHtmlReportAsync(ch, { title: "T", signal })],
  ];
}

/** Runs `work` with a callback queued again at every turn of the event loop: how many turns came before it finished. */
async function ticking<T>(work: () => Promise<T>): Promise<{ value: T; ticks: number }> {
  let ticks = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    ticks++;
    setImmediate(tick);
  };
  setImmediate(tick);
  try {
    return { value: await work(), ticks };
  } finally {
    running = false;
  }
}

/**
 * Runs `work` with a clock that moves 11 ms each time it is read: every point where a builder
 * can give a turn gives one, whatever the machine's speed (a demo county's report fits in one
 * 10 ms slice on an idle machine).
 */
async function withFastClock<T>(work: () => Promise<T>): Promise<T> {
  let now = performance.now();
  const clock = vi.spyOn(performance, "now").mockImplementation(() => (now += 11));
  try {
    return await work();
  } finally {
    clock.mockRestore();
  }
}

describe("report builders' async forms, on a demo county", () => {
  it.each(pairs(evaluation, dataset, card, changes))("%s: gives turns and the same text", async (_name, sync, async) => {
    const run = await withFastClock(() => ticking(() => async()));
    // The callback can only run if the builder gave the event loop a turn before it finished.
    expect(run.ticks).toBeGreaterThan(0);
    expect(run.value).toBe(sync());
  });

  it.each(pairs(evaluation, dataset, card, changes))("%s: stops when aborted", async (_name, _sync, async) => {
    await expect(async(AbortSignal.abort())).rejects.toMatchObject({ name: "AbortError" });
  });

  it("scorecard takes a signal, and gives turns while it sorts results into rows", async () => {
    await expect(scorecard(dataset, { from: "2024-04", to: "2025-03", signal: AbortSignal.abort() })).rejects.toMatchObject({ name: "AbortError" });
    const span = await evaluate(dataset, { asOf: "2025-03-31", from: "2024-04-01" });
    const run = await withFastClock(() => ticking(() => scorecard(dataset, { from: "2024-04", to: "2025-03", by: "area" })));
    expect(run.ticks).toBeGreaterThan(1);
    expect(run.value).toEqual(scorecardOf(span, dataset, { from: "2024-04", to: "2025-03", by: "area" }));
  });

  it("toXlsx stops when aborted, and writes the same workbook with a signal as without", async () => {
    await expect(toXlsx(evaluation, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: "AbortError" });
    expect(await toXlsx(evaluation, { signal: new AbortController().signal })).toEqual(await toXlsx(evaluation));
  });
});

describe("report builders' async forms, over generated datasets", () => {
  it("each gives exactly what its synchronous form gives", async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, windowArb, async (data, window) => {
        const e = await evaluate(data, window);
        const c = scorecardOf(await evaluate(data, { asOf: e.asOf, from: `${e.asOf.slice(0, 7)}-01` }), data, { from: e.asOf.slice(0, 7), to: e.asOf.slice(0, 7), asOf: e.asOf });
        const parsed = parseDataset(data).dataset;
        const weekBefore = await evaluate(data, { asOf: calendar.formatDay((calendar.parseDay(e.asOf) as number) - 7) });
        const ch = compareEvaluations(weekBefore, e, { dataset: parsed });
        for (const [name, sync, async] of pairs(e, parsed, c, ch)) expect(await async(), name).toBe(sync());
      }),
      { numRuns: runs(10) },
    );
  });
});
