/**
 * Puts the parts of an evaluation split by area together again, exactly as `evaluate` gives it.
 *
 * @module
 */
import { createSlicer, type Slicer } from "../engine/slicing/host-turns";
import { byDue, byRaised, bySince, sortResultsInSlices } from "../engine/run/order";
import { COLLECTIONS } from "../model/dataset";
import type { Evaluation } from "../model/evaluation";
import type { CollectionCount } from "../model/parse-dataset";
import type { ParallelPart } from "./owned-part";

/**
 * Merges the parts: each list sorted by the engine's own order (which ends on the unique id,
 * so the order is `evaluate`'s), the rejections by collection then input index, and the
 * counts from the input's lengths and the rejections; no value read forgivingly (the caller
 * merges only parts that read none).
 *
 * @param header - `asOf`, `window` and `policy`, from the options
 * @param parts - what each part owns
 * @param input - the input's collections, for their lengths
 * @param slicer - where the host gets its turns (a fresh one by default)
 * @returns the evaluation
 */
export async function mergeParts(
  header: Pick<Evaluation, "asOf" | "window" | "policy">, parts: readonly ParallelPart[],
  input: Readonly<Record<string, readonly unknown[]>>, slicer: Slicer = createSlicer(undefined),
): Promise<Evaluation> {
  const rejected = parts.flatMap((p) => p.rejected);
  const order = new Map<string, number>(COLLECTIONS.map((c, i) => [c, i]));
  rejected.sort((a, b) => (order.get(a.collection) ?? 0) - (order.get(b.collection) ?? 0) || a.index - b.index);
  const rejectedIn = new Map<string, number>();
  for (const r of rejected) rejectedIn.set(r.collection, (rejectedIn.get(r.collection) ?? 0) + 1);
  const counts: Record<string, CollectionCount> = {};
  for (const c of COLLECTIONS) {
    const received = input[c]?.length ?? 0;
    const out = rejectedIn.get(c) ?? 0;
    counts[c] = { received, evaluated: received - out, rejected: out };
  }
  return {
    asOf: header.asOf,
    window: header.window,
    policy: header.policy,
    obligations: await sortResultsInSlices(parts.flatMap((p) => p.obligations), byDue, slicer),
    breaches: await sortResultsInSlices(parts.flatMap((p) => p.breaches), bySince, slicer),
    escalations: await sortResultsInSlices(parts.flatMap((p) => p.escalations), byRaised, slicer),
    rejected,
    counts,
    coercions: [],
  };
}
