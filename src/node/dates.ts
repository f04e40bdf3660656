import { formatDay, parseDay, type Day } from "../calendar/day";
import { readDate } from "../model/read-date";

const MS_PER_DAY = 86_400_000;
/** Day 0 (1970-01-01) as an Excel serial number of the 1900 date system. */
const EXCEL_1900 = 25_569;
/** The 1904 date system (old Mac workbooks) counts from four years and a day later. */
const EXCEL_1904 = 24_107;

/**
 * Reads a date to `YYYY-MM-DD` as `parseDataset` reads a record's date (see `readDate`): ISO
 * dates, UK `DD/MM/YYYY` (`05/04/2024` is 5 April) and Excel's `d-mmm-yyyy`, either of the
 * first two with a time of day (`15/07/2024 00:00`, `2024-07-15T09:30:00`), and ISO timestamps
 * with a zone, as their day in England. Text that is not such a date, or names no real day
 * (`31/02/2024`), is returned as given, so that validation can reject it naming the field.
 *
 * @param text - the trimmed text
 * @returns the ISO date, or the text unchanged
 * @example
 * toIsoDate("15/07/2024 00:00"); // "2024-07-15"
 * toIsoDate("2024-07-15T13:45:00"); // "2024-07-15"
 */
export function toIsoDate(text: string): string {
  return parseDay(text) === undefined ? readDate(text)?.iso ?? text : text;
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
