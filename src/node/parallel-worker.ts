/**
 * The worker of {@link evaluateParallel}: evaluates one share of the policy's rules over
 * the whole dataset, which arrives once as shared serialised bytes.
 *
 * @module
 */
import { deserialize } from "node:v8";
import { evaluate } from "../index";
import type { EvaluateOptions, Evaluation } from "../index";

/** One job of a parallel evaluation. */
export interface ParallelTask {
  /** The input dataset, `v8.serialize`d once by the caller and shared by every job. */
  dataset: SharedArrayBuffer;
  /** The caller's options, with a policy holding only this job's rules. */
  options: EvaluateOptions;
  /** Whether this job reports the dataset's rejections and counts (one job does). */
  withRejected: boolean;
}

/** What a job sends back: its results, and the rejections and counts when asked. */
export type ParallelPart = Pick<Evaluation, "obligations" | "breaches" | "escalations">
  & Partial<Pick<Evaluation, "rejected" | "counts">>;

/**
 * Evaluates the task's rules over the task's dataset.
 *
 * @param task - the shared dataset, the options and whether to report rejections
 * @returns the job's obligations, breaches and escalations (and rejections and counts)
 */
export default async function evaluateShare(task: ParallelTask): Promise<ParallelPart> {
  const result = await evaluate(deserialize(new Uint8Array(task.dataset)), task.options);
  const { obligations, breaches, escalations, rejected, counts } = result;
  return task.withRejected ? { obligations, breaches, escalations, rejected, counts } : { obligations, breaches, escalations };
}
