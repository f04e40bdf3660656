import { COLLECTIONS } from "../model/dataset";
import { isNameIn } from "../engine/vocabulary/resolve-name";
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
  const parsed = parseDataset(dataset).dataset;
  const order = [...prefer, ...COLLECTIONS.filter((c) => !prefer.includes(c))];
  const where = new Map<string, string>();
  const note = (id: unknown, collection: string) => {
    if (typeof id === "string" && !where.has(id)) where.set(id, collection);
  };
  for (const collection of order) {
    if (collection === "audits") {
      for (const audit of parsed.audits) {
        note(audit.id, collection);
        for (const a of audit.actions) note(a.id, "audits.actions");
      }
    } else if (isNameIn(parsed, collection)) {
      const records: readonly Readonly<Record<string, unknown>>[] = parsed[collection];
      for (const r of records) note(r["id"], collection);
    }
  }
  return ids.map((id) => ({ collection: where.get(id) ?? "?", id }));
}
