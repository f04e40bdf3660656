import { datasetJsonSchema } from "../model/json-schema";

/** How a CSV cell is read into a record field. */
export type FieldKind = "string" | "date" | "boolean" | "integer" | "number" | "list" | "records";

type JsonSchema = {
  type?: string; pattern?: string; properties?: Record<string, JsonSchema>; items?: JsonSchema;
  oneOf?: JsonSchema[]; anyOf?: JsonSchema[];
};

let cache: Map<string, Map<string, FieldKind>> | undefined;

function kindOf(s: JsonSchema): FieldKind {
  if (s.type === "boolean") return "boolean";
  if (s.type === "integer") return "integer";
  if (s.type === "number") return "number";
  if (s.type === "array") return s.items?.type === "object" ? "records" : "list";
  if (s.type === "string" && s.pattern !== undefined && s.pattern.includes("\\d{4})-")) return "date";
  return "string";
}

function collect(schema: JsonSchema, prefix: string, out: Map<string, FieldKind>): void {
  const variants = schema.oneOf ?? schema.anyOf ?? [schema];
  for (const v of variants) {
    for (const [name, prop] of Object.entries(v.properties ?? {})) {
      const isObject = prop.type === "object" || prop.oneOf !== undefined || prop.anyOf !== undefined;
      if (isObject) collect(prop, `${prefix}${name}.`, out);
      else out.set(`${prefix}${name}`, kindOf(prop));
    }
  }
}

/**
 * The kind of every field of a collection's records, by dotted path (`scope.type`,
 * `period.from`), read from the dataset's JSON Schema so that it never drifts from the
 * model. Array-of-record fields (`children`, `actions`, `contractChanges`) are `records`;
 * their own fields are listed under `<field>[].<name>`.
 *
 * @param collection - a collection name of the dataset
 * @returns the field kinds; empty for an unknown collection
 */
export function fieldKinds(collection: string): Map<string, FieldKind> {
  if (cache === undefined) {
    cache = new Map();
    const root = datasetJsonSchema() as JsonSchema;
    for (const [name, coll] of Object.entries(root.properties ?? {})) {
      const kinds = new Map<string, FieldKind>();
      const item = coll.items ?? {};
      collect(item, "", kinds);
      for (const [field, prop] of Object.entries(item.properties ?? {})) {
        if (prop.type === "array" && prop.items?.type === "object") collect(prop.items, `${field}[].`, kinds);
      }
      cache.set(name, kinds);
    }
  }
  return cache.get(collection) ?? new Map();
}
