import { jsonSchemaOf } from "./json-schema-of";
import { datasetSchema } from "./dataset";

/**
 * The JSON Schema (draft 2020-12) of a dataset as it may be written, for apps that are
 * not TypeScript. It describes shapes, types and allowed values; cross-field rules (a
 * grade for case audits), real calendar dates and references are checked by
 * `parseDataset` only. Built on each call: a fresh, JSON-serialisable object.
 *
 * @returns the JSON Schema object
 * @example
 * writeFileSync("dataset.schema.json", JSON.stringify(datasetJsonSchema(), null, 2));
 */
export function datasetJsonSchema(): Record<string, unknown> {
  return jsonSchemaOf(
    datasetSchema,
    "One Point QAF dataset",
      "A council's export for the One Point Quality Assurance Framework: every collection " +
      "optional, dates written YYYY-MM-DD, ids non-empty strings unique within their " +
      "collection. Extra fields are allowed and ignored.",
  );
}
