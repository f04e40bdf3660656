/**
 * The cooperative work loop of the report builders: each builder is written once as steps (a
 * generator that yields between small units of work), run to its end by `finish` for the
 * synchronous form and by {@link runInSlices} for the `…Async` form, which gives the host's
 * event loop a turn whenever about ten milliseconds of work have passed.
 *
 * @module
 */
import { createSlicer, finishInSlices } from "../engine/slicing/host-turns";
import { endsStep } from "../model/steps";
import { atIndex } from "./at-index";

/** Options of every `…Async` form of a report builder. */
export interface SlicedOptions {
  /** Stops the work early: the promise rejects with the signal's reason at its next turn. */
  signal?: AbortSignal;
}

/**
 * Runs steps to their end, giving the host's event loop a turn every few milliseconds of work:
 * the asynchronous way to run a builder whose synchronous form runs the same steps with `finish`.
 * With a signal already aborted it rejects with the signal's reason before any work.
 *
 * @param steps - the steps
 * @param options - `signal`, to stop early
 * @returns the value the steps return
 * @example
 * const text = await runInSlices(markdownSummarySteps(result, dataset), { signal });
 */
export async function runInSlices<T>(steps: Iterator<unknown, T>, options: SlicedOptions = {}): Promise<T> {
  // An aborted signal stops even work too small to reach a turn.
  options.signal?.throwIfAborted();
  return finishInSlices(steps, createSlicer(options.signal));
}

/** Items handled between two steps of the loops below: well under a millisecond of work. */
const PER_STEP = 256;

/**
 * Maps a list a step at a time.
 *
 * @param items - the list
 * @param map - what each item becomes
 * @param per - items per step
 * @returns steps, then the mapped list, in order
 */
export function* mapSteps<T, U>(items: readonly T[], map: (item: T, index: number) => U, per = PER_STEP): Generator<void, U[]> {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) {
    if (endsStep(i, per)) yield;
    out.push(map(atIndex(items, i), i));
  }
  return out;
}

/**
 * Visits each item of a list a step at a time.
 *
 * @param items - the list
 * @param visit - called with each item, in order
 * @param per - items per step
 * @returns steps
 */
export function* eachStep<T>(items: readonly T[], visit: (item: T, index: number) => void, per = PER_STEP): Generator<void, void> {
  for (let i = 0; i < items.length; i++) {
    if (endsStep(i, per)) yield;
    visit(atIndex(items, i), i);
  }
}

/**
 * Keeps the items of a list that pass a test, a step at a time.
 *
 * @param items - the list
 * @param keep - the test
 * @returns steps, then the items kept, in order
 */
export function* filterSteps<T>(items: readonly T[], keep: (item: T) => boolean): Generator<void, T[]> {
  const out: T[] = [];
  yield* eachStep(items, (item) => {
    if (keep(item)) out.push(item);
  });
  return out;
}

/** Pieces joined in one go before the next step. */
const JOIN_RUN = 1024;

/**
 * `pieces.join(separator)`, a step at a time: runs of a thousand pieces are joined, and the
 * runs put end to end (no copy of the text so far).
 *
 * @param pieces - the pieces
 * @param separator - put between two pieces
 * @returns steps, then the joined text
 */
export function* joinSteps(pieces: readonly string[], separator: string): Generator<void, string> {
  let out = "";
  for (let i = 0; i < pieces.length; i += JOIN_RUN) {
    if (i > 0) yield;
    const run = pieces.slice(i, i + JOIN_RUN).join(separator);
    out = i === 0 ? run : out + separator + run;
  }
  return out;
}
