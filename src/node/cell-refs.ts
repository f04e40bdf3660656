/**
 * Cell references (`B7`, `$XFD$3`): their column and row numbers.
 *
 * @module
 */
import { atIndex } from "../util/at-index";
import { MAX_COLUMN, MAX_ROW } from "./workbook-limits";

/**
 * A column's number from a cell reference (`XFD3` → 16384), or undefined when it is none.
 *
 * @param ref - the reference
 * @returns the 1-based column
 */
export function columnOf(ref: string): number | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (m === null) return undefined;
  let n = 0;
  for (const ch of atIndex(m, 1).toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n <= MAX_COLUMN ? n : undefined;
}

/**
 * A row's number from a cell reference (`XFD3` → 3), or undefined when it is none.
 *
 * @param ref - the reference
 * @returns the 1-based row
 */
export function rowOf(ref: string): number | undefined {
  const m = /^\$?[A-Za-z]{1,3}\$?(\d+)$/.exec(ref);
  const n = m === null ? NaN : Number(m[1]);
  return n >= 1 && n <= MAX_ROW ? n : undefined;
}
