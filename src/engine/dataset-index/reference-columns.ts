import { COLLECTIONS, type CollectionName, type Dataset, type RecordOf } from "../../model/dataset";
import { REFERENCE_TARGETS, referenceFields, type ReferenceTarget } from "../../model/references";
import { endsStep } from "../../model/steps";

/** A collection's references as positions, one typed array per reference field, in record order. */
export type ReferenceColumns = Readonly<Record<string, Int32Array>>;

/** Each referable collection's ids, to the position of the record with that id. */
export type Positions = Readonly<Record<ReferenceTarget, ReadonlyMap<string, number>>>;

/** The references the engine follows: every plain reference field, and a staff member's line manager. */
const followed = {
  ...referenceFields,
  staff: { ...referenceFields.staff, lineManagerId: "staff" },
} as const;

type Followed = typeof followed;

/** A collection with references the engine follows. */
export type Referring = keyof Followed;

/** A reference field the engine follows in a collection. */
export type ReferenceField<C extends Referring> = keyof Followed[C] & string;

/** The collection a reference field refers to. */
export type TargetOf<C extends Referring, F extends ReferenceField<C>> = Followed[C][F] & ReferenceTarget;

/** No record is referred to (the field is empty, or names nobody in the data). */
const NONE = -1;

/** Records read between two steps. */
const PER_STEP = 1024;

/**
 * Each referable collection's ids to positions, a step at a time. A later record with the
 * same id wins, though a parsed dataset has none.
 *
 * @param dataset - a parsed dataset
 * @returns steps, then the positions
 */
export function* positionsSteps(dataset: Dataset): Generator<void, Positions> {
  const positions = {} as Record<ReferenceTarget, Map<string, number>>;
  for (const target of REFERENCE_TARGETS) {
    const records: readonly { id: string }[] = dataset[target];
    const map = new Map<string, number>();
    for (let i = 0; i < records.length; i++) {
      if (endsStep(i, PER_STEP)) yield;
      map.set((records[i] as { id: string }).id, i);
    }
    positions[target] = map;
  }
  return positions;
}

/**
 * Resolves every reference the engine follows once, into the position of the record it
 * refers to: rules then reach a case's team or an audit's case by position, with no look-up
 * by id on their hot path.
 *
 * @param dataset - a parsed dataset
 * @param positions - its ids to positions
 * @returns steps, then each collection's reference columns (empty for one with no references)
 */
export function* referenceColumnsSteps(
  dataset: Dataset, positions: Positions,
): Generator<void, Record<CollectionName, ReferenceColumns>> {
  const columns = {} as Record<CollectionName, ReferenceColumns>;
  for (const name of COLLECTIONS) {
    const fields: Readonly<Record<string, ReferenceTarget>> = (followed as Partial<Record<CollectionName, Record<string, ReferenceTarget>>>)[name] ?? {};
    const records = dataset[name] as readonly Readonly<Record<string, unknown>>[];
    const own: Record<string, Int32Array> = {};
    for (const [field, target] of Object.entries(fields)) {
      const ids = positions[target];
      const column = new Int32Array(records.length);
      for (let i = 0; i < records.length; i++) {
        if (endsStep(i, PER_STEP)) yield;
        const id = (records[i] as Readonly<Record<string, unknown>>)[field];
        column[i] = (typeof id === "string" ? ids.get(id) : undefined) ?? NONE;
      }
      own[field] = column;
    }
    columns[name] = own;
  }
  return columns;
}

/** What {@link referenced} reads: the dataset, and its reference columns. */
export interface ResolvedReferences {
  readonly dataset: Dataset;
  readonly refs: Readonly<Record<CollectionName, ReferenceColumns>>;
}

/**
 * The record a record's reference field refers to, by the positions resolved once.
 *
 * @param index - the dataset and its reference columns
 * @param collection - the referring record's collection
 * @param field - the reference field
 * @param at - the referring record's position in its collection
 * @returns the record referred to, or undefined when the field is empty
 * @example
 * const team = referenced(index, "cases", "teamId", i); // the case's team
 */
export function referenced<C extends Referring, F extends ReferenceField<C>>(
  index: ResolvedReferences, collection: C, field: F, at: number,
): RecordOf<TargetOf<C, F>> | undefined {
  const to = index.refs[collection][field]?.[at];
  if (to === undefined || to === NONE) return undefined;
  const target = (followed[collection] as Readonly<Record<string, ReferenceTarget>>)[field] as ReferenceTarget;
  return index.dataset[target][to] as RecordOf<TargetOf<C, F>> | undefined;
}

/**
 * The position a reference field refers to.
 *
 * @param column - a reference column, if the collection has that field
 * @param at - the referring record's position
 * @returns the position referred to, or undefined when the field is empty
 */
export function positionAt(column: Int32Array | undefined, at: number): number | undefined {
  const to = column?.[at];
  return to === undefined || to === NONE ? undefined : to;
}
