/** How long the engine works before it gives the host's event loop a turn, in milliseconds. */
export const SLICE_MS = 10;

/**
 * Gives the event loop a turn (timers, I/O, a UI) and comes back: `setImmediate` where the
 * host has it (Node), a zero timeout elsewhere (browsers).
 *
 * @returns a promise settled on the next turn
 */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof setImmediate === "function") setImmediate(resolve);
    else setTimeout(resolve, 0);
  });
}

/** Cuts a long run into slices (see {@link createSlicer}). */
export interface Slicer {
  /** Whether the current slice is spent, or the run aborted (reads the clock: tens of nanoseconds). */
  due(): boolean;
  /** Yields to the event loop; throws the signal's reason when aborted. */
  turn(): Promise<void>;
}

/**
 * Turns a long synchronous run into slices: `due()` is cheap and says when the slice is
 * spent (at once when the signal is aborted, so a small run stops too); `turn()` then yields to the event loop and stops with the signal's reason once the
 * caller aborted. `performance.now()` measures work, not the calendar.
 *
 * @param signal - stops the run early when aborted
 * @returns the slicer
 */
export function createSlicer(signal?: AbortSignal): Slicer {
  let sliceStart = performance.now();
  return {
    // The clock on every call: reading it every few calls let a run of steps each slowed by
    // a garbage collection go on for a hundred milliseconds between two readings.
    due() {
      if (signal?.aborted === true) return true;
      return performance.now() - sliceStart >= SLICE_MS;
    },
    async turn() {
      signal?.throwIfAborted();
      await nextTurn();
      signal?.throwIfAborted();
      sliceStart = performance.now();
    },
  };
}

/**
 * Runs steps (a generator that yields between units of work) to their end, giving the host a
 * turn whenever the slice is spent: the sliced twin of `finish`.
 *
 * @param steps - the steps
 * @param slicer - says when to give the host a turn
 * @returns the value the steps return
 * @example
 * const parsed = await finishInSlices(parseDatasetSteps(input), slicer);
 */
export async function finishInSlices<T>(steps: Iterator<unknown, T>, slicer: Slicer): Promise<T> {
  let step = steps.next();
  while (step.done !== true) {
    if (slicer.due()) await slicer.turn();
    step = steps.next();
  }
  return step.value;
}

/**
 * Runs a few long steps (each of milliseconds, such as the phases of compiling a policy),
 * giving the host a turn before each one.
 *
 * @param steps - the steps
 * @param slicer - gives the turns (and stops the run once aborted)
 * @returns the value the steps return
 * @example
 * const compiled = await finishWithTurns(compilePolicySteps(policy), slicer);
 */
export async function finishWithTurns<T>(steps: Iterator<unknown, T>, slicer: Slicer): Promise<T> {
  await slicer.turn();
  let step = steps.next();
  while (step.done !== true) {
    await slicer.turn();
    step = steps.next();
  }
  return step.value;
}
