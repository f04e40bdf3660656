import { jsonSchemaOf } from "../model/json-schema-of";
import { policySchema } from "./policy";

/**
 * The JSON Schema (draft 2020-12) of a policy document, so that a policy officer can edit a
 * policy in any editor with completion (point the file's `$schema` at it). It describes the
 * shape, the ranges of the parameters and their dated form; the names rules use (facts,
 * operators, owners) and the order of dated values are checked by `parsePolicy` only.
 *
 * @returns the JSON Schema object, fresh on each call
 * @example
 * writeFileSync("policy.schema.json", JSON.stringify(policyJsonSchema(), null, 2));
 */
export function policyJsonSchema(): Record<string, unknown> {
  return jsonSchemaOf(
    policySchema,
    "One Point QAF policy",
      "A Quality Assurance Framework policy: its calendar, its parameters (each plain, or " +
      "dated as [{ from, value }, ...]) and its rules as data.",
  );
}
