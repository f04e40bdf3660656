import { dayParts, daysInMonth, formatDay, makeDay, parseDay, type Day } from "../calendar/day";
import { addMonths } from "../calendar/months";

const MONTH = /^(\d{4})-(\d{2})$/;

/**
 * The first day of a month written `YYYY-MM`, or undefined if it is not one.
 *
 * @param month - the month
 * @returns its first day
 */
export function monthStart(month: string): Day | undefined {
  const m = MONTH.exec(month);
  if (!m) return undefined;
  const [year, mon] = [Number(m[1]), Number(m[2])];
  if (mon < 1 || mon > 12) return undefined;
  return makeDay(year, mon, 1);
}

/**
 * The last day of the month containing a day.
 *
 * @param d - the day
 * @returns the month's last day
 */
export function monthEndOf(d: Day): Day {
  const { year, month, day } = dayParts(d);
  return d + daysInMonth(year, month) - day;
}

/**
 * The months from one first day to a last day, as first and last days and `YYYY-MM` labels.
 *
 * @param from - the first month's first day
 * @param to - a day of the last month
 * @returns the months, in order
 */
export function monthsBetween(from: Day, to: Day): { label: string; from: Day; to: Day }[] {
  const out: { label: string; from: Day; to: Day }[] = [];
  for (let d = from; d <= to; d = addMonths(d, 1)) out.push({ label: formatDay(d).slice(0, 7), from: d, to: monthEndOf(d) });
  return out;
}

/** A day's `YYYY-MM`. */
export const monthLabel = (d: Day): string => formatDay(d).slice(0, 7);

/** Days already parsed: an export repeats the same few hundred dates many times over. */
const parsed = new Map<string, Day | undefined>();

/** Parses `YYYY-MM-DD` (undefined if it is not a real day), remembering the last few thousand. */
export function dayOf(s: string | undefined): Day | undefined {
  if (s === undefined) return undefined;
  if (parsed.has(s)) return parsed.get(s);
  if (parsed.size > 20_000) parsed.clear();
  const d = parseDay(s);
  parsed.set(s, d);
  return d;
}
