import { COLLECTIONS, type Dataset } from "../model/dataset";
import { isNameIn } from "../engine/names";

/** A record that counted, located by collection and id. */
export interface CountedRecord {
  collection: string;
  id: string;
}

/**
 * Locates records by id: each id in the collection that holds it (audit actions as
 * `audits.actions`; `?` when no collection has it). Preferred collections are searched
 * first, so an id shared by two collections goes to the rule's own.
 *
 * @param ids - the ids to find
 * @param prefer - collections to search first
 * @returns one entry per id, in the order given
 */
export type RecordLocator = (ids: readonly string[], prefer?: readonly string[]) => CountedRecord[];

/**
 * A record locator over a parsed dataset. Each collection's ids are read once, the first time
 * a search reaches that collection, so later searches take time in proportion to their ids.
 *
 * @param dataset - the parsed dataset
 * @returns the locator
 */
export function createRecordLocator(dataset: Dataset): RecordLocator {
  const maps = new Map<string, Map<string, string>>();
  const idsOf = (collection: string): Map<string, string> => {
    let where = maps.get(collection);
    if (where !== undefined) return where;
    where = new Map();
    const found = where;
    const note = (id: unknown, label: string) => {
      if (typeof id === "string" && !found.has(id)) found.set(id, label);
    };
    if (collection === "audits") {
      for (const audit of dataset.audits) {
        note(audit.id, collection);
        for (const a of audit.actions) note(a.id, "audits.actions");
      }
    } else if (isNameIn(dataset, collection)) {
      const records: readonly Readonly<Record<string, unknown>>[] = dataset[collection];
      for (const r of records) note(r["id"], collection);
    }
    maps.set(collection, where);
    return where;
  };
  return (ids, prefer = []) => {
    const order = [...prefer, ...COLLECTIONS.filter((c) => !prefer.includes(c))];
    return ids.map((id) => {
      for (const collection of order) {
        const label = idsOf(collection).get(id);
        if (label !== undefined) return { collection: label, id };
      }
      return { collection: "?", id };
    });
  };
}
