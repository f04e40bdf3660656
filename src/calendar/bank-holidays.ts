/**
 * Bank holidays in England and Wales.
 *
 * For the years 2018 to 2027 ({@link AUTHORITATIVE_BANK_HOLIDAY_YEARS}) the list is the one
 * published by the UK government, including the one-off days (VE Day 2020, the Platinum
 * Jubilee and the State Funeral of 2022, the Coronation of 2023) which no rule computes.
 * For every other year the standing rules give the list: New Year's Day, Good Friday,
 * Easter Monday, the first Monday of May, the last Monday of May, the last Monday of
 * August, Christmas Day and Boxing Day, each moved off a weekend to the next weekday that
 * is not already a holiday. Those years are a forecast: one-offs announced by
 * proclamation are not in it (a council adds them as closure days), and the rules are not
 * a history of years before the current holidays existed.
 *
 * @module
 */

import type { Day } from "./day";
import { dayParts, isoWeekday, makeDay } from "./day";

/**
 * The years for which {@link bankHolidaysOf} returns the published list rather than the
 * standing rules: 2018 to 2027 inclusive.
 *
 * @example
 * const { from, to } = AUTHORITATIVE_BANK_HOLIDAY_YEARS; // 2018, 2027
 */
export const AUTHORITATIVE_BANK_HOLIDAY_YEARS: Readonly<{ from: number; to: number }> =
  Object.freeze({ from: 2018, to: 2027 });

/** The published England and Wales list (bank-holidays.json, division england-and-wales). */
const PUBLISHED: Readonly<Record<number, readonly string[]>> = {
  2018: ["01-01", "03-30", "04-02", "05-07", "05-28", "08-27", "12-25", "12-26"],
  2019: ["01-01", "04-19", "04-22", "05-06", "05-27", "08-26", "12-25", "12-26"],
  2020: ["01-01", "04-10", "04-13", "05-08", "05-25", "08-31", "12-25", "12-28"],
  2021: ["01-01", "04-02", "04-05", "05-03", "05-31", "08-30", "12-27", "12-28"],
  2022: ["01-03", "04-15", "04-18", "05-02", "06-02", "06-03", "08-29", "09-19", "12-26", "12-27"],
  2023: ["01-02", "04-07", "04-10", "05-01", "05-08", "05-29", "08-28", "12-25", "12-26"],
  2024: ["01-01", "03-29", "04-01", "05-06", "05-27", "08-26", "12-25", "12-26"],
  2025: ["01-01", "04-18", "04-21", "05-05", "05-26", "08-25", "12-25", "12-26"],
  2026: ["01-01", "04-03", "04-06", "05-04", "05-25", "08-31", "12-25", "12-28"],
  2027: ["01-01", "03-26", "03-29", "05-03", "05-31", "08-30", "12-27", "12-28"],
};

/**
 * Easter Sunday of a year (Gregorian calendar), by the anonymous Gregorian algorithm
 * (Meeus/Jones/Butcher).
 *
 * @param year - The calendar year.
 * @returns The day of Easter Sunday.
 * @example
 * formatDay(easterSunday(2025)); // "2025-04-20"
 */
export function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return makeDay(year, month, day);
}

/** The first Monday on or after a day. */
function mondayOnOrAfter(d: Day): Day {
  return d + ((8 - isoWeekday(d)) % 7);
}

/** The last Monday on or before a day. */
function mondayOnOrBefore(d: Day): Day {
  return d - (isoWeekday(d) - 1);
}

/**
 * The bank holidays of a year by the standing rules only (no one-offs), with weekend
 * substitutes. Used for years outside the published list, and to check that list.
 *
 * @param year - The calendar year.
 * @returns The days, sorted ascending.
 * @example
 * standingBankHolidaysOf(2021).map(formatDay).at(-1); // "2021-12-28"
 */
export function standingBankHolidaysOf(year: number): Day[] {
  const easter = easterSunday(year);
  const fixedWeekday = [
    easter - 2, // Good Friday
    easter + 1, // Easter Monday
    mondayOnOrAfter(makeDay(year, 5, 1)), // Early May bank holiday
    mondayOnOrBefore(makeDay(year, 5, 31)), // Spring bank holiday
    mondayOnOrBefore(makeDay(year, 8, 31)), // Summer bank holiday
  ];
  // Holidays on fixed dates, in date order: a weekend one moves to the next weekday not
  // already a holiday (Christmas on a Saturday -> Monday 27th, Boxing Day -> Tuesday 28th).
  const fixedDate = [makeDay(year, 1, 1), makeDay(year, 12, 25), makeDay(year, 12, 26)];
  const taken = new Set<Day>(fixedWeekday);
  for (const d of fixedDate) if (isoWeekday(d) <= 5) taken.add(d);
  for (const d of fixedDate) {
    if (isoWeekday(d) <= 5) continue;
    let sub = d + 1;
    while (isoWeekday(sub) > 5 || taken.has(sub)) sub += 1;
    taken.add(sub);
  }
  return [...taken].sort((x, y) => x - y);
}

const memo = new Map<number, readonly Day[]>();
const holidaySet = new Set<Day>();

/** The frozen, memoised list of a year; also records its days in {@link holidaySet}. */
function cachedYear(year: number): readonly Day[] {
  let days = memo.get(year);
  if (days === undefined) {
    const published = PUBLISHED[year];
    const list =
      published === undefined
        ? standingBankHolidaysOf(year)
        : published.map((md) => makeDay(year, Number(md.slice(0, 2)), Number(md.slice(3, 5))));
    days = Object.freeze(list);
    memo.set(year, days);
    for (const d of days) holidaySet.add(d);
  }
  return days;
}

/**
 * The bank holidays in England and Wales of a calendar year: the published list for
 * 2018 to 2027 ({@link AUTHORITATIVE_BANK_HOLIDAY_YEARS}), the standing rules otherwise.
 *
 * @param year - The calendar year (an integer).
 * @returns The days, sorted ascending (a fresh array; the list is memoised per year).
 * @throws RangeError if `year` is not an integer.
 * @example
 * bankHolidaysOf(2022).map(formatDay).includes("2022-09-19"); // true (State Funeral)
 */
export function bankHolidaysOf(year: number): Day[] {
  if (!Number.isInteger(year)) throw new RangeError("bankHolidaysOf: the year must be an integer.");
  return [...cachedYear(year)];
}

/**
 * Whether a day is a bank holiday in England and Wales (see {@link bankHolidaysOf}).
 *
 * @param d - The day.
 * @returns `true` if the day is a bank holiday (or a weekend substitute for one).
 * @example
 * isBankHoliday(toDay("2023-05-08")); // true (Coronation)
 * isBankHoliday(toDay("2023-05-09")); // false
 */
export function isBankHoliday(d: Day): boolean {
  // A year's holidays all lie inside it, so the year of any day is enough to load.
  if (!Number.isInteger(d)) return false;
  const { year } = dayParts(d);
  if (!memo.has(year)) cachedYear(year);
  return holidaySet.has(d);
}
