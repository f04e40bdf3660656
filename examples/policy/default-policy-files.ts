import { policyJsonSchema, qafPolicy } from "one-point-qaf";
import { scenarioJsonSchema } from "one-point-qaf/testing";

/** Where the default policy and its schema are written, from the repository's root. */
export const DEFAULT_POLICY_FILE = "docs/qaf-policy.json";
/** Where the policy's JSON Schema is written, from the repository's root. */
export const POLICY_SCHEMA_FILE = "docs/policy.schema.json";
/** Where the scenario format's JSON Schema is written, from the repository's root. */
export const SCENARIO_SCHEMA_FILE = "docs/scenario.schema.json";

/**
 * The text of the committed generated files: the default policy (pointing editors at its
 * schema), the policy's JSON Schema and the scenario format's. A test checks the committed
 * files equal these.
 *
 * @returns file path to text
 */
export function defaultPolicyFiles(): Record<string, string> {
  return {
    [DEFAULT_POLICY_FILE]: `${JSON.stringify({ $schema: "./policy.schema.json", ...qafPolicy }, null, 2)}\n`,
    [POLICY_SCHEMA_FILE]: `${JSON.stringify(policyJsonSchema(), null, 2)}\n`,
    [SCENARIO_SCHEMA_FILE]: `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`,
  };
}
