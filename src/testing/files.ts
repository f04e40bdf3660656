import { readFileSync } from "node:fs";
import { dirname, extname, resolve } from "node:path";
import { InvalidScenarioError } from "./errors";
import type { Scenario } from "./scenario";

/** Options of {@link loadScenarioFile}. */
export interface LoadOptions {
  /** Parses YAML text (for `.yaml`/`.yml` files), for example `parse` from the `yaml` package. */
  parseYaml?: (text: string) => unknown;
}

/**
 * Reads a scenario file (JSON, or YAML given a parser) and the files it points at: a
 * `dataset.base` or `policy` written as a path is read relative to the scenario's file.
 * Node only: the rest of the runner needs no file system.
 *
 * @param path - the scenario file
 * @param options - a YAML parser, for YAML files
 * @returns the scenario with everything inline
 * @throws InvalidScenarioError when a file cannot be read or parsed
 * @example
 * const scenario = loadScenarioFile("examples/policy/survey-target-15.scenario.json");
 */
export function loadScenarioFile(path: string, options: LoadOptions = {}): Scenario {
  const scenario = readDocument(path, options) as Record<string, unknown>;
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
    text = readFileSync(path, "utf8");
  } catch {
    throw new InvalidScenarioError([{ path: [], message: `cannot read the file ${path}` }]);
  }
  if (yaml && !options.parseYaml) {
    throw new InvalidScenarioError([{ path: [], message: `${path} is YAML: pass { parseYaml } (for example parse from the "yaml" package)` }]);
  }
  try {
    return yaml && options.parseYaml ? options.parseYaml(text) : JSON.parse(text);
  } catch (e) {
    throw new InvalidScenarioError([{ path: [], message: `${path} does not parse: ${(e as Error).message}` }]);
  }
}
