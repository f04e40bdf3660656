/**
 * A sheet's merged ranges: found in its part before its rows are read, then blanked in each
 * row but for their top-left cells.
 *
 * @module
 */
import { atIndex } from "../util/at-index";
import type { Cell } from "./cells";
import { columnOf, rowOf } from "./cell-refs";
import { ExportReadError } from "./errors";
import type { Location } from "./location";
import { LIMITS, tooMany } from "./workbook-limits";
import type { WorkbookParts } from "./workbook-parts";

/** A merged range, by its first and last rows and columns. */
export interface Range { r1: number; c1: number; r2: number; c2: number }

/** Rows visited to blank the other cells of merged ranges, past which a sheet is refused. */
const MAX_MERGE_WORK = 50_000_000;

/**
 * Adds the merged ranges whose `<mergeCell` starts in `[from, to)` of the bytes: `<mergeCell`
 * (or `<x:mergeCell`) is always markup, as text in XML writes `<` as `&lt;`.
 */
function scanMerges(bytes: Buffer, from: number, to: number, ranges: Range[], where: Location): void {
  for (let at = bytes.indexOf("mergeCell", from); at >= 0 && at < to; at = bytes.indexOf("mergeCell", at + 9)) {
    let start = at - 1;
    if (bytes[start] === 0x3a) { // a prefix: `<x:mergeCell`
      start--;
      while (start >= 0 && start > at - 64 && /[\w.-]/.test(String.fromCharCode(atIndex(bytes, start)))) start--;
    }
    if (bytes[start] !== 0x3c) continue; // not markup: text holding the word
    const tag = bytes.toString("latin1", at, Math.min(bytes.length, at + 1024));
    const m = /^mergeCell\s[^>]*?\bref\s*=\s*["']([^"']*)["']/.exec(tag);
    if (m === null) continue;
    const [a = "", b = a] = atIndex(m, 1).split(":");
    const c1 = columnOf(a), r1 = rowOf(a), c2 = columnOf(b), r2 = rowOf(b);
    if (c1 !== undefined && r1 !== undefined && c2 !== undefined && r2 !== undefined) {
      ranges.push({ r1: Math.min(r1, r2), r2: Math.max(r1, r2), c1: Math.min(c1, c2), c2: Math.max(c1, c2) });
      tooMany(ranges.length, LIMITS.mergedRanges, "merged ranges", where);
    }
  }
}

/**
 * The merged ranges of a sheet's part, by their first row. `<mergeCells>` follows the rows,
 * so it is found before they are read, by inflating the part once and searching its bytes
 * (keeping a little of each chunk, so that no tag is missed across two).
 *
 * @param parts - the workbook's parts
 * @param part - the sheet's part
 * @param where - the sheet, for errors
 * @returns the ranges, or undefined when the workbook has no such part
 */
export async function mergesOf(parts: WorkbookParts, part: string, where: Location): Promise<Range[] | undefined> {
  const ranges: Range[] = [];
  let pending: Buffer = Buffer.alloc(0);
  let from = 0;
  const found = await parts.stream(part, (chunk) => {
    const b = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    const to = Math.max(from, b.length - 1100);
    scanMerges(b, from, to, ranges, where);
    const keep = Math.max(0, to - 64);
    pending = b.subarray(keep);
    from = to - keep;
  }, where, true);
  if (!found) return undefined;
  scanMerges(pending, from, pending.length, ranges, where);
  return ranges.sort((x, y) => x.r1 - y.r1);
}

/** A row as read: its number and its cells holding a value, by column. */
export interface RowRead {
  /** The row's number. */
  row: number;
  /** The column of each value. */
  cols: number[];
  /** The values. */
  values: Cell[];
}

/** Blanks the cells of merged ranges but their top-left ones, row by row (a sweep over rows in order). */
export class MergeMask {
  private next = 0;
  private active: Range[] = [];
  private lastRow = 0;
  private work = 0;

  /**
   * @param ranges - the sheet's merged ranges, by their first row (see {@link mergesOf})
   * @param where - the sheet, for errors
   */
  constructor(private readonly ranges: readonly Range[], private readonly where: Location) {}

  /**
   * Blanks the row's cells that merged ranges cover but for their top-left ones.
   *
   * @param row - the row, changed in place
   * @throws {@link ExportReadError} when the sheet has too many merged cells to read
   */
  apply(row: RowRead): void {
    if (this.ranges.length === 0) return;
    if (row.row < this.lastRow) { this.next = 0; this.active = []; }
    this.lastRow = row.row;
    while (this.next < this.ranges.length && atIndex(this.ranges, this.next).r1 <= row.row) this.active.push(atIndex(this.ranges, this.next++));
    this.active = this.active.filter((r) => r.r2 >= row.row);
    this.work += this.active.length * (1 + row.cols.length);
    if (this.work > MAX_MERGE_WORK) throw new ExportReadError(this.where, "too many merged cells to read: unmerge them");
    for (const r of this.active) {
      row.cols.forEach((col, i) => {
        if (col >= r.c1 && col <= r.c2 && !(row.row === r.r1 && col === r.c1)) row.values[i] = undefined;
      });
    }
  }
}
