import { breachesCsv, obligationsCsv } from "../../report/csv-tables";
import { htmlReport } from "../../report/html";
import { markdownSummary } from "../../report/markdown";
import { UsageError } from "../errors";
import { emit, type CliIo } from "../io";
import { runEvaluation } from "../run-evaluation";

/** The parsed options of `evaluate`. */
export interface EvaluateArgs {
  input: string | undefined;
  asOf: string | undefined;
  from: string | undefined;
  policy: string | undefined;
  format: string;
  table: string;
  out: string | undefined;
  failOnBreach: boolean;
  strict: boolean;
  quiet: boolean;
}

const FORMATS = new Set(["json", "csv", "md", "html"]);

/**
 * `one-point-qaf evaluate`: evaluates the input and writes the result in the chosen format.
 *
 * @param args - the parsed options
 * @param io - the io
 * @returns the exit code: 0; 1 with `--fail-on-breach` and an active breach; 2 with `--strict` and a rejected record
 */
export async function evaluateCommand(args: EvaluateArgs, io: CliIo): Promise<number> {
  if (!FORMATS.has(args.format)) throw new UsageError(`--format must be json, csv, md or html`);
  if (args.table !== "breaches" && args.table !== "obligations") throw new UsageError(`--table must be breaches or obligations`);
  const { evaluation, dataset, rejectedCount } = await runEvaluation(args, io);
  const text =
    args.format === "json" ? JSON.stringify(evaluation, null, 2) + "\n"
    : args.format === "md" ? markdownSummary(evaluation, dataset)
    : args.format === "html" ? htmlReport(evaluation, dataset)
    : args.table === "obligations" ? obligationsCsv(evaluation) : breachesCsv(evaluation);
  emit(io, text, args.out);
  if (args.strict && rejectedCount > 0) {
    io.stderr(`${rejectedCount} record(s) rejected; failing because of --strict\n`);
    return 2;
  }
  const active = evaluation.breaches.filter((b) => b.status === "active").length;
  if (args.failOnBreach && active > 0) {
    io.stderr(`${active} active breach(es); failing because of --fail-on-breach\n`);
    return 1;
  }
  return 0;
}
