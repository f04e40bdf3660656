import type { CollectionCount } from "../model/parse-dataset";

/**
 * The share of a collection's records that rejection may cost before the CLI and the text
 * summary warn that the results are incomplete: 5%. Beyond it, counts of breaches describe
 * a different service from the one exported.
 */
export const WARN_REJECTED_SHARE = 0.05;

/** A collection that lost more of its records to rejection than a share allows. */
export interface CollectionLoss {
  collection: string;
  received: number;
  rejected: number;
  /** `rejected / received`. */
  share: number;
}

/**
 * The collections that lost more than a share of their records to rejection, in the order
 * of `counts`.
 *
 * @param counts - the evaluation's (or the parse's) counts per collection
 * @param share - the share allowed, from 0 to 1; default {@link WARN_REJECTED_SHARE}
 * @returns the collections over it
 * @example
 * rejectionLosses(evaluation.counts); // [{ collection: "staff", received: 187, rejected: 187, share: 1 }]
 */
export function rejectionLosses(counts: Readonly<Record<string, CollectionCount>>, share = WARN_REJECTED_SHARE): CollectionLoss[] {
  const losses: CollectionLoss[] = [];
  for (const [collection, c] of Object.entries(counts)) {
    if (c.received > 0 && c.rejected / c.received > share) losses.push({ collection, received: c.received, rejected: c.rejected, share: c.rejected / c.received });
  }
  return losses;
}

/**
 * What rejection cost, in words: `rejection cost staff 187 of 187 records (100%), teams 2 of 20 records (10%)`.
 *
 * @param losses - what {@link rejectionLosses} found; not empty
 * @returns the words
 */
export function lossText(losses: readonly CollectionLoss[]): string {
  return `rejection cost ${losses.map((l) => `${l.collection} ${l.rejected} of ${l.received} records (${percent(l.share)})`).join(", ")}`;
}

/**
 * A warning for collections that lost too many records, to stand next to any count of
 * results: `WARNING: rejection cost staff 187 of 187 records (100%): these results are incomplete`.
 *
 * @param losses - what {@link rejectionLosses} found; not empty
 * @returns the line, without a line end
 */
export function lossWarning(losses: readonly CollectionLoss[]): string {
  return `WARNING: ${lossText(losses)}: these results are incomplete`;
}

/**
 * The warning for an evaluation's counts, when rejection cost any collection more than
 * {@link WARN_REJECTED_SHARE} of its records: what every summary prints next to its count of breaches.
 *
 * @param counts - the evaluation's counts per collection
 * @returns the line (without a line end), or undefined when no collection lost that much
 */
export function incompleteWarning(counts: Readonly<Record<string, CollectionCount>>): string | undefined {
  const losses = rejectionLosses(counts);
  return losses.length === 0 ? undefined : lossWarning(losses);
}

/**
 * A share as a percentage, to one decimal place at most: `100%`, `5.3%`.
 *
 * @param share - from 0 to 1
 * @returns the percentage
 */
export function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}
