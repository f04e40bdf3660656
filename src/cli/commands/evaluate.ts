import { resolve } from "node:path";
import { compareEvaluations } from "../../compare/compare-evaluations";
import type { Evaluation } from "../../model/evaluation";
import { changesLead, renderChangesHtmlBody } from "../../report/changes-html";
import { basisCsv, breachesCsv, obligationsCsv } from "../../report/csv-tables";
import { htmlReport, type HtmlSection } from "../../report/html";
import { markdownSummary } from "../../report/markdown";
import { textSummary } from "../../report/text";
import { CommandFailure, UsageError } from "../errors";
import { jsonPieces } from "../../report/json-pieces";
import { writeAtomicallyWith } from "../write-out";
import { emit, type CliIo } from "../io";
import { keepAtLeast } from "../../query/basis";
import { runEvaluation, type Run, type RunOptions } from "../run-evaluation";
import { readEvaluation } from "./changes";

/** The parsed options of `evaluate`. */
export interface EvaluateArgs extends RunOptions {
  /** json, csv, md, html, text or xlsx; absent: text on a terminal with no `--out`, else json. */
  format: string | undefined;
  table: string;
  out: string | undefined;
  /** An earlier evaluation's JSON file: the HTML report gets a "Changes since" section. */
  since?: string | undefined;
  failOnBreach: boolean;
  strict: boolean;
}

const FORMATS = new Set(["json", "csv", "md", "html", "text", "xlsx"]);
const TABLES = new Set(["breaches", "obligations", "basis"]);

/**
 * `one-point-qaf evaluate`: evaluates the input and writes the result in the chosen format.
 * With no `--format` and no `--out` on a terminal, prints the summary rather than the
 * whole evaluation (which can run to many megabytes), and says how to get the JSON.
 * `--format xlsx` writes a workbook and needs `--out`; `--since` (with `--format html`)
 * adds what changed since an earlier evaluation to the report. `--basis` keeps only the
 * results at least that firm, before any report is made and before `--fail-on-breach` counts.
 *
 * @param args - the parsed options
 * @param io - the io
 * @returns the exit code, 0; `--fail-on-breach` with an active breach and `--strict` with a
 * rejected record throw a {@link CommandFailure} (exit 1 and 2) after the output is written
 */
export async function evaluateCommand(args: EvaluateArgs, io: CliIo): Promise<number> {
  if (args.format !== undefined && !FORMATS.has(args.format)) throw new UsageError(`--format must be json, csv, md, html, text or xlsx`);
  if (!TABLES.has(args.table)) throw new UsageError(`--table must be breaches, obligations or basis`);
  if (args.format === "xlsx" && args.out === undefined) {
    throw new UsageError("--format xlsx writes a binary file: give it with --out, e.g. --out qaf.xlsx");
  }
  if (args.since !== undefined && args.format !== "html") {
    throw new UsageError('--since adds a section to the HTML report: use it with --format html (or run "one-point-qaf changes")');
  }
  const format = args.format ?? (io.stdoutIsTTY === true && args.out === undefined ? "text" : "json");
  const read = args.since === undefined ? undefined : await readEvaluation(resolve(io.cwd, args.since), args.since);
  // Cut at the same --basis as this run's results, so the changes compare like with like.
  const previous = read === undefined || args.basis === undefined ? read : keepAtLeast(read, args.basis);
  const run = await runEvaluation(args, io);
  const { evaluation, dataset, rejectedCount } = run;
  if (format === "xlsx" && args.out !== undefined) {
    const { writeXlsx } = await import("../../report/xlsx");
    const path = resolve(io.cwd, args.out);
    // Streamed a row at a time into a temporary file, renamed into place once complete.
    await writeAtomicallyWith(path, (temporary) => writeXlsx(evaluation, temporary));
    io.stderr(`wrote ${path}\n`);
  } else {
    const text =
      format === "json" ? jsonPieces(evaluation)
      : format === "text" ? textSummary(evaluation)
      : format === "md" ? markdownSummary(evaluation, dataset)
      : format === "html" ? htmlWithChanges(run, previous)
      : args.table === "obligations" ? obligationsCsv(evaluation)
      : args.table === "basis" ? basisCsv(evaluation) : breachesCsv(evaluation);
    emit(io, text, args.out);
  }
  if (args.format === undefined && format === "text") {
    io.stderr("This is the summary. For the whole evaluation as JSON add --format json (or --out result.json); for a report, --format html --out report.html.\n");
  }
  if (args.strict && rejectedCount > 0) throw new CommandFailure(`${rejectedCount} record(s) rejected; failing because of --strict`, 2);
  const active = evaluation.breaches.filter((b) => b.status === "active").length;
  if (args.failOnBreach && active > 0) throw new CommandFailure(`${active} active breach(es); failing because of --fail-on-breach`, 1);
  return 0;
}

/**
 * The HTML report of a run, its survey chart read with the policy evaluated, and with a
 * "Changes since" section when an earlier evaluation is given.
 *
 * @param run - the evaluation, its dataset and its policy
 * @param previous - the earlier evaluation (`--since`), if any
 * @returns the report
 */
function htmlWithChanges(run: Run, previous: Evaluation | undefined): string {
  const changes = previous === undefined ? undefined : compareEvaluations(previous, run.evaluation, { dataset: run.dataset });
  const extraSections: HtmlSection[] = changes === undefined ? [] : [{
    id: "changes", title: `Changes since ${changes.previous.asOf}`, lead: changesLead(changes), html: renderChangesHtmlBody(changes),
  }];
  return htmlReport(run.evaluation, run.dataset, { policy: run.policy, extraSections });
}
