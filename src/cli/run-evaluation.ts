import { resolve } from "node:path";
import type { ProgressEvent } from "../compare/compare-policies";
import type { Basis, Evaluation } from "../model/evaluation";
import { parseDataset } from "../model/parse-dataset";
import type { Dataset } from "../model/dataset";
import type { Policy } from "../policy/policy";
import { qafPolicy } from "../policy/qaf-policy";
import { applyPolicyPatch, type PolicyPatch } from "../policy/policy-patch";
import { withParameters } from "../policy/with-parameters";
import { UsageError } from "./errors";
import { toIsoDate } from "../node/dates";
import { readWholeText, type Encoding } from "../node/decode";
import type { LoadedExport } from "../node/export-types";
import { loadExport } from "../node/load-export";
import { coercionLine, ignoredLine, warningLine } from "../node/messages";
import { evaluateParallel, type ParallelOptions } from "../node/parallel";
import { parseJson } from "../node/read-collection";
import { keepAtLeast } from "../query/basis";
import type { CliIo } from "./io";
import { checkMaxRejected, reportRejections, type MaxRejected } from "./rejections";
import { isPlainObject } from "../util/plain-object";

/** The options shared by `evaluate` and `due`. */
export interface RunOptions {
  input: string | undefined;
  asOf: string | undefined;
  from: string | undefined;
  policy: string | undefined;
  quiet: boolean;
  /** `--jobs`: threads to evaluate with (1: in this thread), or `auto` (the default: threads only where they are faster). */
  jobs?: number | "auto";
  /** `--encoding`: the text encoding of the export's CSV, NDJSON and JSON files; default `"auto"`. */
  encoding?: Encoding;
  /** `--basis`: keep only the results at least this firm (`qaf` > `reading` > `assumption`); default every result. */
  basis?: Basis;
  /** `--verbose`: every problem of every rejected record on stderr, not only each cause once. */
  verbose?: boolean;
  /** `--max-rejected`: fail (exit 2) when more records were rejected. */
  maxRejected?: MaxRejected;
  /** Where the evaluation reports its progress (the CLI's progress display). */
  onProgress?: (event: ProgressEvent) => void;
}

/** An evaluation with the accepted dataset and how many records were rejected. */
export interface Run {
  evaluation: Evaluation;
  dataset: Dataset;
  rejectedCount: number;
  /** The policy evaluated with: `--policy`'s, or the default one. */
  policy: Policy;
}

/**
 * Reads a policy file: a whole policy (its `rules` is a list), or a patch of the default
 * policy: its parameters, either bare (`{ "survey": { "targetRate": 0.2 } }`) or under
 * `parameters`, and rule switches under `rules` (`{ "supervision.interval": { "enabled": true } }`).
 *
 * @param path - the file's path
 * @returns the policy
 */
export async function readPolicy(path: string): Promise<Policy> {
  const value = parseJson((await readWholeText(path, path, "utf-8")).value, { file: path });
  if (!isPlainObject(value)) throw new UsageError(`${path}: a policy file holds a JSON object`);
  const obj = value;
  if (Array.isArray(obj.rules)) return obj as unknown as Policy;
  if ("rules" in obj || "parameters" in obj) return applyPolicyPatch(qafPolicy, obj as PolicyPatch);
  return withParameters(qafPolicy, obj as Parameters<typeof withParameters>[1]);
}

/**
 * Loads an export with `loadExport`, saying on stderr what was read (unless quiet), ignored or warned about.
 *
 * @param path - the file or folder
 * @param io - the io
 * @param quiet - no progress lines
 * @param encoding - `--encoding`, when given
 * @returns what was loaded
 */
export async function loadForCli(path: string, io: CliIo, quiet: boolean, encoding?: Encoding): Promise<LoadedExport> {
  const loaded = await loadExport(path, {
    ...(encoding === undefined ? {} : { encoding }),
    onRead: (r) => { if (!quiet) io.stderr(`read ${r.sheet === undefined ? r.file : `${r.file} sheet ${r.sheet}`}: ${r.records} ${r.field === undefined ? r.collection : `${r.collection}.${r.field}`} records\n`); },
  });
  for (const w of loaded.warnings) io.stderr(`${warningLine(w)}\n`);
  for (const i of loaded.ignored) io.stderr(`${ignoredLine(i)}\n`);
  for (const c of loaded.coercions) io.stderr(`${coercionLine(c)}\n`);
  return loaded;
}

/**
 * Loads the input, evaluates it and reports progress and the rejected records on stderr, each
 * cause once (every record with `--verbose`), warning when rejection cost a collection more
 * than 5% of its records; fails when more were rejected than `--max-rejected` allows.
 *
 * @param options - the command's options
 * @param io - the io
 * @returns the evaluation and the accepted dataset
 */
export async function runEvaluation(options: RunOptions, io: CliIo): Promise<Run> {
  if (options.input === undefined) throw new UsageError("give a dataset file or a folder of collection files");
  if (options.asOf === undefined) throw new UsageError("--as-of <YYYY-MM-DD> is required");
  const progress = (line: string): void => { if (!options.quiet) io.stderr(`${line}\n`); };
  const loaded = await loadForCli(resolve(io.cwd, options.input), io, options.quiet, options.encoding);
  const policy = options.policy === undefined ? qafPolicy : await readPolicy(resolve(io.cwd, options.policy));
  const asOf = toIsoDate(options.asOf);
  const from = options.from === undefined ? undefined : toIsoDate(options.from);
  progress(`evaluating as of ${asOf}`);
  const evaluateOptions: ParallelOptions = {
    asOf, policy, ...(from === undefined ? {} : { from }), ...(options.jobs === undefined ? {} : { jobs: options.jobs }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  };
  const evaluation = await evaluateParallel(loaded.dataset, evaluateOptions);
  const received = Object.values(evaluation.counts).reduce((a, c) => a + c.received, 0);
  const coerced = loaded.coercions.reduce((a, c) => a + c.count, 0);
  const notes = [
    ...(evaluation.rejected.length > 0 ? [`${evaluation.rejected.length} rejected, by cause above`] : []),
    ...(coerced > 0 ? [`${coerced} values read forgivingly, listed above`] : []),
  ];
  const counted = (): void => progress(`evaluated ${received - evaluation.rejected.length} of ${received} records` +
    `${notes.length > 0 ? ` (${notes.join("; ")})` : ""}: ` +
    `${evaluation.obligations.length} obligations, ${evaluation.breaches.length} breaches, ${evaluation.escalations.length} escalations`);
  reportRejections(loaded.rejected, loaded.dataset, io, { verbose: options.verbose === true, counts: evaluation.counts, counted });
  checkMaxRejected(options.maxRejected, evaluation.counts, loaded.rejected.length);
  const kept = options.basis === undefined ? evaluation : keepAtLeast(evaluation, options.basis);
  if (options.basis !== undefined) {
    progress(`kept those resting at least on ${options.basis} (--basis): ` +
      `${kept.obligations.length} obligations, ${kept.breaches.length} breaches, ${kept.escalations.length} escalations`);
  }
  return {
    evaluation: kept,
    dataset: parseDataset(loaded.dataset).dataset,
    rejectedCount: loaded.rejected.length,
    policy,
  };
}
