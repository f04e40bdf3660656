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

/** The most keys a counting sort may count, for `n` results: past it, a wide spread of days, results are compared instead. */
const maxKeys = (n: number) => 4 * n + (1 << 20);

/**
 * Sorts results into a {@link ResultOrder} a step at a time, as `items.sort(order)` would but
 * with far fewer comparisons: each result's day and rule become one small whole number (days
 * from the first day, times the number of rules, plus the rule's rank), a counting sort by it
 * puts the results in order of day and rule, and only the results of one key (same day, same
 * rule) are compared by their ids, when they are not already in order. Every pass over the
 * results yields every few thousand of them.
 *
 * @param items - the results (sorted in place)
 * @param order - their order
 * @returns steps, then the same list, sorted
 */
export function* sortResultsSteps<T extends Ordered>(items: T[], order: ResultOrder<T>): Generator<void, T[]> {
  const keyed = yield* keysOf(items, order);
  if (keyed === undefined) return yield* sortSteps(items, order);
  const { keys, count } = keyed;
  // A counting sort, stable by position: where each key's results start, then each result in its place.
  const starts = new Int32Array(count + 1);
  for (let i = 0; i < keys.length; i++) {
    if (endsStep(i, PER_STEP)) yield;
    const key = atIndex(keys, i);
    starts[key + 1] = atIndex(starts, key + 1) + 1;
  }
  for (let k = 1; k < starts.length; k++) {
    if (endsStep(k, PER_STEP)) yield;
    starts[k] = atIndex(starts, k) + atIndex(starts, k - 1);
  }
  const sorted = new Array<T>(items.length);
  const sortedKeys = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    if (endsStep(i, PER_STEP)) yield;
    const key = atIndex(keys, i);
    const slot = atIndex(starts, key);
    starts[key] = slot + 1;
    sorted[slot] = atIndex(items, i);
    sortedKeys[slot] = key;
  }
  yield* sortTies(sorted, sortedKeys);
  for (let k = 0; k < sorted.length; k++) {
    if (endsStep(k, PER_STEP)) yield;
    items[k] = atIndex(sorted, k);
  }
  return items;
}

/**
 * Each result's day and rule as one whole number in `[0, count)`, in the order's terms
 * (undated after every day); undefined when the days are spread too wide to count.
 */
function* keysOf<T extends Ordered>(items: readonly T[], order: ResultOrder<T>): Generator<void, { keys: Int32Array; count: number } | undefined> {
  // Each rule in the order first met, and each result's rule by that number (results come rule by rule: the last one is kept at hand).
  const met = new Map<string, number>();
  const ruleOf = new Int32Array(items.length);
  let lastRule: string | undefined;
  let lastMet = 0;
  // The day of each result (NaN: undated), and the first and last of them.
  const days = new Float64Array(items.length);
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < items.length; i++) {
    if (endsStep(i, PER_STEP)) yield;
    const item = atIndex(items, i);
    if (item.ruleId !== lastRule) {
      lastRule = item.ruleId;
      lastMet = met.get(lastRule) ?? met.size;
      if (lastMet === met.size) met.set(lastRule, lastMet);
    }
    ruleOf[i] = lastMet;
    const written = order.dayOf(item);
    const day = written === undefined || written === null ? undefined : parseDay(written);
    days[i] = day ?? NaN;
    if (day !== undefined && day < first) first = day;
    if (day !== undefined && day > last) last = day;
  }
  if (first > last) first = last = 0;
  const undated = last - first + 1;
  const rules = met.size;
  const count = (undated + 1) * rules;
  if (count > maxKeys(items.length)) return undefined;
  // Each rule's rank in the order of rule ids, by the number it was met as.
  const rank = new Int32Array(rules);
  [...met.keys()].sort(compare).forEach((id, r) => (rank[atKey(met, id)] = r));
  const keys = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    if (endsStep(i, PER_STEP)) yield;
    const day = atIndex(days, i);
    keys[i] = (Number.isNaN(day) ? undated : day - first) * rules + atIndex(rank, atIndex(ruleOf, i));
  }
  return { keys, count };
}

/** Sorts each run of results with one key (same day, same rule) by their ids, in steps; a run already in order is left as it is. */
function* sortTies<T extends Ordered>(sorted: T[], keys: Int32Array): Generator<void, void> {
  let seen = 0;
  for (let from = 0; from < sorted.length;) {
    const key = atIndex(keys, from);
    let to = from + 1;
    while (to < sorted.length && atIndex(keys, to) === key) to++;
    if (!inOrder(sorted, from, to)) {
      const run = sorted.slice(from, to);
      yield* sortSteps(run, byIds);
      for (let k = 0; k < run.length; k++) sorted[from + k] = atIndex(run, k);
    }
    seen += to - from;
    if (seen > PER_STEP) {
      seen = 0;
      yield;
    }
    from = to;
  }
}

/** Whether `sorted[from..to)` is already in the order of {@link byIds}. */
function inOrder(sorted: readonly Ordered[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (byIds(atIndex(sorted, k - 1), atIndex(sorted, k)) > 0) return false;
  return true;
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
