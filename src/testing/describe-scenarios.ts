import { formatFailures, runScenario } from "./run-scenario";
import type { Scenario } from "./scenario";

/** The parts of a test runner the adapter needs: vitest, jest, mocha and node:test all fit. */
export interface TestRunner {
  describe?: (name: string, body: () => void) => unknown;
  it: (name: string, body: () => Promise<void>) => unknown;
}

/**
 * Registers one test per scenario with a test runner; a failing scenario fails its test
 * with a message naming each rule, subject, field, expected and actual value.
 *
 * @param title - the name of the group of tests
 * @param scenarios - the scenarios (inline, or read with `loadScenarioFile`)
 * @param runner - the runner's `describe` (optional) and `it`
 * @example
 * import { describe, it } from "vitest";
 * describeScenarios("survey target from April 2025", [loadScenarioFile("target.json")], { describe, it });
 */
export function describeScenarios(title: string, scenarios: readonly Scenario[], runner: TestRunner): void {
  const register = () => {
    for (const scenario of scenarios) {
      runner.it(scenario.name, async () => {
        const result = await runScenario(scenario);
        if (!result.passed) throw new Error(formatFailures(result));
      });
    }
  };
  if (runner.describe) runner.describe(title, register);
  else register();
}
