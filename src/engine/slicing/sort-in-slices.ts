import { endsStep } from "../../model/steps";

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
      const a = runs[r] as T[];
      const b = runs[r + 1];
      if (!b) {
        next.push(a);
        continue;
      }
      const merged: T[] = [];
      let i = 0;
      let j = 0;
      while (i < a.length || j < b.length) {
        if (j >= b.length || (i < a.length && compare(a[i] as T, b[j] as T) <= 0)) merged.push(a[i++] as T);
        else merged.push(b[j++] as T);
        if (endsStep(merged.length)) yield;
      }
      next.push(merged);
    }
    runs = next;
  }
  const sorted = runs[0] as T[];
  for (let k = 0; k < sorted.length; k++) items[k] = sorted[k] as T;
  return items;
}
