import { endsStep } from "./steps";
import { atIndex } from "../util/at-index";

/**
 * A collection's records grouped by the record a reference field refers to (a case's
 * surveys): group `g`'s records are `positions[first[g]]` up to `positions[first[g + 1]]`,
 * in record order. Two typed arrays, whatever the number of groups: no list or map per group.
 */
export interface GroupedPositions {
  /** Where each group starts in `positions`, by the position referred to; one more than the groups, the last the end. */
  readonly first: Int32Array;
  /** The records' positions, group after group. */
  readonly positions: Int32Array;
}

/** Records read between two steps. */
const PER_STEP = 1024;

/**
 * Groups a collection's records by a reference column, a step at a time, keeping those a
 * test passes; a record whose reference names nobody is in no group.
 *
 * @param refs - the collection's reference column (positions referred to, negative for none)
 * @param groups - how many records the reference may refer to
 * @param keep - whether the record at a position counts
 * @returns steps, then the groups
 * @example
 * const surveysOf = yield* groupPositionsSteps(index.refs.surveys["caseId"], cases.length, () => true);
 */
export function* groupPositionsSteps(
  refs: Int32Array | undefined, groups: number, keep: (at: number) => boolean,
): Generator<void, GroupedPositions> {
  const to = refs ?? new Int32Array(0);
  // Counting, then placing: typed arrays sized once, in two indexed passes.
  const first = new Int32Array(groups + 1);
  const kept = new Uint8Array(to.length);
  let total = 0;
  for (let i = 0; i < to.length; i++) {
    if (endsStep(i, PER_STEP)) yield;
    const group = atIndex(to, i);
    if (group < 0 || group >= groups || !keep(i)) continue;
    kept[i] = 1;
    first[group + 1] = atIndex(first, group + 1) + 1;
    total++;
  }
  for (let g = 0; g < groups; g++) first[g + 1] = atIndex(first, g + 1) + atIndex(first, g);
  const positions = new Int32Array(total);
  const next = first.slice(0, groups);
  for (let i = 0; i < to.length; i++) {
    if (endsStep(i, PER_STEP)) yield;
    if (kept[i] === 0) continue;
    const group = atIndex(to, i);
    const slot = atIndex(next, group);
    positions[slot] = i;
    next[group] = slot + 1;
  }
  return { first, positions };
}
