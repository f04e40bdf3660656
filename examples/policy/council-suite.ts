/**
 * A council's test suite guarding a proposed change: "the survey target becomes 15% from
 * April 2025". Each *.scenario.json (or .yaml) beside this file is one test. Run them with any test
 * runner; this repository runs them from test/testing/examples.test.ts with vitest:
 *
 *   import { describe, it } from "vitest";
 *   import { registerCouncilSuite } from "../../examples/policy/council-suite";
 *   registerCouncilSuite({ describe, it });
 */
import { fileURLToPath } from "node:url";
import { describeScenarios, loadScenarioFile, scenarioFilesIn, type TestRunner } from "one-point-qaf/testing";

/** The scenario files of this example (JSON and YAML), in name order. */
export const scenarioFiles = scenarioFilesIn(fileURLToPath(new URL(".", import.meta.url)));

/**
 * Registers one test per scenario file with the given runner.
 *
 * @param runner - `describe` and `it` of vitest, jest, mocha or node:test
 */
export function registerCouncilSuite(runner: TestRunner): void {
  describeScenarios("survey target 15% from April 2025", scenarioFiles.map((f) => loadScenarioFile(f)), runner);
}
