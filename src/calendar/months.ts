/**
 * Calendar-month arithmetic on {@link Day}s.
 *
 * @module
 */

import type { Day } from "./day";
import { dayParts, daysInMonth, makeDay } from "./day";

/**
 * The day `n` calendar months after `d`, clamped to the end of the target month
 * ("within N months of D": D plus N months; 31 January plus one month is the last day
 * of February).
 *
 * @param d - The day to start from.
 * @param n - The number of months to add (an integer, may be negative or zero).
 * @returns The same day of the month `n` months on, or that month's last day if it is
 *   shorter.
 * @throws RangeError if `n` is not an integer.
 * @example
 * formatDay(addMonths(toDay("2024-01-31"), 1)); // "2024-02-29"
 * formatDay(addMonths(toDay("2025-01-31"), 1)); // "2025-02-28"
 * formatDay(addMonths(toDay("2024-03-31"), -1)); // "2024-02-29"
 */
export function addMonths(d: Day, n: number): Day {
  if (!Number.isInteger(n)) throw new RangeError("addMonths: the number of months must be an integer.");
  const { year, month, day } = dayParts(d);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return makeDay(y, m, Math.min(day, daysInMonth(y, m)));
}
