/**
 * The demo generator's day helpers, on the library's own calendar (integer days since
 * 1970-01-01, no `Date` read in local time, so the output never depends on the machine).
 */
import { dayParts, formatDay, isoWeekday, type Day } from "../calendar/day";

const isoCache = new Map<Day, string>();

/**
 * `formatDay`, memoised: the generator formats the same few thousand days millions of times.
 *
 * @param day - the day
 * @returns the ISO calendar date
 * @example
 * isoOf(toDay("2026-03-31")); // "2026-03-31"
 */
export function isoOf(day: Day): string {
  let s = isoCache.get(day);
  if (s === undefined) isoCache.set(day, (s = formatDay(day)));
  return s;
}

/**
 * The Monday of a day's week (the day itself on a Monday).
 *
 * @param day - any day
 * @returns that week's Monday
 * @example
 * isoOf(mondayOf(toDay("2025-03-06"))); // "2025-03-03"
 */
export function mondayOf(day: Day): Day {
  return day - (isoWeekday(day) - 1);
}

/**
 * Moves a day forward to the next Monday-to-Friday day (unchanged if already one).
 *
 * @param day - any day
 * @returns the same day or the following Monday
 * @example
 * isoOf(nextWeekday(toDay("2025-03-01"))); // "2025-03-03"
 */
export function nextWeekday(day: Day): Day {
  const w = isoWeekday(day);
  return w === 6 ? day + 2 : w === 7 ? day + 1 : day;
}

/**
 * Whole calendar months from the month of `a` to the month of `b` (days ignored).
 *
 * @param a - the earlier day
 * @param b - the later day
 * @returns the month difference, e.g. 11 from 1 April to the next 31 March
 * @example
 * monthsBetween(toDay("2025-04-01"), toDay("2026-03-31")); // 11
 */
export function monthsBetween(a: Day, b: Day): number {
  const pa = dayParts(a);
  const pb = dayParts(b);
  return pb.year * 12 + pb.month - (pa.year * 12 + pa.month);
}

/**
 * The first Monday on or after a day.
 *
 * @param day - any day
 * @returns the day itself on a Monday, else the next Monday
 * @example
 * isoOf(mondayOnOrAfter(toDay("2025-03-04"))); // "2025-03-10"
 */
export function mondayOnOrAfter(day: Day): Day {
  const w = isoWeekday(day);
  return w === 1 ? day : day + 8 - w;
}
