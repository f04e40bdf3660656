import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generateCounty } from "../../demo";
import { evaluate } from "../../engine/evaluate";
import { parseDataset } from "../../model/parse-dataset";
import { htmlReport } from "../../report/html";
import { textSummary } from "../../report/text";
import { rejectionLines } from "../../node/messages";
import type { ExportRejection } from "../../node/export-types";
import { emit, type CliIo } from "../io";
import { loadForCli } from "../run-evaluation";

/** The as-of day of the demo: the last day of the bundled sample, the end of a financial year. */
export const DEMO_AS_OF = "2026-03-31";

/** The parsed options of `demo`. */
export interface DemoArgs {
  out: string;
  asOf: string;
  data: string | undefined;
  quiet: boolean;
}

/**
 * Finds the bundled sample: `examples/data/demo-county.json` of the package, whether
 * this code runs from `src/cli/commands` (tsx) or from the bundled `dist/`.
 *
 * @returns the sample's path, or undefined when the package was installed without it
 */
export function bundledSamplePath(): string | undefined {
  for (const up of ["../", "../../", "../../../"]) {
    const path = fileURLToPath(new URL(`${up}examples/data/demo-county.json`, import.meta.url));
    if (existsSync(path)) return path;
  }
  return undefined;
}

/**
 * `one-point-qaf demo`: evaluates the bundled demo county, prints a readable summary on
 * stdout and writes the HTML report. Without the sample file, generates the same county.
 *
 * @param args - the parsed options
 * @param io - the io
 * @returns the exit code, 0
 */
export async function demoCommand(args: DemoArgs, io: CliIo): Promise<number> {
  const progress = (line: string): void => { if (!args.quiet) io.stderr(`${line}\n`); };
  const path = args.data === undefined ? bundledSamplePath() : resolve(io.cwd, args.data);
  let input: unknown;
  let rejected: ExportRejection[] = [];
  if (path === undefined) {
    progress("bundled sample not found: generating the demo county");
    input = generateCounty();
  } else {
    const loaded = await loadForCli(path, io, args.quiet);
    input = loaded.dataset;
    rejected = loaded.rejected;
  }
  progress(`evaluating the demo county as of ${args.asOf}`);
  const evaluation = await evaluate(input, { asOf: args.asOf });
  for (const line of rejectionLines(rejected)) io.stderr(`${line}\n`);
  const dataset = parseDataset(input).dataset;
  const written = resolve(io.cwd, args.out);
  emit({ ...io, stderr: () => undefined }, htmlReport(evaluation, dataset, { title: "Demo county: One Point QAF report" }), args.out);
  io.stdout(`${textSummary(evaluation)}\nHTML report written to ${written}\nOpen it in a browser, or run "one-point-qaf evaluate --help" to check your own data.\n`);
  return 0;
}
