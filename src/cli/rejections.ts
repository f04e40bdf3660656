import type { CollectionCount } from "../model/parse-dataset";
import type { LoadedExport } from "../node/export-types";
import { formatLocation } from "../node/location";
import { rejectionLines } from "../node/messages";
import { rejectionCauseLine, summariseRejections } from "../report/rejection-causes";
import { lossText, lossWarning, percent, rejectionLosses } from "../report/rejection-losses";
import { CommandFailure, UsageError } from "./errors";
import type { CliIo } from "./io";

/** `--max-rejected`: at most this many records rejected in all, or at most this share of any one collection's. */
export type MaxRejected = { records: number } | { share: number };

/** Causes listed on stderr before the rest are counted. */
const CAUSES_SHOWN = 20;

/**
 * Reads `--max-rejected <n|n%>`: a whole number of records, or a percentage of a collection's records.
 *
 * @param value - the option's text
 * @returns the limit, or undefined when not given
 * @throws UsageError for anything else
 */
export function maxRejectedOption(value: string | undefined): MaxRejected | undefined {
  if (value === undefined) return undefined;
  const count = /^\d+$/.exec(value);
  if (count !== null) return { records: Number(value) };
  const share = /^(\d+(?:\.\d+)?)%$/.exec(value)?.[1];
  if (share !== undefined && Number(share) <= 100) return { share: Number(share) / 100 };
  throw new UsageError("--max-rejected must be a whole number of records (e.g. 100) or a percentage of a collection's records from 0% to 100% (e.g. 5%)");
}

/**
 * Says on stderr which records were rejected: each root cause once, with its count and a few
 * records (every record's every problem with `--verbose`), then, after the line of results
 * `counted` writes, a warning when rejection cost any collection more than 5% of its records.
 *
 * @param loaded - the export, with its rejections located
 * @param counts - the evaluation's counts per collection
 * @param verbose - `--verbose`: every line as well
 * @param io - where to write
 * @param counted - writes the line of what was evaluated
 */
export function reportRejections(
  loaded: LoadedExport, counts: Readonly<Record<string, CollectionCount>>, verbose: boolean, io: CliIo, counted: () => void,
): void {
  if (verbose) for (const line of rejectionLines(loaded.rejected)) io.stderr(`${line}\n`);
  const causes = summariseRejections(loaded.rejected, loaded.dataset);
  if (causes.length > 0) {
    const records = loaded.rejected.length;
    io.stderr(`rejected ${records} record${records === 1 ? "" : "s"}, by cause${verbose ? "" : " (--verbose lists every record)"}:\n`);
    for (const cause of causes.slice(0, CAUSES_SHOWN)) {
      const where = cause.first.where === undefined ? undefined : formatLocation(cause.first.where);
      io.stderr(`  ${rejectionCauseLine(cause, where)}\n`);
    }
    if (causes.length > CAUSES_SHOWN) io.stderr(`  … and ${causes.length - CAUSES_SHOWN} more causes\n`);
  }
  counted();
  const losses = rejectionLosses(counts);
  if (losses.length > 0) io.stderr(`${lossWarning(losses)}\n`);
}

/**
 * Fails the run when more records were rejected than `--max-rejected` allows.
 *
 * @param limit - the limit, if given
 * @param counts - the evaluation's counts per collection
 * @param rejected - how many records were rejected in all
 * @throws CommandFailure (exit 2) naming what went over
 */
export function checkMaxRejected(limit: MaxRejected | undefined, counts: Readonly<Record<string, CollectionCount>>, rejected: number): void {
  if (limit === undefined) return;
  if ("records" in limit) {
    if (rejected > limit.records) throw new CommandFailure(`${rejected} records rejected, more than --max-rejected ${limit.records} allows`, 2);
    return;
  }
  const over = rejectionLosses(counts, limit.share);
  if (over.length > 0) {
    throw new CommandFailure(`${lossText(over)}, more than --max-rejected ${percent(limit.share)} allows`, 2);
  }
}
