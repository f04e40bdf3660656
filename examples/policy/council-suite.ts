/**
 * A council's test suite guarding a proposed change: "the survey target becomes 15% from
 * April 2025". Each *.scenario.json beside this file is one test. Run them with any test
 * runner; this repository runs them from test/testing/examples.test.ts with vitest:
 *
 *   import { describe, it } from "vitest";
 *   import { registerCouncilSuite } from "../../examples/policy/council-suite";
 *   registerCouncilSuite({ describe, it });
 *
 * In a council's own project, import from the package instead:
 *   import { describeScenarios, loadScenarioFile } from "one-point-qaf/testing";
 */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describeScenarios, loadScenarioFile, type TestRunner } from "../../src/testing";

const here = fileURLToPath(new URL(".", import.meta.url));

/** The scenario files of this example, in name order. */
export const scenarioFiles = readdirSync(here)
  .filter((f) => f.endsWith(".scenario.json"))
  .sort()
  .map((f) => `${here}${f}`);

/**
 * Registers one test per scenario file with the given runner.
 *
 * @param runner - `describe` and `it` of vitest, jest, mocha or node:test
 */
export function registerCouncilSuite(runner: TestRunner): void {
  describeScenarios("survey target 15% from April 2025", scenarioFiles.map((f) => loadScenarioFile(f)), runner);
}
