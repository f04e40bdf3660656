import { dayParts, daysInMonth, isoWeekday, makeDay, type Day } from "./day";

const MINUTES_PER_DAY = 1440;

/** The last Sunday of a month. */
function lastSunday(year: number, month: number): Day {
  const last = makeDay(year, month, daysInMonth(year, month));
  return last - (isoWeekday(last) % 7);
}

/**
 * The day in England (Europe/London) of an instant given in UTC: British Summer Time (UTC+1)
 * runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October,
 * the rule of every year since 1996 (applied to every year here). Computed from that rule,
 * never from the machine's time zone.
 *
 * @param utcDay - the UTC day of the instant
 * @param minute - minutes after that day's UTC midnight (may be negative or past a day, as a
 *   zone offset leaves it)
 * @returns the day in England
 * @example
 * londonDay(toDay("2025-06-30"), 23 * 60 + 30); // 2025-07-01: 00:30 BST
 * londonDay(toDay("2025-12-31"), 23 * 60 + 30); // 2025-12-31: GMT
 */
export function londonDay(utcDay: Day, minute: number): Day {
  const t = utcDay * MINUTES_PER_DAY + minute;
  const { year } = dayParts(Math.floor(t / MINUTES_PER_DAY));
  const summer = t >= lastSunday(year, 3) * MINUTES_PER_DAY + 60 && t < lastSunday(year, 10) * MINUTES_PER_DAY + 60;
  return Math.floor((t + (summer ? 60 : 0)) / MINUTES_PER_DAY);
}
