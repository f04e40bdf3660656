/**
 * The worker of {@link evaluateParallel}: evaluates one part of a dataset with the part's
 * rules, and keeps what the part owns.
 *
 * @module
 */
import type { EvaluateOptions } from "../index";
import { finish } from "../model/steps";
import { evaluateOwned, type Ownership } from "./owned-part";
import { joinPieces, packSteps, piecesOf, unpackSteps, type Packed } from "./packed";

/** One job of a parallel evaluation: a part's records, its options (with the part's rules), and what it owns. */
export interface PartTask {
  /** The part's records, serialised by the caller in pieces. */
  dataset: Packed;
  /** The caller's options, with a policy holding only the part's rules. */
  options: EvaluateOptions;
  /** What the part owns. Absent: the part keeps every result and reports no rejection (the service part). */
  owned?: Ownership;
}

/**
 * Evaluates a part.
 *
 * @param task - the part
 * @returns the results and rejections the part owns, in serialised pieces (a `ParallelPart`
 *   once joined), so that the caller reads them back a piece at a time
 */
export default async function evaluateShare(task: PartTask): Promise<Packed> {
  const dataset = joinPieces(finish(unpackSteps(task.dataset))) as Record<string, unknown>;
  return finish(packSteps(piecesOf(await evaluateOwned(dataset, task.options, task.owned))));
}
