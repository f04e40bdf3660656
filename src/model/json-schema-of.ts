import * as z from "zod/mini";

/**
 * The input-side JSON Schema (draft 2020-12) of a zod schema, with a title and description.
 *
 * @param schema - the zod schema
 * @param title - the schema's title
 * @param description - what it describes
 * @returns a fresh, JSON-serialisable object
 */
export function jsonSchemaOf(schema: z.core.$ZodType, title: string, description: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io: "input", target: "draft-2020-12", unrepresentable: "any" });
  return { ...(json as Record<string, unknown>), title, description };
}
