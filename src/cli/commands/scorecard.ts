import { resolve } from "node:path";
import { evaluateParallel } from "../../node/parallel";
import { reportRejections } from "../rejections";
import { qafPolicy } from "../../policy/qaf-policy";
import { scorecardCsv, scorecardMarkdown, scorecardText } from "../../report/scorecard";
import { scorecardHtml } from "../../report/scorecard-html";
import { scorecardOf } from "../../scorecard/scorecard";
import type { ScorecardBy, ScorecardOptions } from "../../scorecard/types";
import { monthEndOf, monthStart } from "../../scorecard/months";
import { formatDay } from "../../calendar/day";
import type { ProgressEvent } from "../../compare/compare-policies";
import type { Encoding } from "../../node/decode";
import { UsageError } from "../errors";
import { emit, emitBinary, type CliIo } from "../io";
import { loadForCli, readPolicy } from "../run-evaluation";

/** The parsed options of `scorecard`. */
export interface ScorecardArgs {
  input: string | undefined;
  from: string | undefined;
  to: string | undefined;
  by: string;
  rules: string | undefined;
  policy: string | undefined;
  format: string | undefined;
  out: string | undefined;
  quiet: boolean;
  jobs?: number;
  encoding?: Encoding;
  onProgress?: (event: ProgressEvent) => void;
}

const FORMATS = ["text", "csv", "md", "html", "xlsx"];
const BY: readonly ScorecardBy[] = ["team", "area", "service"];

/**
 * `one-point-qaf scorecard`: the monthly performance scorecard of an export, per team (or
 * area, or service), rule and month from `--from` to `--to`, from one evaluation of the span.
 *
 * @param args - the parsed options
 * @param io - the io
 * @returns the exit code, 0 (bad usage or input throws, and `main` turns that into 2)
 */
export async function scorecardCommand(args: ScorecardArgs, io: CliIo): Promise<number> {
  // Without --format: text, or what --out's extension says (.csv, .md, .html, .xlsx).
  const format = args.format ?? (args.out === undefined ? "text" : formatOf(args.out));
  if (!FORMATS.includes(format)) throw new UsageError("--format must be text, csv, md, html or xlsx");
  if (format === "xlsx" && args.out === undefined) throw new UsageError("--format xlsx writes a binary file: give it with --out, e.g. --out scorecard.xlsx");
  if (args.input === undefined) throw new UsageError("give a dataset file or a folder of collection files");
  const from = args.from === undefined ? undefined : monthStart(args.from);
  const to = args.to === undefined ? undefined : monthStart(args.to);
  if (from === undefined) throw new UsageError("--from <YYYY-MM> is required: the first month");
  if (to === undefined) throw new UsageError("--to <YYYY-MM> is required: the last month");
  if (to < from) throw new UsageError("--to must not be before --from");
  const by = BY.find((b) => b === args.by);
  if (by === undefined) throw new UsageError("--by must be team, area or service");
  const rules = args.rules?.split(",").map((r) => r.trim()).filter((r) => r !== "");
  const policy = args.policy === undefined ? qafPolicy : await readPolicy(resolve(io.cwd, args.policy));
  const unknown = rules?.filter((id) => !policy.rules.some((r) => r.id === id)) ?? [];
  if (unknown.length > 0) throw new UsageError(`--rules: no rule ${unknown.map((u) => `"${u}"`).join(", ")} in the policy`);

  const loaded = await loadForCli(resolve(io.cwd, args.input), io, args.quiet, args.encoding);
  const asOf = formatDay(monthEndOf(to));
  if (!args.quiet) io.stderr(`evaluating ${formatDay(from)} to ${asOf}\n`);
  const evaluation = await evaluateParallel(loaded.dataset, {
    asOf, from: formatDay(from), policy,
    ...(args.jobs === undefined ? {} : { jobs: args.jobs }),
    ...(args.onProgress === undefined ? {} : { onProgress: args.onProgress }),
  });
  reportRejections(loaded.rejected, loaded.dataset, io, { counts: evaluation.counts });
  const options: ScorecardOptions = { from: args.from ?? "", to: args.to ?? "", by, policy, ...(rules ? { rules } : {}) };
  const card = scorecardOf(evaluation, loaded.dataset, options);
  if (format === "xlsx" && args.out !== undefined) {
    const { scorecardXlsx } = await import("./scorecard-xlsx");
    emitBinary(io, await scorecardXlsx(card), args.out);
    return 0;
  }
  const text = format === "csv" ? scorecardCsv(card) : format === "md" ? scorecardMarkdown(card) : format === "html" ? scorecardHtml(card) : scorecardText(card);
  emit(io, text, args.out);
  return 0;
}

/** The format an `--out` file's extension asks for; text otherwise. */
function formatOf(out: string): string {
  const ext = /\.([a-z]+)$/i.exec(out)?.[1]?.toLowerCase();
  return ext === "markdown" ? "md" : ext === "htm" ? "html" : ext !== undefined && FORMATS.includes(ext) ? ext : "text";
}
