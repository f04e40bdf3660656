/**
 * Working days: Monday to Friday, not a bank holiday in England and Wales, not one of a
 * council's own closure days.
 *
 * @module
 */

import type { Day } from "./day";
import { dayParts, isoWeekday, makeDay } from "./day";
import { isBankHoliday } from "./bank-holidays";
import { atIndex } from "../util/at-index";

/**
 * A calendar of working days. Obtain one with {@link createWorkingCalendar}.
 *
 * @example
 * const cal = createWorkingCalendar();
 * formatDay(cal.addWorkingDays(toDay("2022-09-14"), 5)); // "2022-09-22"
 */
export interface WorkingCalendar {
  /**
   * Whether a day is a working day.
   *
   * @param d - The day.
   * @returns `true` on a Monday to Friday that is neither a bank holiday nor a closure day.
   * @example
   * cal.isWorkingDay(toDay("2022-09-19")); // false (State Funeral)
   */
  isWorkingDay(d: Day): boolean;
  /**
   * The `n`th working day after `d`, `d` itself not counted ("within n working days of
   * d" is due on this day). `n = 0` returns `d` itself, working day or not; a negative
   * `n` gives the `|n|`th working day before `d`.
   *
   * @param d - The day to count from.
   * @param n - How many working days (an integer).
   * @returns The due day.
   * @example
   * formatDay(cal.addWorkingDays(toDay("2024-12-19"), 5)); // "2024-12-30"
   */
  addWorkingDays(d: Day, n: number): Day;
  /**
   * The number of working days from `from` to `to`, both inclusive (0 if `to < from`).
   *
   * @param from - The first day.
   * @param to - The last day.
   * @returns The count.
   * @example
   * cal.workingDaysIn(toDay("2025-01-06"), toDay("2025-01-12")); // 5
   */
  workingDaysIn(from: Day, to: Day): number;
  /**
   * The first working day from `from` to `to`, both inclusive.
   *
   * @param from - The first day.
   * @param to - The last day.
   * @returns The earliest working day in the range, or `undefined` if there is none.
   * @example
   * cal.firstWorkingDayIn(toDay("2022-12-24"), toDay("2022-12-31")); // toDay("2022-12-28")
   */
  firstWorkingDayIn(from: Day, to: Day): Day | undefined;
}

/** Precomputed facts of one calendar year. */
interface YearData {
  /** The year's first day. */
  start: Day;
  /** The year's last day. */
  end: Day;
  /** `prefix[i]`: working days in `[start, start + i)`; length = days in year + 1. */
  prefix: Int32Array;
}

function assertDay(d: Day, what: string): void {
  if (!Number.isInteger(d)) throw new RangeError(`${what} must be an integer Day.`);
}

/**
 * A working-day calendar: Monday to Friday, not a bank holiday in England and Wales (see
 * `bankHolidaysOf`), not one of `closureDays`. Counts are precomputed lazily per calendar
 * year, so `workingDaysIn` costs a few array reads per year spanned and `addWorkingDays`
 * a binary search.
 *
 * @param closureDays - The council's own closure days (`calendar.closureDays`); default none.
 * @returns A {@link WorkingCalendar}.
 * @throws RangeError if a closure day is not an integer.
 * @example
 * const cal = createWorkingCalendar([toDay("2025-01-09")]);
 * formatDay(cal.addWorkingDays(toDay("2025-01-08"), 5)); // "2025-01-16"
 */
export function createWorkingCalendar(closureDays: readonly Day[] = []): WorkingCalendar {
  for (const d of closureDays) assertDay(d, "A closure day");
  const closures = new Set<Day>(closureDays);
  const years = new Map<number, YearData>();
  let last: YearData | undefined;

  const isWorkingUncached = (d: Day): boolean =>
    isoWeekday(d) <= 5 && !closures.has(d) && !isBankHoliday(d);

  const yearByNumber = (year: number): YearData => {
    let data = years.get(year);
    if (data === undefined) {
      const start = makeDay(year, 1, 1);
      const end = makeDay(year, 12, 31);
      const prefix = new Int32Array(end - start + 2);
      for (let i = 0, d = start; d <= end; i++, d++) {
        prefix[i + 1] = atIndex(prefix, i) + (isWorkingUncached(d) ? 1 : 0);
      }
      data = { start, end, prefix };
      years.set(year, data);
    }
    return data;
  };

  const yearOf = (d: Day): YearData => {
    if (last !== undefined && d >= last.start && d <= last.end) return last;
    last = yearByNumber(dayParts(d).year);
    return last;
  };

  /** Working days in `[y.start, d)`, for `d` in `[y.start, y.end + 1]`. */
  const before = (y: YearData, d: Day): number => atIndex(y.prefix, d - y.start);
  const total = (y: YearData): number => atIndex(y.prefix, y.prefix.length - 1);

  const isWorkingDay = (d: Day): boolean => {
    if (!Number.isInteger(d)) return false;
    const y = yearOf(d);
    const i = d - y.start;
    return atIndex(y.prefix, i + 1) > atIndex(y.prefix, i);
  };

  const workingDaysIn = (from: Day, to: Day): number => {
    assertDay(from, "from");
    assertDay(to, "to");
    if (to < from) return 0;
    const yFrom = yearOf(from);
    if (to <= yFrom.end) return before(yFrom, to + 1) - before(yFrom, from);
    let count = total(yFrom) - before(yFrom, from);
    let d = yFrom.end + 1;
    for (;;) {
      const y = yearByNumber(dayParts(d).year);
      if (to <= y.end) return count + before(y, to + 1);
      count += total(y);
      d = y.end + 1;
    }
  };

  const addWorkingDays = (d: Day, n: number): Day => {
    assertDay(d, "The start day");
    if (!Number.isInteger(n)) throw new RangeError("The number of working days must be an integer.");
    if (n === 0) return d;
    if (n < 0) {
      let cur = d;
      for (let left = -n; left > 0; ) {
        cur -= 1;
        if (isWorkingDay(cur)) left -= 1;
      }
      return cur;
    }
    // Find the smallest e > d with workingDaysIn(d + 1, e) = n.
    let cursor = d + 1;
    let left = n;
    let y = yearOf(cursor);
    for (;;) {
      const available = total(y) - before(y, cursor);
      if (left <= available) break;
      left -= available;
      cursor = y.end + 1;
      y = yearByNumber(dayParts(cursor).year);
    }
    // Smallest index j (day y.start + j) with prefix[j + 1] >= target.
    const target = before(y, cursor) + left;
    let lo = cursor - y.start;
    let hi = y.end - y.start;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (atIndex(y.prefix, mid + 1) >= target) hi = mid;
      else lo = mid + 1;
    }
    return y.start + lo;
  };

  const firstWorkingDayIn = (from: Day, to: Day): Day | undefined => {
    assertDay(from, "from");
    assertDay(to, "to");
    if (to < from) return undefined;
    const first = addWorkingDays(from - 1, 1);
    return first <= to ? first : undefined;
  };

  return { isWorkingDay, addWorkingDays, workingDaysIn, firstWorkingDayIn };
}
