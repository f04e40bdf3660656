import { atIndex } from "../util/at-index";
/**
 * The closest of `candidates` to `word`, for a "did you mean" hint, or undefined when none is
 * close. Case, spaces, dashes and underscores are ignored; two letters swapped count as one
 * edit; the distance allowed grows with the word's length (1 edit up to 4 characters, 2 up to
 * 8, then 3).
 *
 * @param word - what the user wrote (a collection, an option, a column)
 * @param candidates - the names that exist
 * @returns the nearest candidate, or undefined
 * @example
 * didYouMean("staf", ["staff", "teams"]); // "staff"
 * didYouMean("Staff", ["staff", "teams"]); // "staff"
 * didYouMean("zzz", ["staff", "teams"]); // undefined
 */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const target = fold(word);
  const limit = target.length <= 4 ? 1 : target.length <= 8 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(target, fold(candidate), bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function fold(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, "");
}

/**
 * Edit distance with two neighbours swapped counting as one edit (`form` is one edit from
 * `from`), giving up (returning `cap`) once every path costs `cap` or more.
 */
function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let older: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(atIndex(previous, j) + 1, atIndex(current, j - 1) + 1, atIndex(previous, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, atIndex(older, j - 2) + 1);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin >= cap) return cap;
    older = previous;
    previous = current;
  }
  return Math.min(atIndex(previous, b.length), cap);
}
