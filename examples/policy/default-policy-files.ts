import { policyJsonSchema } from "../../src/policy/json-schema";
import { qafPolicy } from "../../src/policy/qaf-policy";

/** Where the default policy and its schema are written, from the repository's root. */
export const DEFAULT_POLICY_FILE = "docs/qaf-policy.json";
/** Where the policy's JSON Schema is written, from the repository's root. */
export const POLICY_SCHEMA_FILE = "docs/policy.schema.json";

/**
 * The text of the two committed files: the default policy (pointing editors at its schema)
 * and the JSON Schema. A test checks the committed files equal these.
 *
 * @returns file path to text
 */
export function defaultPolicyFiles(): Record<string, string> {
  return {
    [DEFAULT_POLICY_FILE]: `${JSON.stringify({ $schema: "./policy.schema.json", ...qafPolicy }, null, 2)}\n`,
    [POLICY_SCHEMA_FILE]: `${JSON.stringify(policyJsonSchema(), null, 2)}\n`,
  };
}
