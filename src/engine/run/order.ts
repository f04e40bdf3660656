import { parseDay } from "../../calendar/day";
import type { Breach, Escalation, Obligation } from "../../model/evaluation";
import { finishInSlices, type Slicer } from "../slicing/host-turns";
import { sortSteps } from "../slicing/sort-in-slices";
import { endsStep } from "../../model/steps";
import { atIndex, atKey } from "../../util/at-index";

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const LAST = "\uffff";

/** What every result has that orders it after its day. */
interface Ordered {
  readonly ruleId: string;
  readonly subject: { readonly id: string };
  readonly id: string;
}

/** A total order of results: by a day (undated last), then rule id, subject id and id. */
export interface ResultOrder<T extends Ordered> {
  (a: T, b: T): number;
  /** The day a result is ordered by, as written. */
  readonly dayOf: (result: T) => string | null | undefined;
}

/** Ties on day and rule: by subject id, then id. */
const byIds = (a: Ordered, b: Ordered) => compare(a.subject.id, b.subject.id) || compare(a.id, b.id);

function resultOrder<T extends Ordered>(dayOf: (result: T) => string | null | undefined): ResultOrder<T> {
  const order = (a: T, b: T) => compare(dayOf(a) ?? LAST, dayOf(b) ?? LAST) || compare(a.ruleId, b.ruleId) || byIds(a, b);
  return Object.assign(order, { dayOf });
}

/** Obligations by due date (undated last), then rule id, subject id and id. */
export const byDue: ResultOrder<Obligation> = resultOrder((o) => o.dueBy);

/** Breaches by the day they began, then rule id, subject id and id. */
export const bySince: ResultOrder<Breach> = resultOrder((b) => b.since);

/** Escalations by the day they were raised, then rule id, subject id and id. */
export const byRaised: ResultOrder<Escalation> = resultOrder((e) => e.raisedOn);

/** Results handled between two steps. */
const PER_STEP = 2048;

/** The day of an undated result in its key: after every day a result can have (years up to 9999). */
const UNDATED = 4_000_000;

/**
 * Sorts results into a {@link ResultOrder} a step at a time, as `items.sort(order)` would but
 * with far fewer comparisons: each result's day and rule become one number (the day, times
 * the number of rules, plus the rule's rank), results are bucketed by it in one counting
 * pass, and only the results of one bucket (same day, same rule) are compared by their ids.
 * Every pass over the results yields every few thousand of them.
 *
 * @param items - the results (sorted in place)
 * @param order - their order
 * @returns steps, then the same list, sorted
 */
export function* sortResultsSteps<T extends Ordered>(items: T[], order: ResultOrder<T>): Generator<void, T[]> {
  const keys = yield* keysOf(items, order);
  // The distinct keys in order, then a counting sort of positions by key (stable by position).
  const seen = new Set<number>();
  for (let i = 0; i < keys.length; i++) {
    if (endsStep(i, PER_STEP)) yield;
    seen.add(atIndex(keys, i));
  }
  const distinct = Float64Array.from(seen).sort();
  yield;
  const bucketOf = new Map<number, number>();
  for (let b = 0; b < distinct.length; b++) {
    if (endsStep(b, PER_STEP)) yield;
    bucketOf.set(atIndex(distinct, b), b);
  }
  const buckets = new Int32Array(items.length);
  const starts = new Int32Array(distinct.length + 1);
  for (let i = 0; i < items.length; i++) {
    if (endsStep(i, PER_STEP)) yield;
    const b = atKey(bucketOf, atIndex(keys, i));
    buckets[i] = b;
    starts[b + 1] = atIndex(starts, b + 1) + 1;
  }
  for (let b = 1; b < starts.length; b++) starts[b] = atIndex(starts, b) + atIndex(starts, b - 1);
  const next = starts.slice();
  const positions = new Array<number>(items.length);
  for (let i = 0; i < items.length; i++) {
    if (endsStep(i, PER_STEP)) yield;
    const b = atIndex(buckets, i);
    const slot = atIndex(next, b);
    next[b] = slot + 1;
    positions[slot] = i;
  }
  yield* sortBuckets(positions, starts, (i, j) => byIds(atIndex(items, i), atIndex(items, j)));
  const unsorted = items.slice();
  yield;
  for (let k = 0; k < positions.length; k++) {
    if (endsStep(k, PER_STEP)) yield;
    items[k] = atIndex(unsorted, atIndex(positions, k));
  }
  return items;
}

/** Each result's day and rule as one number, in the order's terms (undated after every day). */
function* keysOf<T extends Ordered>(items: readonly T[], order: ResultOrder<T>): Generator<void, Float64Array> {
  const ruleIdSet = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    if (endsStep(i, PER_STEP)) yield;
    ruleIdSet.add(atIndex(items, i).ruleId);
  }
  const ruleIds = [...ruleIdSet].sort(compare);
  const rank = new Map(ruleIds.map((id, i) => [id, i]));
  const keys = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) {
    if (endsStep(i, PER_STEP)) yield;
    const item = atIndex(items, i);
    const written = order.dayOf(item);
    const day = written === undefined || written === null ? undefined : parseDay(written);
    keys[i] = (day ?? UNDATED) * ruleIds.length + (atKey(rank, item.ruleId));
  }
  return keys;
}

/** Sorts each bucket of positions (between consecutive `starts`) by `compare`, in steps. */
function* sortBuckets(positions: number[], starts: Int32Array, compare: (i: number, j: number) => number): Generator<void, void> {
  let compared = 0;
  for (let b = 0; b + 1 < starts.length; b++) {
    const from = atIndex(starts, b);
    const to = atIndex(starts, b + 1);
    if (to - from < 2) continue;
    const bucket = positions.slice(from, to);
    yield* sortSteps(bucket, compare);
    for (let k = 0; k < bucket.length; k++) positions[from + k] = atIndex(bucket, k);
    compared += bucket.length;
    if (compared > PER_STEP) {
      compared = 0;
      yield;
    }
  }
}

/**
 * {@link sortResultsSteps} run to its end, giving the host a turn whenever a slice of work is spent.
 *
 * @param items - the results (sorted in place)
 * @param order - their order
 * @param slicer - says when to give the host a turn
 * @returns the same list, sorted
 */
export function sortResultsInSlices<T extends Ordered>(items: T[], order: ResultOrder<T>, slicer: Slicer): Promise<T[]> {
  return finishInSlices(sortResultsSteps(items, order), slicer);
}
