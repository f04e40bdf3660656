import { COLLECTIONS, type Dataset } from "../model/dataset";
import { isNameIn } from "../engine/vocabulary/resolve-name";
import { endsStep, finish } from "../model/steps";

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

/** A record locator, and a way to read every collection's ids ahead of the first search. */
export interface RecordIndex {
  locate: RecordLocator;
  /** Reads every collection's ids now, a step at a time (a yield every thousand records). */
  readAllSteps(): Generator<void, void>;
}

/** Records read between two steps. */
const PER_STEP = 1024;

/**
 * A record locator over a parsed dataset. Each collection's ids are read once, the first time
 * a search reaches that collection (or all at once by `readAllSteps`), so later searches take
 * time in proportion to their ids.
 *
 * @param dataset - the parsed dataset
 * @returns the locator
 */
export function createRecordLocator(dataset: Dataset): RecordIndex {
  const maps = new Map<string, Map<string, string>>();
  function* readSteps(collection: string): Generator<void, Map<string, string>> {
    const where = new Map<string, string>();
    const note = (id: unknown, label: string) => {
      if (typeof id === "string" && !where.has(id)) where.set(id, label);
    };
    if (collection === "audits") {
      for (const [i, audit] of dataset.audits.entries()) {
        if (endsStep(i, PER_STEP)) yield;
        note(audit.id, collection);
        for (const a of audit.actions) note(a.id, "audits.actions");
      }
    } else if (isNameIn(dataset, collection)) {
      const records: readonly Readonly<Record<string, unknown>>[] = dataset[collection];
      for (let i = 0; i < records.length; i++) {
        if (endsStep(i, PER_STEP)) yield;
        note(records[i]?.["id"], collection);
      }
    }
    maps.set(collection, where);
    return where;
  }
  const idsOf = (collection: string): Map<string, string> => maps.get(collection) ?? finish(readSteps(collection));
  return {
    locate: (ids, prefer = []) => {
      const order = [...prefer, ...COLLECTIONS.filter((c) => !prefer.includes(c))];
      return ids.map((id) => {
        for (const collection of order) {
          const label = idsOf(collection).get(id);
          if (label !== undefined) return { collection: label, id };
        }
        return { collection: "?", id };
      });
    },
    *readAllSteps() {
      for (const collection of COLLECTIONS) if (!maps.has(collection)) yield* readSteps(collection);
    },
  };
}
