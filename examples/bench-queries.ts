/**
 * Benchmark of the queries a server asks of one evaluation, many times a day: a person's view
 * from `indexEvaluation`, and `explain` of one result from an explainer built once; and of the
 * async forms a server calls instead of the synchronous ones, each with the longest time it
 * kept the event loop from turning (target: 50 ms). Called by `examples/bench.ts` (its own
 * section); run alone with
 *
 *   npx tsx examples/bench-queries.ts                # the default bench region
 *   npx tsx examples/bench-queries.ts --areas 10     # a smaller region
 */
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { compareEvaluations, compareEvaluationsAsync, createExplainerAsync, evaluate, parseDatasetAsync, scorecard } from "one-point-qaf";
import { generateCounty, type GenerateCountyOptions } from "one-point-qaf/demo";
import { toXlsx } from "one-point-qaf/node";
import { indexEvaluation } from "one-point-qaf/query";
import * as report from "one-point-qaf/report";
import { BENCH_REGION, countRecords } from "./bench-region";

/** What a watch of the event loop saw, in milliseconds. */
export interface LoopWatch {
  /** The longest time between two ticks of a 1 ms timer: how long the host waited at worst. */
  longestGapMs: number;
  /**
   * The most CPU time the process used between two ticks: the longest turn's own work. On a
   * machine shared with other work a gap also holds time the process waited for a core; this
   * does not.
   */
  longestCpuMs: number;
}

/**
 * Starts a 1 ms timer; the returned function stops it and gives the longest gap between
 * ticks, and the most CPU time used between two ticks.
 *
 * @returns the function that stops the watch
 */
export function watchEventLoop(): () => LoopWatch {
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  let last = performance.now();
  let lastCpu = cpuMs();
  let longestGapMs = 0;
  let longestCpuMs = 0;
  const tick = () => {
    const now = performance.now();
    const cpu = cpuMs();
    longestGapMs = Math.max(longestGapMs, now - last);
    longestCpuMs = Math.max(longestCpuMs, cpu - lastCpu);
    last = now;
    lastCpu = cpu;
  };
  const timer = setInterval(tick, 1);
  return () => {
    clearInterval(timer);
    tick();
    return { longestGapMs, longestCpuMs };
  };
}

/** One async form, timed with the event loop watched. */
export interface AsyncFormFigure extends LoopWatch {
  name: string;
  /** The whole call. */
  ms: number;
}

/** What {@link benchQueries} measured, in milliseconds. */
export interface QueryFigures {
  records: number;
  /** Building the index once. */
  indexMs: number;
  /** One person's view (themself and everyone under them), the median over the staff asked. */
  personViewMs: number;
  /** Preparing the explainer once (parsing and indexing the dataset, in slices). */
  explainerMs: number;
  /** The first explanation of each rule (it lists the rule's subjects and builds what the rule shares), the slowest. */
  firstExplainMs: number;
  /** Explaining one breach with the explainer, the median over the breaches asked. */
  explainMs: number;
  /** Each async form a server calls, with the longest turn it took. */
  asyncForms: AsyncFormFigure[];
}

const median = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Times `run` on each of `inputs` and gives the median, in milliseconds. */
function medianMs<T>(inputs: readonly T[], run: (input: T) => unknown): number {
  return median(inputs.map((input) => {
    const t = performance.now();
    run(input);
    return performance.now() - t;
  }));
}

/**
 * Evaluates a generated region once, then times the index, a person's view, the explainer and
 * one explanation, then every async form.
 *
 * @param shape - the region (default: the bench region)
 * @param asOf - the evaluation's day
 * @returns the figures
 */
export async function benchQueries(shape: GenerateCountyOptions = BENCH_REGION, asOf = "2026-03-31"): Promise<QueryFigures> {
  const dataset = generateCounty(shape);
  const evaluation = await evaluate(dataset, { asOf });
  const queries = await benchIndexAndExplainer(dataset, evaluation);
  // The index and the explainer are garbage now, as in a server that has replaced them: the
  // async forms are timed without a near-full heap's collections in their turns.
  const asyncForms = await benchAsyncForms(dataset, evaluation, asOf);
  return { records: countRecords(dataset), ...queries, asyncForms };
}

/** Times the index, a person's view, the explainer and one explanation of one evaluation. */
async function benchIndexAndExplainer(dataset: ReturnType<typeof generateCounty>, evaluation: Awaited<ReturnType<typeof evaluate>>): Promise<Omit<QueryFigures, "records" | "asyncForms">> {
  let t = performance.now();
  const index = indexEvaluation(evaluation, dataset);
  const indexMs = performance.now() - t;
  // Every 50th member of staff: practitioners, team managers and operations managers alike.
  const staff = dataset.staff.filter((_, i) => i % 50 === 0).map((s) => s.id);
  const personViewMs = medianMs(staff, (id) => index.view(id, { line: true }));
  t = performance.now();
  const explainer = await createExplainerAsync(evaluation, { dataset });
  const explainerMs = performance.now() - t;
  // One breach of each rule first (each rule's first explanation builds what the rule shares), then the ones timed.
  const rules = new Map(evaluation.breaches.map((b) => [b.ruleId, b.id]));
  const first = [...rules.values()].map((id) => ({ id, ms: medianMs([id], (one) => explainer.explain(one)) }));
  if (process.env["BENCH_QUERIES_DEBUG"]) console.error(first.sort((a, b) => b.ms - a.ms).slice(0, 5));
  const firstExplainMs = Math.max(...first.map((f) => f.ms));
  const sample = evaluation.breaches.filter((_, i) => i % 500 === 0).map((b) => b.id);
  const explainMs = medianMs(sample, (id) => explainer.explain(id));
  return { indexMs, personViewMs, explainerMs, firstExplainMs, explainMs };
}

/**
 * A full garbage collection, on demand: each async form is timed from a collected heap, so that
 * no form's turns pay for the garbage of the one before (a bench script may switch the flag on).
 */
const collectGarbage = ((): (() => void) => {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
})();

/** Runs `call` with the event loop watched, after a full collection and a turn that lets the last call's timers settle. */
async function watched(name: string, call: () => Promise<unknown>): Promise<AsyncFormFigure> {
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, 10));
  const stop = watchEventLoop();
  const t = performance.now();
  await call();
  const ms = performance.now() - t;
  return { name, ms, ...stop() };
}

/**
 * Times every async form on the region with the event loop watched: parsing, the explainer,
 * comparing with the evaluation of a week before, the scorecard and every report builder
 * (the changes reports of that week's comparison among them).
 */
async function benchAsyncForms(dataset: ReturnType<typeof generateCounty>, evaluation: Awaited<ReturnType<typeof evaluate>>, asOf: string): Promise<AsyncFormFigure[]> {
  const weekBefore = new Date(Date.parse(`${asOf}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10);
  const previous = await evaluate(dataset, { asOf: weekBefore });
  const card = await scorecard(dataset, { from: "2025-04", to: asOf.slice(0, 7), by: "team" });
  const changes = compareEvaluations(previous, evaluation, { dataset });
  const forms: [string, () => Promise<unknown>][] = [
    ["parseDatasetAsync", () => parseDatasetAsync(dataset)],
    ["createExplainerAsync", () => createExplainerAsync(evaluation, { dataset })],
    ["compareEvaluationsAsync", () => compareEvaluationsAsync(previous, evaluation, { dataset })],
    ["scorecard (evaluation and rows)", () => scorecard(dataset, { from: "2025-04", to: asOf.slice(0, 7), by: "team" })],
    ["htmlReportAsync", () => report.htmlReportAsync(evaluation, dataset)],
    ["markdownSummaryAsync", () => report.markdownSummaryAsync(evaluation, dataset)],
    ["textSummaryAsync", () => report.textSummaryAsync(evaluation)],
    ["obligationsCsvAsync", () => report.obligationsCsvAsync(evaluation)],
    ["breachesCsvAsync", () => report.breachesCsvAsync(evaluation)],
    ["basisCsvAsync", () => report.basisCsvAsync(evaluation)],
    ["toXlsx", () => toXlsx(evaluation)],
    ["scorecardCsvAsync", () => report.scorecardCsvAsync(card)],
    ["scorecardMarkdownAsync", () => report.scorecardMarkdownAsync(card)],
    ["scorecardTextAsync", () => report.scorecardTextAsync(card)],
    ["scorecardHtmlAsync", () => report.scorecardHtmlAsync(card)],
    ["changesCsvAsync (a week)", () => report.changesCsvAsync(changes)],
    ["changesMarkdownAsync (a week)", () => report.changesMarkdownAsync(changes)],
    ["changesHtmlReportAsync (a week)", () => report.changesHtmlReportAsync(changes)],
  ];
  const out: AsyncFormFigure[] = [];
  for (const [name, call] of forms) out.push(await watched(name, call));
  return out;
}

/**
 * The figures as lines, each with its target where it has one.
 *
 * @param f - the figures
 * @returns the lines
 */
export function showQueryFigures(f: QueryFigures): string[] {
  const line = (name: string, ms: number, target?: number) =>
    `${name.padEnd(44)} ${`${ms.toLocaleString("en-GB", { maximumFractionDigits: 2 })} ms`.padStart(14)}   ${target === undefined ? "" : `target <= ${target} ms`.padEnd(24)} ${target === undefined ? "" : ms <= target ? "met" : "MISSED"}`;
  return [
    `queries over one evaluation of ${f.records.toLocaleString("en-GB")} records:`,
    line("indexEvaluation (once)", f.indexMs),
    line("person view, down the line (median)", f.personViewMs, 1),
    line("createExplainerAsync (once)", f.explainerMs),
    line("first explanation of a rule (slowest)", f.firstExplainMs),
    line("explain one breach (median)", f.explainMs, 20),
    "async forms: the call, and its longest event-loop gap (its longest turn's own CPU time beside it):",
    ...f.asyncForms.map((a) => `${line(`${a.name}, longest gap`, a.longestGapMs, 50)} (${a.longestCpuMs.toFixed(0)} ms CPU; the call ${Math.round(a.ms).toLocaleString("en-GB")} ms)`),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({ options: { areas: { type: "string", default: String(BENCH_REGION.areas) } } });
  console.log(showQueryFigures(await benchQueries({ ...BENCH_REGION, areas: Number(values.areas) })).join("\n"));
}
