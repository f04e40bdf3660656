/**
 * Reporting periods: ISO weeks, calendar months, and the two-month blocks, quarters,
 * halves and years of the financial year (1 April to 31 March by default).
 *
 * @module
 */

import type { Day } from "./day";
import { dayParts, daysInMonth, isoWeekday, makeDay } from "./day";

/**
 * The kinds of period a cadence can run on.
 *
 * - `week`: ISO week, Monday to Sunday, labelled `"2024-W05"`.
 * - `month`: calendar month, `"2024-05"`.
 * - `two-month`: blocks from the financial-year start (Apr-May `B1` ... Feb-Mar `B6`;
 *   Dec-Jan spans the calendar year), `"2024/25 B1"`.
 * - `quarter`: financial-year quarters, `"2024/25 Q1"` (Apr-Jun).
 * - `half`: financial-year halves, `"2024/25 H1"` (Apr-Sep).
 * - `year`: the financial year, `"2024/25"`.
 *
 * @example
 * const kind: PeriodKind = "quarter";
 */
export type PeriodKind = "week" | "month" | "two-month" | "quarter" | "half" | "year";

/**
 * One period: its kind, first and last day (both inclusive) and a label.
 *
 * @example
 * const q1: Period = periodContaining("quarter", toDay("2024-05-01"));
 * // { kind: "quarter", from: toDay("2024-04-01"), to: toDay("2024-06-30"), label: "2024/25 Q1" }
 */
export interface Period {
  /** The kind of period. */
  kind: PeriodKind;
  /** The first day, inclusive. */
  from: Day;
  /** The last day, inclusive. */
  to: Day;
  /** A stable human-readable label, e.g. `"2024/25 Q1"`, `"2024-05"`, `"2024-W05"`. */
  label: string;
}

/** Months in each financial-year period kind. */
const MONTHS_IN: Readonly<Record<"two-month" | "quarter" | "half" | "year", number>> = {
  "two-month": 2,
  quarter: 3,
  half: 6,
  year: 12,
};

const LABEL_PREFIX: Readonly<Record<"two-month" | "quarter" | "half", string>> = {
  "two-month": "B",
  quarter: "Q",
  half: "H",
};

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** The label of the financial year starting in `fyStart`: "2024/25", or "2024" if it starts in January. */
function yearLabel(fyStart: number, yearStartMonth: number): string {
  if (yearStartMonth === 1) return String(fyStart);
  return `${fyStart}/${pad2((((fyStart + 1) % 100) + 100) % 100)}`;
}

function assertYearStartMonth(m: number): void {
  if (!Number.isInteger(m) || m < 1 || m > 12) {
    throw new RangeError("yearStartMonth must be an integer from 1 (January) to 12 (December).");
  }
}

/** The first day of the month `index` (year * 12 + month - 1). */
function monthStart(index: number): Day {
  const y = Math.floor(index / 12);
  return makeDay(y, index - y * 12 + 1, 1);
}

/** The last day of the month `index` (year * 12 + month - 1). */
function monthEnd(index: number): Day {
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return makeDay(y, m, daysInMonth(y, m));
}

/**
 * The period of a kind that contains a day.
 *
 * @param kind - The kind of period.
 * @param d - The day.
 * @param yearStartMonth - The first month of the financial year, 1-12 (default 4, April).
 * @returns The period containing `d`.
 * @throws RangeError if `yearStartMonth` is not 1-12 or `d` is not an integer.
 * @example
 * periodContaining("two-month", toDay("2025-01-15")).label; // "2024/25 B5" (Dec-Jan)
 * periodContaining("week", toDay("2024-12-30")).label; // "2025-W01"
 */
export function periodContaining(kind: PeriodKind, d: Day, yearStartMonth = 4): Period {
  assertYearStartMonth(yearStartMonth);
  if (!Number.isInteger(d)) throw new RangeError("periodContaining: a Day must be an integer.");
  const { year, month } = dayParts(d);
  if (kind === "week") {
    const from = d - (isoWeekday(d) - 1);
    const thursday = from + 3;
    const isoYear = dayParts(thursday).year;
    const week = Math.floor((thursday - makeDay(isoYear, 1, 1)) / 7) + 1;
    return { kind, from, to: from + 6, label: `${isoYear}-W${pad2(week)}` };
  }
  const monthIndex = year * 12 + (month - 1);
  if (kind === "month") {
    return { kind, from: monthStart(monthIndex), to: monthEnd(monthIndex), label: `${year}-${pad2(month)}` };
  }
  const fyStart = month >= yearStartMonth ? year : year - 1;
  const fyStartIndex = fyStart * 12 + (yearStartMonth - 1);
  const size = MONTHS_IN[kind];
  const n = Math.floor((monthIndex - fyStartIndex) / size); // 0-based position in the FY
  const firstIndex = fyStartIndex + n * size;
  const from = monthStart(firstIndex);
  const to = monthEnd(firstIndex + size - 1);
  const fy = yearLabel(fyStart, yearStartMonth);
  const label = kind === "year" ? fy : `${fy} ${LABEL_PREFIX[kind]}${n + 1}`;
  return { kind, from, to, label };
}

/**
 * Every period of a kind that overlaps the days `from` to `to` (inclusive), in order.
 *
 * @param kind - The kind of period.
 * @param from - The first day.
 * @param to - The last day.
 * @param yearStartMonth - The first month of the financial year, 1-12 (default 4, April).
 * @returns The periods, earliest first; empty if `to < from`.
 * @example
 * periodsOverlapping("quarter", toDay("2024-06-30"), toDay("2024-07-01")).map((p) => p.label);
 * // ["2024/25 Q1", "2024/25 Q2"]
 */
export function periodsOverlapping(
  kind: PeriodKind,
  from: Day,
  to: Day,
  yearStartMonth = 4,
): Period[] {
  const out: Period[] = [];
  if (to < from) return out;
  let p = periodContaining(kind, from, yearStartMonth);
  out.push(p);
  while (p.to < to) {
    p = periodContaining(kind, p.to + 1, yearStartMonth);
    out.push(p);
  }
  return out;
}

/**
 * The financial year containing a day (1 April to 31 March by default).
 *
 * @param d - The day.
 * @param yearStartMonth - The first month of the financial year, 1-12 (default 4, April).
 * @returns The `year` period, labelled by its span, e.g. `"2024/25"`.
 * @example
 * financialYearOf(toDay("2025-03-31")).label; // "2024/25"
 */
export function financialYearOf(d: Day, yearStartMonth = 4): Period {
  return periodContaining("year", d, yearStartMonth);
}

/**
 * The number of days in a period, both ends included.
 *
 * @param period - The period (only `from` and `to` are read).
 * @returns `to - from + 1`.
 * @example
 * daysIn(financialYearOf(toDay("2024-01-01"))); // 366 (2023/24 includes 29 Feb 2024)
 */
export function daysIn(period: Pick<Period, "from" | "to">): number {
  return period.to - period.from + 1;
}
