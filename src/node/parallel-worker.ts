/**
 * The worker of {@link evaluateParallel}: evaluates one share of the policy's rules over
 * the whole dataset, which arrives once as shared serialised bytes.
 *
 * @module
 */
import { evaluate } from "../index";
import type { EvaluateOptions, Evaluation } from "../index";
import { finish } from "../model/steps";
import { joinPieces, packSteps, piecesOf, unpackSteps, type Packed } from "./packed";

/** One job of a parallel evaluation. */
export interface ParallelTask {
  /** The input dataset, serialised once by the caller in pieces and shared by every job. */
  dataset: Packed;
  /** The caller's options, with a policy holding only this job's rules. */
  options: EvaluateOptions;
  /** Whether this job reports the dataset's rejections and counts (one job does). */
  withRejected: boolean;
}

/** What a job sends back: its results, and the rejections and counts when asked. */
export type ParallelPart = Pick<Evaluation, "obligations" | "breaches" | "escalations">
  & Partial<Pick<Evaluation, "rejected" | "counts" | "coercions">>;

/**
 * Evaluates the task's rules over the task's dataset.
 *
 * @param task - the shared dataset, the options and whether to report rejections
 * @returns the job's obligations, breaches and escalations (and rejections and counts), in
 *   serialised pieces (a {@link ParallelPart} once joined), so that the caller reads them back
 *   a piece at a time
 */
export default async function evaluateShare(task: ParallelTask): Promise<Packed> {
  const result = await evaluate(joinPieces(finish(unpackSteps(task.dataset))), task.options);
  const { obligations, breaches, escalations, rejected, counts, coercions } = result;
  const part: ParallelPart = task.withRejected ? { obligations, breaches, escalations, rejected, counts, coercions } : { obligations, breaches, escalations };
  return finish(packSteps(piecesOf(part)));
}
