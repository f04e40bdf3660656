import { statSync } from "node:fs";
import { relative, resolve } from "node:path";
import { escapeControl } from "../../text/escape-control";
import { loadScenarioFile, scenarioFilesIn } from "../../testing/files";
import { runScenario, type ScenarioResult } from "../../testing/run-scenario";
import { UsageError } from "../errors";
import type { CliIo } from "../io";

/** The parsed options of `test`. */
export interface TestArgs {
  /** Scenario files, or folders whose `*.scenario.json` (or `.yaml`) files are run. */
  paths: string[];
}

/**
 * `one-point-qaf test`: runs scenario files (policy tests as data) without writing code, one
 * line per scenario and each failure under it.
 *
 * @param args - the parsed options
 * @param io - the io
 * @returns 0 when every scenario passes, 1 when any fails (a malformed one throws: exit 2)
 */
export async function testCommand(args: TestArgs, io: CliIo): Promise<number> {
  if (args.paths.length === 0) throw new UsageError("give scenario files, or folders of *.scenario.json files");
  const files = args.paths.flatMap((p) => scenarioFiles(resolve(io.cwd, p)));
  if (files.length === 0) throw new UsageError("no *.scenario.json (or .yaml) file found");
  const results: ScenarioResult[] = [];
  for (const file of files) {
    const result = await runScenario(loadScenarioFile(file));
    results.push(result);
    // Names and messages come from the scenario file: a CR could turn "FAIL" into "pass", an ESC retitle the terminal.
    io.stdout(`${result.passed ? "pass" : "FAIL"}  ${escapeControl(result.name)}  (${escapeControl(relative(io.cwd, file))})\n`);
    for (const failure of result.failures) io.stdout(`      - ${escapeControl(failure.message)}\n`);
  }
  const failed = results.filter((r) => !r.passed).length;
  io.stdout(`\n${results.length - failed} passed, ${failed} failed\n`);
  return failed === 0 ? 0 : 1;
}

function scenarioFiles(path: string): string[] {
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    throw new UsageError(`cannot read ${path}`);
  }
  return isFolder ? scenarioFilesIn(path) : [path];
}
