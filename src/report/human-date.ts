import { UTCDate } from "@date-fns/utc";
import { format } from "date-fns";
import { dayParts, parseDay } from "../calendar/day";

const PATTERNS = { long: "EEEE d MMMM yyyy", short: "EEE d MMM yyyy" } as const;

/**
 * A day as people write it in British English: "Monday 31 March 2025" (`long`) or
 * "Mon 31 Mar 2025" (`short`). The same on every machine: the day is built as a UTC date
 * and read in UTC, whatever the time zone. Text that is not a real `YYYY-MM-DD` day is
 * returned as it is.
 *
 * @param iso - a day, `YYYY-MM-DD`
 * @param style - `long` (the default) or `short`
 * @returns the day in words
 * @example
 * humanDate("2025-03-31"); // "Monday 31 March 2025"
 * humanDate("2025-03-31", "short"); // "Mon 31 Mar 2025"
 */
export function humanDate(iso: string, style: keyof typeof PATTERNS = "long"): string {
  const day = parseDay(iso);
  if (day === undefined) return iso;
  const { year, month, day: date } = dayParts(day);
  return format(new UTCDate(year, month - 1, date), PATTERNS[style]);
}
