import { parseDay } from "../calendar/day";
import type { Breach, Escalation, Obligation } from "../model/evaluation";
import { finishInSlices, type Slicer } from "./host-turns";
import { sortSteps } from "./sort-in-slices";

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

/**
 * Sorts results into a {@link ResultOrder} a step at a time, as `items.sort(order)` would but
 * with far fewer comparisons: each result's day and rule become one number (the day, times
 * the number of rules, plus the rule's rank), results are bucketed by it in one counting
 * pass, and only the results of one bucket (same day, same rule) are compared by their ids.
 *
 * @param items - the results (sorted in place)
 * @param order - their order
 * @returns steps, then the same list, sorted
 */
export function* sortResultsSteps<T extends Ordered>(items: T[], order: ResultOrder<T>): Generator<void, T[]> {
  const keys = yield* keysOf(items, order);
  // The distinct keys in order, then each result's bucket: a counting sort, stable by position.
  const distinct = Float64Array.from(new Set(keys)).sort();
  const bucketOf = new Map<number, number>();
  for (let b = 0; b < distinct.length; b++) bucketOf.set(distinct[b] as number, b);
  const next = new Int32Array(distinct.length + 1);
  const buckets = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    if (i % PER_STEP === PER_STEP - 1) yield;
    const b = bucketOf.get(keys[i] as number) as number;
    buckets[i] = b;
    (next[b + 1] as number)++;
  }
  for (let b = 1; b < next.length; b++) next[b] = (next[b] as number) + (next[b - 1] as number);
  const bounds = next.slice();
  const positions = new Array<number>(items.length);
  for (let i = 0; i < items.length; i++) positions[(next[buckets[i] as number] as number)++] = i;
  yield;
  // Within a bucket (same day, same rule): by subject id, then id.
  const byIdsAt = (i: number, j: number) => byIds(items[i] as T, items[j] as T);
  let compared = 0;
  for (let b = 0; b < distinct.length; b++) {
    const from = bounds[b] as number;
    const to = bounds[b + 1] as number;
    if (to - from < 2) continue;
    const bucket = positions.slice(from, to);
    yield* sortSteps(bucket, byIdsAt);
    for (let k = 0; k < bucket.length; k++) positions[from + k] = bucket[k] as number;
    compared += bucket.length;
    if (compared > PER_STEP) {
      compared = 0;
      yield;
    }
  }
  const unsorted = items.slice();
  for (let k = 0; k < positions.length; k++) items[k] = unsorted[positions[k] as number] as T;
  return items;
}

/** Each result's day and rule as one number, in the order's terms (undated after every day). */
function* keysOf<T extends Ordered>(items: readonly T[], order: ResultOrder<T>): Generator<void, Float64Array> {
  const ruleIds = [...new Set(items.map((r) => r.ruleId))].sort(compare);
  const rank = new Map(ruleIds.map((id, i) => [id, i]));
  const days = new Float64Array(items.length);
  let latest = -Infinity;
  for (let i = 0; i < items.length; i++) {
    if (i % PER_STEP === PER_STEP - 1) yield;
    const written = order.dayOf(items[i] as T);
    const day = written === undefined || written === null ? undefined : parseDay(written);
    days[i] = day ?? Infinity;
    if (day !== undefined && day > latest) latest = day;
  }
  const keys = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const day = days[i] === Infinity ? latest + 1 : (days[i] as number);
    keys[i] = day * ruleIds.length + (rank.get((items[i] as T).ruleId) as number);
  }
  return keys;
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
