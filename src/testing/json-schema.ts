import { jsonSchemaOf } from "../model/json-schema-of";
import { scenarioSchema } from "./scenario";

/**
 * The JSON Schema (draft 2020-12) of a scenario file, for completion in any editor (point the
 * file's `$schema` at it). The package ships it as `docs/scenario.schema.json`.
 *
 * @returns the JSON Schema object, fresh on each call
 * @example
 * writeFileSync("scenario.schema.json", JSON.stringify(scenarioJsonSchema(), null, 2));
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return jsonSchemaOf(
    scenarioSchema,
    "One Point QAF policy scenario",
    "A policy test as data: a dataset (or a patch to a base one), a policy (or a patch of its " +
      "parameters), a window, and the obligations, breaches and escalations expected as partial matches.",
  );
}
