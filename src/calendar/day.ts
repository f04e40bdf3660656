/**
 * Days as whole numbers: the time-zone-proof base of every date in the library.
 *
 * A {@link Day} is the number of whole days since 1970-01-01 (the UTC epoch day). Every
 * conversion is integer arithmetic on the proleptic Gregorian calendar (no `Date` object, so
 * no garbage on the engine's hot path), so the answers never depend on the machine's time
 * zone, and nothing here reads the clock.
 *
 * @module
 */

/**
 * A calendar day: whole days since 1970-01-01 (1970-01-01 is 0, 1969-12-31 is -1).
 *
 * @example
 * const d: Day = toDay("2025-01-08"); // 20096
 */
export type Day = number;

/** Strict `YYYY-MM-DD`: four-digit year, two-digit month and day, nothing else. */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Earliest and latest years {@link parseDay} accepts. */
const MIN_PARSE_YEAR = 1000;
const MAX_PARSE_YEAR = 9999;

/**
 * Whether a year of the proleptic Gregorian calendar is a leap year.
 *
 * @param year - The calendar year, e.g. 2024.
 * @returns `true` for 2024, 2000; `false` for 2025, 1900.
 * @example
 * isLeapYear(2024); // true
 * isLeapYear(1900); // false
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days in a month.
 *
 * @param year - The calendar year.
 * @param month - The month, 1 (January) to 12 (December).
 * @returns 28 to 31.
 * @example
 * daysInMonth(2024, 2); // 29
 * daysInMonth(2025, 2); // 28
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days since the epoch of a year, month and day, without validation: overflowing values
 * roll over as `Date.UTC` does (month 13 is January of the next year, day 0 the last day
 * of the previous month). Years 0-99 are taken literally, unlike `Date.UTC`.
 */
function unsafeMakeDay(year: number, month: number, day: number): Day {
  const y = year + Math.floor((month - 1) / 12);
  const m = month - 1 - 12 * Math.floor((month - 1) / 12) + 1;
  const d = daysFromCivil(y, m) + day - 1;
  // NaN beyond the range a JavaScript date can hold, as `Date` gives.
  return Math.abs(d) <= MAX_DAYS ? d : NaN;
}

/** Days either side of 1970-01-01 that a JavaScript `Date` can hold (8.64e15 ms). */
const MAX_DAYS = 100_000_000;
/** Days in a 400-year cycle of the Gregorian calendar. */
const DAYS_PER_ERA = 146_097;
/** Days from 0000-03-01 to 1970-01-01. */
const EPOCH_SHIFT = 719_468;

/**
 * The day of the first of a month (H. Hinnant's `days_from_civil`): years counted from
 * March, so the leap day ends a year, in eras of 400 years.
 */
function daysFromCivil(year: number, month: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5);
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - EPOCH_SHIFT;
}

/**
 * The day of a calendar date.
 *
 * @param year - The calendar year (any integer the JavaScript `Date` range allows).
 * @param month - The month, 1 (January) to 12 (December).
 * @param day - The day of the month, 1 to the month's length.
 * @returns The {@link Day}.
 * @throws RangeError if the three numbers are not integers naming a real date
 *   (e.g. 2025-02-29).
 * @example
 * makeDay(1970, 1, 1); // 0
 * makeDay(2024, 2, 29); // 19782
 */
export function makeDay(year: number, month: number, day: number): Day {
  if (
    !Number.isInteger(year) ||
    !Number.isInteger(month) ||
    !Number.isInteger(day) ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month)
  ) {
    throw new RangeError("makeDay: year, month and day do not name a real calendar date.");
  }
  const d = unsafeMakeDay(year, month, day);
  if (!Number.isFinite(d)) {
    throw new RangeError("makeDay: the date is outside the range JavaScript dates can hold.");
  }
  return d;
}

/**
 * Real dates already parsed. An evaluation reads the same few thousand dates millions of
 * times; only valid dates are kept, so the map holds at most one entry per calendar day.
 */
const parsed = new Map<string, Day>();

/**
 * Parse a strict `YYYY-MM-DD` string naming a real date of the years 1000 to 9999.
 *
 * @param s - The text to parse. No time, no time zone, no whitespace.
 * @returns The {@link Day}, or `undefined` if `s` is not such a date
 *   (`"2025-02-29"`, `"2024-2-9"`, `"2024-02-29T00:00"` are all `undefined`).
 * @example
 * parseDay("2024-02-29"); // 19782
 * parseDay("2025-02-29"); // undefined
 */
export function parseDay(s: string): Day | undefined {
  if (typeof s !== "string") return undefined;
  const known = parsed.get(s);
  if (known !== undefined) return known;
  const m = ISO_DAY.exec(s);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < MIN_PARSE_YEAR || year > MAX_PARSE_YEAR) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const d = unsafeMakeDay(year, month, day);
  parsed.set(s, d);
  return d;
}

/**
 * Parse a strict `YYYY-MM-DD` string, throwing if it is not a real date.
 *
 * The error message says what is wrong without repeating the input, which may be
 * anything a caller was handed (even personal data in a wrong column).
 *
 * @param s - The text to parse, as for {@link parseDay}.
 * @returns The {@link Day}.
 * @throws RangeError if `s` is not a real `YYYY-MM-DD` date of the years 1000 to 9999.
 * @example
 * toDay("2025-01-08"); // 20096
 * toDay("2025-02-30"); // throws RangeError
 */
export function toDay(s: string): Day {
  const d = parseDay(s);
  if (d !== undefined) return d;
  if (typeof s !== "string") {
    throw new RangeError("Expected a date string in the form YYYY-MM-DD, got a non-string.");
  }
  const m = ISO_DAY.exec(s);
  if (m === null) {
    throw new RangeError(
      `Expected a date in the form YYYY-MM-DD (a string of ${s.length} characters was given).`,
    );
  }
  const year = Number(m[1]);
  if (year < MIN_PARSE_YEAR || year > MAX_PARSE_YEAR) {
    throw new RangeError("Date out of range: the year must be between 1000 and 9999.");
  }
  throw new RangeError("Not a real calendar date: no such day in that month and year.");
}

/**
 * The parts of a day: year, month (1-12) and day of the month (1-31).
 *
 * @param d - The day.
 * @returns `{ year, month, day }`.
 * @example
 * dayParts(toDay("2024-02-29")); // { year: 2024, month: 2, day: 29 }
 */
export function dayParts(d: Day): { year: number; month: number; day: number } {
  if (!(Math.abs(d) <= MAX_DAYS)) return { year: NaN, month: NaN, day: NaN };
  // H. Hinnant's `civil_from_days`, the inverse of daysFromCivil.
  const z = d + EPOCH_SHIFT;
  const era = Math.floor(z / DAYS_PER_ERA);
  const dayOfEra = z - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1 };
}

/**
 * Format a day as `YYYY-MM-DD` (years outside 0-9999 get a sign and six digits, as
 * `Date.prototype.toISOString` does).
 *
 * @param d - The day.
 * @returns The ISO date string.
 * @example
 * formatDay(0); // "1970-01-01"
 * formatDay(toDay("2024-02-29")); // "2024-02-29"
 */
export function formatDay(d: Day): string {
  if (!Number.isInteger(d)) throw new RangeError("formatDay: a Day must be an integer.");
  const known = formatted.get(d);
  if (known !== undefined) return known;
  const { year, month, day } = dayParts(d);
  const y =
    year >= 0 && year <= 9999
      ? String(year).padStart(4, "0")
      : (year < 0 ? "-" : "+") + String(Math.abs(year)).padStart(6, "0");
  const text = `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (formatted.size < MAX_FORMATTED) formatted.set(d, text);
  return text;
}

/**
 * The days already formatted: an evaluation formats the same few thousand days over and over
 * (every due date, period and breach). Bounded, so that a caller formatting every day there
 * is cannot grow it without end.
 */
const formatted = new Map<Day, string>();
const MAX_FORMATTED = 100_000;

/**
 * The day `n` days after `d` (before it if `n` is negative).
 *
 * @param d - The day to start from.
 * @param n - The number of days to add (an integer, may be negative).
 * @returns `d + n`.
 * @example
 * formatDay(addDays(toDay("2024-02-28"), 1)); // "2024-02-29"
 */
export function addDays(d: Day, n: number): Day {
  return d + n;
}

/**
 * The ISO weekday of a day: Monday 1 to Sunday 7.
 *
 * @param d - The day.
 * @returns 1 (Monday) to 7 (Sunday).
 * @example
 * isoWeekday(0); // 4 (1970-01-01 was a Thursday)
 */
export function isoWeekday(d: Day): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  // 1970-01-01 (day 0) was a Thursday (4).
  return ((((d + 3) % 7) + 7) % 7 + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

/**
 * Whether a day is a Saturday or a Sunday.
 *
 * @param d - The day.
 * @returns `true` on Saturday and Sunday.
 * @example
 * isWeekend(toDay("2025-01-11")); // true (a Saturday)
 */
export function isWeekend(d: Day): boolean {
  return isoWeekday(d) >= 6;
}

/**
 * The earlier of two days.
 *
 * @param a - A day.
 * @param b - Another day.
 * @returns The smaller of the two.
 * @example
 * minDay(toDay("2024-01-01"), toDay("2023-12-31")) === toDay("2023-12-31"); // true
 */
export function minDay(a: Day, b: Day): Day {
  return a < b ? a : b;
}

/**
 * The later of two days.
 *
 * @param a - A day.
 * @param b - Another day.
 * @returns The larger of the two.
 * @example
 * maxDay(toDay("2024-01-01"), toDay("2023-12-31")) === toDay("2024-01-01"); // true
 */
export function maxDay(a: Day, b: Day): Day {
  return a > b ? a : b;
}
