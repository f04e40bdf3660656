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
