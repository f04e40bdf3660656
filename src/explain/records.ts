import { COLLECTIONS } from "../model/dataset";
import { parseDataset } from "../model/parse-dataset";

/** A record that counted, located by collection and id. */
export interface CountedRecord {
  collection: string;
  id: string;
}

/**
 * Locates records by id in a dataset: each id in the collection that holds it (audit
 * actions as `audits.actions`; `?` when no collection has it). Preferred collections
 * are searched first, so an id shared by two collections goes to the rule's own.
 *
 * @param dataset - the dataset
 * @param ids - the ids to find
 * @param prefer - collections to search first
 * @returns one entry per id, in the order given
 */
export function locateRecords(dataset: unknown, ids: readonly string[], prefer: readonly string[] = []): CountedRecord[] {
  const parsed = parseDataset(dataset).dataset as unknown as Record<string, { id?: string; actions?: { id: string }[] }[]>;
  const order = [...prefer, ...COLLECTIONS.filter((c) => !prefer.includes(c))];
  const where = new Map<string, string>();
  for (const collection of order) {
    for (const r of parsed[collection] ?? []) {
      if (r.id !== undefined && !where.has(r.id)) where.set(r.id, collection);
      if (collection === "audits") for (const a of r.actions ?? []) if (!where.has(a.id)) where.set(a.id, "audits.actions");
    }
  }
  return ids.map((id) => ({ collection: where.get(id) ?? "?", id }));
}
