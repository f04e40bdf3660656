/**
 * Runs a computation written as steps (a generator that yields between units of work) to its
 * end, in one go, and gives its value. The engine drains the same steps in slices instead,
 * giving its host turns between them.
 *
 * @param steps - the steps
 * @returns the value the steps return
 * @example
 * const parsed = finish(parseDatasetSteps(input));
 */
export function finish<T>(steps: Iterator<unknown, T>): T {
  let step = steps.next();
  while (step.done !== true) step = steps.next();
  return step.value;
}

/** Items a stepped loop handles between two steps unless it says otherwise: well under a millisecond of work. */
const PER_STEP = 256;

/**
 * Whether a stepped loop (a generator that yields between units of work, drained by
 * `finishInSlices`) yields after this item: once every `per` items. The one way a loop paces
 * its steps.
 *
 * @param count - the item's position in the loop, from 0 (or how many items came before it)
 * @param per - items per step
 * @returns true after every `per`-th item
 * @example
 * for (let i = 0; i < records.length; i++) {
 *   if (endsStep(i)) yield;
 *   read(records[i]);
 * }
 */
export function endsStep(count: number, per: number = PER_STEP): boolean {
  return count % per === per - 1;
}
