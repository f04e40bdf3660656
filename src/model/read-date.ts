import { daysInMonth, formatDay, makeDay, parseDay } from "../calendar/day";
import { londonDay } from "../calendar/london";
import { atIndex } from "../util/at-index";

/** How a date that is not `YYYY-MM-DD` was written: see {@link readDate}. */
export type DateForm = "timestamp" | "uk-date" | "excel-date";

/** A date read from another form: the ISO date, and the form it was written in. */
export interface ReadDate {
  iso: string;
  form: DateForm;
}

/** The digit at position `i` of `text`, or NaN (which fails every comparison) when it is not one. */
function digitAt(text: string, i: number): number {
  const d = text.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : Number.NaN;
}

/**
 * Whether a value is a real date written `YYYY-MM-DD` of the years 1000 to 9999 (as
 * `isRealIsoDate` says), read from its characters: no pattern, no look-up, nothing allocated.
 * The test the record reader runs on each date of a million records.
 *
 * @param value - any value
 * @returns `true` for `"2024-02-29"`; `false` for `"2023-02-29"`, `"2024-2-1"`, `"0999-01-01"` or a number
 * @example
 * isIsoDate("2025-03-31"); // true
 * isIsoDate("2025-02-30"); // false
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string" || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digitAt(value, 0) * 1000 + digitAt(value, 1) * 100 + digitAt(value, 2) * 10 + digitAt(value, 3);
  const month = digitAt(value, 5) * 10 + digitAt(value, 6);
  const day = digitAt(value, 8) * 10 + digitAt(value, 9);
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A time of day after a date: `T` or a space, `h:mm`, optional seconds and fraction, optional zone. */
const TIME = String.raw`(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?)`;
const ISO_TIMESTAMP = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})${TIME}$`);
const UK_DATE = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4})${TIME}?$`);
const EXCEL_DATE = /^(\d{1,2})-([A-Za-z]{3})-(\d{4})$/;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Dates already read: an export repeats the same few thousand. */
const known = new Map<string, ReadDate | null>();
const KNOWN_MAX = 100_000;

/** Minutes east of UTC of a zone written `Z`, `+01`, `+0100` or `+01:00`; undefined when out of range. */
function zoneMinutes(zone: string): number | undefined {
  if (zone === "Z") return 0;
  const digits = zone.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (hours > 23 || minutes > 59) return undefined;
  return (zone.startsWith("-") ? -1 : 1) * (hours * 60 + minutes);
}

/** The day of a date and an optional time (the groups after the date's), or null. */
function dayOf(year: number, month: number, day: number, time: readonly (string | undefined)[]): string | null {
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const [h, m, s, zone] = time;
  let d = makeDay(year, month, day);
  if (h !== undefined) {
    if (Number(h) > 23 || Number(m) > 59 || (s !== undefined && Number(s) > 59)) return null;
    if (zone !== undefined) {
      const offset = zoneMinutes(zone);
      if (offset === undefined) return null;
      d = londonDay(d, Number(h) * 60 + Number(m) - offset);
    }
  }
  const iso = formatDay(d);
  return parseDay(iso) === undefined ? null : iso; // a zone may carry 9999-12-31 past the last year
}

function read(text: string): ReadDate | null {
  let m = ISO_TIMESTAMP.exec(text);
  if (m !== null) {
    const iso = dayOf(Number(m[1]), Number(m[2]), Number(m[3]), m.slice(4));
    return iso === null ? null : { iso, form: "timestamp" };
  }
  m = UK_DATE.exec(text);
  if (m !== null) {
    const iso = dayOf(Number(m[3]), Number(m[2]), Number(m[1]), m.slice(4));
    return iso === null ? null : { iso, form: "uk-date" };
  }
  m = EXCEL_DATE.exec(text);
  if (m !== null) {
    const month = MONTHS.indexOf(atIndex(m, 2).toLowerCase()) + 1;
    const iso = month === 0 ? null : dayOf(Number(m[3]), month, Number(m[1]), []);
    return iso === null ? null : { iso, form: "excel-date" };
  }
  return null;
}

/**
 * Reads a date written in a form other than `YYYY-MM-DD` whose meaning is plain:
 *
 * - an ISO timestamp (`2016-11-18T00:00:00.000Z`, `2024-07-15 09:30`): with a zone (`Z`,
 *   `+01:00`), its calendar date in England (a summer `23:30Z` is the next day); without
 *   one, a time in England, so its own date;
 * - a UK date `DD/MM/YYYY` (one or two digits for day and month), optionally with a time as
 *   above (`15/07/2024 00:00`);
 * - Excel's `d-mmm-yyyy` (`8-Sep-2025`, `08-sep-2025`).
 *
 * A US date (`09/13/2025`), a day the month does not have (`31/02/2025`), a year before 1000
 * or a time past `23:59:59` is no date. Pure arithmetic: no `Date`, no machine time zone.
 *
 * @param text - the value as written
 * @returns the ISO date and the form, or undefined when the text is none of these
 * @example
 * readDate("2025-06-30T23:30:00Z"); // { iso: "2025-07-01", form: "timestamp" }
 * readDate("08-Sep-2025"); // { iso: "2025-09-08", form: "excel-date" }
 * readDate("09/13/2025"); // undefined
 */
export function readDate(text: string): ReadDate | undefined {
  let found = known.get(text);
  if (found === undefined) {
    found = read(text);
    if (known.size < KNOWN_MAX) known.set(text, found);
  }
  return found ?? undefined;
}
