import { readdirSync } from "node:fs";
import { dirname, extname, join, resolve } from "node:path";
import { parse as parseYamlText } from "yaml";
import { parsedUpTo } from "../errors";
import { readRegularFileSync } from "../node/open-file";
import { InvalidScenarioError } from "./errors";
import type { Scenario } from "./scenario";
import { isPlainObject } from "../util/plain-object";

/** Options of {@link loadScenarioFile}. */
export interface LoadOptions {
  /** Parses YAML text (`.yaml`/`.yml` files); the `yaml` package's `parse` by default. */
  parseYaml?: (text: string) => unknown;
}

/** The names scenario files end with: `.scenario.json`, `.scenario.yaml` or `.scenario.yml`. */
export const SCENARIO_FILE = /\.scenario\.(json|ya?ml)$/i;

/**
 * The scenario files of a folder (not its subfolders), in name order.
 *
 * @param folder - the folder
 * @returns their paths
 * @example
 * describeScenarios("policy tests", scenarioFilesIn("tests/policy").map((f) => loadScenarioFile(f)), { describe, it });
 */
export function scenarioFilesIn(folder: string): string[] {
  return readdirSync(folder).filter((f) => SCENARIO_FILE.test(f)).sort().map((f) => join(folder, f));
}

/**
 * Reads a scenario file (JSON or YAML) and the files it points at: a `dataset.base` or
 * `policy` written as a path is read relative to the scenario's file, in the format its own
 * extension says. Each must be a regular file under the whole-text limit: a pipe or a device
 * (`/dev/zero`) is refused at once. Node only: the rest of the runner needs no file system. A file that does
 * not parse is reported by line and column (or position), never by quoting its text.
 *
 * @param path - the scenario file
 * @param options - another YAML parser, if wanted
 * @returns the scenario with everything inline
 * @throws InvalidScenarioError when a file cannot be read or parsed
 * @example
 * const scenario = loadScenarioFile("examples/policy/survey-target-15.scenario.json");
 */
export function loadScenarioFile(path: string, options: LoadOptions = {}): Scenario {
  const read = readDocument(path, options);
  if (!isPlainObject(read)) {
    throw new InvalidScenarioError([{ path: [], message: `${path} does not hold a scenario: a scenario file holds one object, with name, asOf, dataset and expect` }]);
  }
  const scenario = read;
  const here = dirname(path);
  const dataset = scenario["dataset"] as Record<string, unknown> | undefined;
  const out: Record<string, unknown> = { ...scenario };
  if (dataset && typeof dataset["base"] === "string") {
    out["dataset"] = { ...dataset, base: readDocument(resolve(here, dataset["base"]), options) };
  }
  if (typeof scenario["policy"] === "string") out["policy"] = readDocument(resolve(here, scenario["policy"]), options);
  return out as Scenario;
}

function readDocument(path: string, options: LoadOptions): unknown {
  const yaml = [".yaml", ".yml"].includes(extname(path).toLowerCase());
  let text: string;
  try {
    text = readRegularFileSync(path).toString("utf8");
  } catch (e) {
    throw new InvalidScenarioError([{ path: [], message: `cannot read the file ${path}: ${(e as Error).message}` }]);
  }
  try {
    return yaml ? (options.parseYaml ?? parseYamlText)(text) : JSON.parse(text);
  } catch (e) {
    throw new InvalidScenarioError([{ path: [], message: `${path} does not parse as ${yaml ? "YAML" : "JSON"}${parsedUpTo(e)}` }]);
  }
}
