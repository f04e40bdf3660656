import { breachesCsv, obligationsCsv } from "../../report/csv-tables";
import { htmlReport } from "../../report/html";
import { markdownSummary } from "../../report/markdown";
import { textSummary } from "../../report/text";
import { CommandFailure, UsageError } from "../errors";
import { emit, type CliIo } from "../io";
import { runEvaluation, type RunOptions } from "../run-evaluation";

/** The parsed options of `evaluate`. */
export interface EvaluateArgs extends RunOptions {
  /** json, csv, md, html or text; absent: text on a terminal with no `--out`, else json. */
  format: string | undefined;
  table: string;
  out: string | undefined;
  failOnBreach: boolean;
  strict: boolean;
}

const FORMATS = new Set(["json", "csv", "md", "html", "text"]);

/**
 * `one-point-qaf evaluate`: evaluates the input and writes the result in the chosen format.
 * With no `--format` and no `--out` on a terminal, prints the summary rather than the
 * whole evaluation (which can run to many megabytes), and says how to get the JSON.
 *
 * @param args - the parsed options
 * @param io - the io
 * @returns the exit code, 0; `--fail-on-breach` with an active breach and `--strict` with a
 * rejected record throw a {@link CommandFailure} (exit 1 and 2) after the output is written
 */
export async function evaluateCommand(args: EvaluateArgs, io: CliIo): Promise<number> {
  if (args.format !== undefined && !FORMATS.has(args.format)) throw new UsageError(`--format must be json, csv, md, html or text`);
  if (args.table !== "breaches" && args.table !== "obligations") throw new UsageError(`--table must be breaches or obligations`);
  const format = args.format ?? (io.stdoutIsTTY === true && args.out === undefined ? "text" : "json");
  const { evaluation, dataset, rejectedCount } = await runEvaluation(args, io);
  const text =
    format === "json" ? JSON.stringify(evaluation, null, 2) + "\n"
    : format === "text" ? textSummary(evaluation)
    : format === "md" ? markdownSummary(evaluation, dataset)
    : format === "html" ? htmlReport(evaluation, dataset)
    : args.table === "obligations" ? obligationsCsv(evaluation) : breachesCsv(evaluation);
  emit(io, text, args.out);
  if (args.format === undefined && format === "text") {
    io.stderr("This is the summary. For the whole evaluation as JSON add --format json (or --out result.json); for a report, --format html --out report.html.\n");
  }
  if (args.strict && rejectedCount > 0) throw new CommandFailure(`${rejectedCount} record(s) rejected; failing because of --strict`, 2);
  const active = evaluation.breaches.filter((b) => b.status === "active").length;
  if (args.failOnBreach && active > 0) throw new CommandFailure(`${active} active breach(es); failing because of --fail-on-breach`, 1);
  return 0;
}
