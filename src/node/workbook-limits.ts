/**
 * The most of each thing a workbook may hold before it is refused as one Excel never writes.
 *
 * @module
 */
import { ExportReadError } from "./errors";
import type { Location } from "./location";

/** The last column of a sheet (`XFD`). */
export const MAX_COLUMN = 16_384;
/** The last row of a sheet. */
export const MAX_ROW = 1_048_576;
/**
 * The most of each thing a workbook may hold, far above what Excel writes (64,000 cell
 * formats; a sheet of 1,048,576 rows and 16,384 columns): past them a hostile part would
 * exhaust memory within the inflate budget, so it is refused.
 */
export const LIMITS = { sharedStrings: 16_777_216, styles: 1_000_000, sheets: 10_000, relationships: 100_000, mergedRanges: 1_000_000 };

/**
 * Refuses a part that holds too many of something.
 *
 * @param count - how many the part holds so far
 * @param limit - the most it may hold
 * @param what - what is counted, for the message
 * @param where - the part's location
 * @throws {@link ExportReadError} when `count` is over `limit`
 */
export function tooMany(count: number, limit: number, what: string, where: Location): void {
  if (count > limit) throw new ExportReadError(where, `more than ${limit.toLocaleString("en-GB")} ${what}: not a workbook Excel writes`);
}
