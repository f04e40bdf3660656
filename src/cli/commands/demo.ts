import { resolve } from "node:path";
import { generateCounty } from "../../demo";
import type { ProgressEvent } from "../../compare/compare-policies";
import { parseDataset } from "../../model/parse-dataset";
import { htmlReport } from "../../report/html";
import { textSummary } from "../../report/text";
import { reportRejections } from "../rejections";
import type { Encoding } from "../../node/decode";
import type { ExportRejection } from "../../node/export-types";
import { evaluateParallel, type ParallelOptions } from "../../node/parallel";
import { emit, type CliIo } from "../io";
import { loadForCli } from "../run-evaluation";

/** The as-of day of the demo: the last day of the demo county's data, the end of a financial year. */
export const DEMO_AS_OF = "2026-03-31";

/** The parsed options of `demo`. */
export interface DemoArgs {
  out: string;
  asOf: string;
  data: string | undefined;
  quiet: boolean;
  /** `--jobs`: threads to evaluate with (1: in this thread), or `auto` (the default: threads only where they are faster). */
  jobs?: number | "auto";
  /** `--encoding` of the `--data` export's text files; default `"auto"`. */
  encoding?: Encoding;
  /** Where the evaluation reports its progress (the CLI's progress display). */
  onProgress?: (event: ProgressEvent) => void;
}

/**
 * `one-point-qaf demo`: evaluates the demo county, prints a readable summary on stdout
 * (not with `--quiet`) and writes the HTML report. The county is generated in memory, the
 * same every time (`examples/data/demo-county.json` in the repository is a copy of it), so
 * the installed package needs no data file.
 *
 * @param args - the parsed options
 * @param io - the io
 * @returns the exit code, 0
 */
export async function demoCommand(args: DemoArgs, io: CliIo): Promise<number> {
  const progress = (line: string): void => { if (!args.quiet) io.stderr(`${line}\n`); };
  let input: unknown;
  let rejected: ExportRejection[] = [];
  if (args.data === undefined) {
    progress("generating the demo county");
    input = generateCounty();
  } else {
    const loaded = await loadForCli(resolve(io.cwd, args.data), io, args.quiet, args.encoding);
    input = loaded.dataset;
    rejected = loaded.rejected;
  }
  progress(`evaluating the demo county as of ${args.asOf}`);
  const options: ParallelOptions = {
    asOf: args.asOf, ...(args.jobs === undefined ? {} : { jobs: args.jobs }),
    ...(args.onProgress === undefined ? {} : { onProgress: args.onProgress }),
  };
  const evaluation = await evaluateParallel(input, options);
  reportRejections(rejected, input, io, { counts: evaluation.counts });
  const dataset = parseDataset(input).dataset;
  const written = resolve(io.cwd, args.out);
  emit({ ...io, stderr: () => undefined }, htmlReport(evaluation, dataset, { title: "Demo county: One Point QAF report" }), args.out);
  if (!args.quiet) {
    io.stdout(`${textSummary(evaluation)}\nHTML report written to ${written}\nOpen it in a browser, or run "one-point-qaf evaluate --help" to check your own data.\n`);
  }
  return 0;
}
