/**
 * A raw dataset's records as the scorecard reads them: loosely, leaving out those the
 * evaluation rejected.
 *
 * @module
 */
import type { Evaluation } from "../model/evaluation";
import { endsStep } from "../model/steps";

/** A record of a raw dataset collection, read loosely. */
export type Loose = Record<string, unknown>;

const isLoose = (r: unknown): r is Loose => r !== null && typeof r === "object";

/** Records read between two steps of {@link accepted}. */
const ACCEPTED_PER_STEP = 2048;

/**
 * A collection's records, without the ones the evaluation rejected, a step at a time.
 *
 * @param dataset - the dataset evaluated (any value)
 * @param evaluation - its evaluation
 * @param collection - the collection's name
 * @returns the records, none when the dataset has no such collection
 */
export function* accepted(dataset: unknown, evaluation: Evaluation, collection: string): Generator<void, Loose[]> {
  const list: unknown = dataset !== null && typeof dataset === "object" ? (dataset as Record<string, unknown>)[collection] : undefined;
  if (!Array.isArray(list)) return [];
  const rejected = new Set(evaluation.rejected.filter((r) => r.collection === collection).map((r) => r.index));
  const out: Loose[] = [];
  for (let i = 0; i < list.length; i++) {
    if (endsStep(i, ACCEPTED_PER_STEP)) yield;
    const r: unknown = list[i];
    if (!rejected.has(i) && isLoose(r)) out.push(r);
  }
  return out;
}

/**
 * A loose record's field, when it is text.
 *
 * @param v - the field's value
 * @returns the text, or undefined for anything else
 */
export const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
