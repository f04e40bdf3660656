/**
 * Benchmark of the queries a server asks of one evaluation, many times a day: a person's view
 * from `indexEvaluation`, and `explain` of one result from an explainer built once. Called by
 * `examples/bench.ts` (its own section); run alone with
 *
 *   npx tsx examples/bench-queries.ts                # the default bench region
 *   npx tsx examples/bench-queries.ts --areas 10     # a smaller region
 */
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { createExplainerAsync, evaluate } from "one-point-qaf";
import { generateCounty, type GenerateCountyOptions } from "one-point-qaf/demo";
import { indexEvaluation } from "one-point-qaf/query";
import { BENCH_REGION, countRecords } from "./bench-region";

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
 * one explanation.
 *
 * @param shape - the region (default: the bench region)
 * @param asOf - the evaluation's day
 * @returns the figures
 */
export async function benchQueries(shape: GenerateCountyOptions = BENCH_REGION, asOf = "2026-03-31"): Promise<QueryFigures> {
  const dataset = generateCounty(shape);
  const evaluation = await evaluate(dataset, { asOf });
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
  return { records: countRecords(dataset), indexMs, personViewMs, explainerMs, firstExplainMs, explainMs };
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
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({ options: { areas: { type: "string", default: String(BENCH_REGION.areas) } } });
  console.log(showQueryFigures(await benchQueries({ ...BENCH_REGION, areas: Number(values.areas) })).join("\n"));
}
