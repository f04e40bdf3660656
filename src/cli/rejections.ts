import type { CollectionCount } from "../model/parse-dataset";
import type { ExportRejection } from "../node/export-types";
import { formatLocation } from "../node/location";
import { rejectionLines } from "../node/messages";
import { rejectionCauseLine, summariseRejections } from "../report/rejection-causes";
import { incompleteWarning, lossText, percent, rejectionLosses } from "../report/rejection-losses";
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

/** How a command reports its rejections. */
export interface RejectionReport {
  /** `--verbose`: every line as well; undefined for a command without the option. */
  verbose?: boolean;
  /** The evaluation's counts per collection: with them, a warning when a collection lost more than 5%. */
  counts?: Readonly<Record<string, CollectionCount>>;
  /** Writes the line of what was evaluated, between the causes and the warning. */
  counted?: () => void;
}

/**
 * Says on stderr which records were rejected: each root cause once, with its count, a few
 * records and where the first is (every record's every problem with `--verbose`), then,
 * after the line of what was evaluated, a warning when rejection cost any collection more
 * than 5% of its records.
 *
 * @param rejected - the export's rejections, located
 * @param input - the records as read, to name the value meant for a misspelt one
 * @param io - where to write
 * @param how - `--verbose`, the counts, the line of what was evaluated
 */
export function reportRejections(rejected: readonly ExportRejection[], input: unknown, io: CliIo, how: RejectionReport = {}): void {
  if (how.verbose === true) for (const line of rejectionLines(rejected)) io.stderr(`${line}\n`);
  const causes = summariseRejections(rejected, input);
  if (causes.length > 0) {
    const hint = how.verbose === undefined ? " (evaluate --verbose lists every record)" : how.verbose ? "" : " (--verbose lists every record)";
    io.stderr(`rejected ${rejected.length} record${rejected.length === 1 ? "" : "s"}, by cause${hint}:\n`);
    for (const cause of causes.slice(0, CAUSES_SHOWN)) {
      const where = cause.first.where === undefined ? undefined : formatLocation(cause.first.where);
      io.stderr(`  ${rejectionCauseLine(cause, where)}\n`);
    }
    if (causes.length > CAUSES_SHOWN) io.stderr(`  … and ${causes.length - CAUSES_SHOWN} more causes\n`);
  }
  how.counted?.();
  const warning = how.counts === undefined ? undefined : incompleteWarning(how.counts);
  if (warning !== undefined) io.stderr(`${warning}\n`);
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
