import { z } from "zod";
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
  const schema = z.toJSONSchema(datasetSchema, {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "any",
  }) as Record<string, unknown>;
  return {
    ...schema,
    title: "One Point QAF dataset",
    description:
      "A council's export for the One Point Quality Assurance Framework: every collection " +
      "optional, dates written YYYY-MM-DD, ids non-empty strings unique within their " +
      "collection. Extra fields are allowed and ignored.",
  };
}
