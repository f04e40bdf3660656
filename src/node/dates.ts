import { utc } from "@date-fns/utc";
import { isValid, parse } from "date-fns";
import { formatDay, makeDay, type Day } from "../calendar/day";
import { atIndex } from "../util/at-index";

const MS_PER_DAY = 86_400_000;
/** Day 0 (1970-01-01) as an Excel serial number of the 1900 date system. */
const EXCEL_1900 = 25_569;
/** The 1904 date system (old Mac workbooks) counts from four years and a day later. */
const EXCEL_1904 = 24_107;

/**
 * A date as exports write it, with an optional time: `YYYY-MM-DD` or `DD/MM/YYYY` (one or
 * two digits for day and month, four for the year), then `T` or a space and `HH:mm`,
 * `HH:mm:ss` or with fractions, then an optional `Z`.
 */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})(?:[T ]([01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?Z?)?$/;

/** Date parts already read: an export repeats the same few thousand dates. */
const known = new Map<string, string | null>();

function isoOf(datePart: string): string | null {
  const format = datePart.includes("/") ? "d/M/yyyy" : "yyyy-MM-dd";
  const date = parse(datePart, format, 0, { in: utc });
  if (!isValid(date)) return null;
  return formatDay(makeDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()));
}

/**
 * Reads a date cell to `YYYY-MM-DD`: ISO dates, UK `DD/MM/YYYY` (`05/04/2024` is 5 April),
 * either with a time of day after it (`15/07/2024 00:00`, `2024-07-15T09:30:00`), which is
 * dropped: the QAF counts days. Text that is not such a date, or names no real day
 * (`31/02/2024`), is returned as given, so that validation rejects the record naming the field.
 *
 * @param text - the trimmed cell text
 * @returns the ISO date, or the text unchanged
 * @example
 * toIsoDate("15/07/2024 00:00"); // "2024-07-15"
 * toIsoDate("2024-07-15T13:45:00"); // "2024-07-15"
 */
export function toIsoDate(text: string): string {
  const m = DATE_TIME.exec(text);
  if (m === null) return text;
  const part = atIndex(m, 1);
  let iso = known.get(part);
  if (iso === undefined) {
    iso = isoOf(part);
    if (known.size < 100_000) known.set(part, iso);
  }
  return iso ?? text;
}

/**
 * The day of an Excel serial date number. In the 1900 system, 1 is 1900-01-01 and Excel
 * counts a 29 February 1900 that never was (60), so serials from 61 are days since
 * 1899-12-30, those from 1 to 59 days since 1899-12-31, and 60 (and 0, "January 0") are
 * no date. In the 1904 system, 0 is 1904-01-01. The fraction is the time of day, dropped.
 * Negative serials are no date in either system.
 *
 * @param serial - the cell's number
 * @param date1904 - whether the workbook uses the 1904 date system
 * @returns the ISO date, or undefined when the number is no such date
 * @example
 * excelSerialToIso(45488, false); // "2024-07-15"
 * excelSerialToIso(59, false); // "1900-02-28"
 * excelSerialToIso(60, false); // undefined: 29 February 1900
 */
export function excelSerialToIso(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 0) return undefined;
  const whole = Math.floor(serial);
  let day: Day;
  if (date1904) day = whole - EXCEL_1904;
  else if (whole >= 61) day = whole - EXCEL_1900;
  else if (whole >= 1 && whole < 60) day = whole - EXCEL_1900 + 1;
  else return undefined;
  return day > 2_932_896 ? undefined : formatDay(day); // after 9999-12-31 is no date
}

/**
 * The day of a date cell of a workbook, which the reader gives as an instant at UTC
 * midnight plus the time of day: the UTC day, whatever the process's time zone.
 *
 * @param date - the cell's value
 * @returns the ISO date, or undefined for an invalid date
 */
export function dateCellToIso(date: Date): string | undefined {
  const ms = date.getTime();
  return Number.isFinite(ms) ? formatDay(Math.floor(ms / MS_PER_DAY)) : undefined;
}
