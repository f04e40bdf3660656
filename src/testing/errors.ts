import { QafError, type Issue } from "../errors";

/** Thrown when a scenario is not a valid policy test (a missing `asOf`, an unknown field). */
export class InvalidScenarioError extends QafError {
  constructor(issues: Issue[], name?: string) {
    super("invalid_scenario", `Invalid scenario${name ? ` "${name}"` : ""}: fix the following paths.`, issues);
  }
}
