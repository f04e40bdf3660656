import { resolve } from "node:path";
import { compareEvaluations, type EvaluationChanges } from "../../compare/compare-evaluations";
import { formatPath } from "../../errors";
import { evaluationIssuesSteps } from "../../model/check-evaluation";
import type { Evaluation } from "../../model/evaluation";
import { finish } from "../../model/steps";
import { changesCsv } from "../../report/changes-csv";
import { changesHtmlReport } from "../../report/changes-html";
import { changesMarkdown } from "../../report/changes-markdown";
import { InputError, UsageError } from "../errors";
import { readWholeText } from "../../node/decode";
import { parseJson } from "../../node/read-collection";
import { emit, type CliIo } from "../io";
import { keepAtLeast } from "../../query/basis";
import { runEvaluation, type RunOptions } from "../run-evaluation";

/** The parsed options of `changes`. */
export interface ChangesArgs extends RunOptions {
  /** The earlier evaluation's JSON file, as `evaluate --format json` writes it. */
  since: string | undefined;
  format: string;
  out: string | undefined;
}

const RENDER: Record<string, (changes: EvaluationChanges) => string> = {
  md: changesMarkdown,
  html: (changes) => changesHtmlReport(changes),
  csv: changesCsv,
  json: (changes) => JSON.stringify(changes, null, 2) + "\n",
};

/**
 * Reads an earlier evaluation written by `evaluate --format json`.
 *
 * @param path - the file's path
 * @param name - the name to use in messages
 * @returns the evaluation
 * @throws {@link InputError} when the file cannot be read, is not JSON, or is not an evaluation (naming the first paths that are wrong)
 */
export async function readEvaluation(path: string, name: string): Promise<Evaluation> {
  const text = (await readWholeText(path, name, "utf-8")).value;
  const value = parseJson(text, { file: name });
  const problems = finish(evaluationIssuesSteps(value));
  if (problems.length === 0) return value as Evaluation;
  const issues = problems.slice(0, 5).map((p) => `\n  - ${formatPath(p.path)}: ${p.message}`);
  throw new InputError(`${name}: not an evaluation as "evaluate --format json" writes it${issues.join("")}`);
}

/**
 * `one-point-qaf changes`: evaluates the input and writes what changed since an earlier
 * evaluation (`--since`): breaches begun, resolved or no longer reported, escalations, and
 * obligations fallen due or overdue, by team and owner. With `--basis`, both evaluations keep
 * only the results at least that firm.
 *
 * @param args - the parsed options
 * @param io - the io
 * @returns the exit code, 0 (bad usage or input throws, and `main` turns that into 2)
 */
export async function changesCommand(args: ChangesArgs, io: CliIo): Promise<number> {
  const render = Object.hasOwn(RENDER, args.format) ? RENDER[args.format] : undefined;
  if (render === undefined) throw new UsageError("--format must be md, html, csv or json");
  if (args.since === undefined) {
    throw new UsageError('--since <evaluation.json> is required: the earlier evaluation, as "evaluate --format json" writes it');
  }
  const read = await readEvaluation(resolve(io.cwd, args.since), args.since);
  // The earlier evaluation is cut at the same --basis: else what it kept would show as withdrawn.
  const previous = args.basis === undefined ? read : keepAtLeast(read, args.basis);
  const { evaluation, dataset } = await runEvaluation(args, io);
  const changes = compareEvaluations(previous, evaluation, { dataset });
  emit(io, render(changes), args.out);
  return 0;
}
