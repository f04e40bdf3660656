import { endsStep } from "../../model/steps";
import { atIndex } from "../../util/at-index";

/** Items sorted in one go before the next step: a few milliseconds of work. */
const RUN = 4096;

/**
 * Sorts a list as `Array.prototype.sort` would with a total order, a step at a time: runs of
 * a few thousand items are sorted, then merged pairwise, yielding after each run and every
 * few hundred merged items. With a total order (every comparator of the engine ends with the
 * id) the result is the one a single sort gives.
 *
 * @param items - the list (sorted in place)
 * @param compare - a total order
 * @returns steps, then the same list, sorted
 * @example
 * for (const list of groups.values()) yield* sortSteps(list, byDay);
 */
export function* sortSteps<T>(items: T[], compare: (a: T, b: T) => number): Generator<void, T[]> {
  if (items.length <= RUN) return items.sort(compare);
  let runs: T[][] = [];
  for (let i = 0; i < items.length; i += RUN) {
    runs.push(items.slice(i, i + RUN).sort(compare));
    yield;
  }
  while (runs.length > 1) {
    const next: T[][] = [];
    for (let r = 0; r < runs.length; r += 2) {
      const a = atIndex(runs, r);
      const b = runs[r + 1];
      if (!b) {
        next.push(a);
        continue;
      }
      const merged: T[] = [];
      let i = 0;
      let j = 0;
      while (i < a.length || j < b.length) {
        if (j >= b.length || (i < a.length && compare(atIndex(a, i), atIndex(b, j)) <= 0)) merged.push(atIndex(a, i++));
        else merged.push(atIndex(b, j++));
        if (endsStep(merged.length)) yield;
      }
      next.push(merged);
    }
    runs = next;
  }
  const sorted = atIndex(runs, 0);
  for (let k = 0; k < sorted.length; k++) items[k] = atIndex(sorted, k);
  return items;
}
