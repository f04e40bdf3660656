import { addDays, formatDay, isWeekend, toDay, type Day } from "../../calendar/day";
import { isBankHoliday } from "../../calendar/bank-holidays";
import type { WorkingCalendar } from "../../calendar/working-days";
import type { DaySpan } from "../dataset-index/index-dataset";
import type { Due, NumberSpec } from "../../model/policy";

/** A day the working-day count passed over, and why it does not count. */
export interface SkippedDay {
  day: string;
  why: "weekend" | "bank holiday" | "closure day";
}

/** How a due date was reached. */
export interface DueComputation {
  /** In words: "5 working days after feedbackMeetingOn (2024-06-12)". */
  rule: string;
  /** The subject's date it counts from, if any. */
  from?: { field: string; date: string };
  /** Days a working-day count passed over. */
  skipped: SkippedDay[];
  /** Absences that paused the clock. */
  paused: { from: string; to: string }[];
  dueBy: string | null;
}

/**
 * Lists the days between two days that are not working days, with the reason.
 *
 * @param start - the day counted from (not itself listed)
 * @param end - the due day
 * @param calendar - the working calendar (closure days included)
 * @returns the skipped days
 */
export function skippedDays(start: Day, end: Day, calendar: WorkingCalendar): SkippedDay[] {
  const out: SkippedDay[] = [];
  for (let d = addDays(start, 1); d <= end; d = addDays(d, 1)) {
    if (calendar.isWorkingDay(d)) continue;
    out.push({ day: formatDay(d), why: isWeekend(d) ? "weekend" : isBankHoliday(d) ? "bank holiday" : "closure day" });
  }
  return out;
}

/**
 * Explains a deadline's due date from its definition, the subject's dates and the values used.
 *
 * @param due - the rule's due definition
 * @param date - the subject's dates by name
 * @param amount - the number of days, working days or months in force
 * @param calendar - the working calendar
 * @param dueBy - the due date the evaluation gave
 * @returns the computation
 */
export function explainDue(
  due: Due,
  date: (name: string) => Day | undefined,
  amount: (spec: NumberSpec, start: Day) => number | null,
  calendar: WorkingCalendar,
  dueBy: string | null,
): DueComputation {
  const at = (field: string) => {
    const d = date(field);
    return d === undefined ? undefined : { field, date: formatDay(d) };
  };
  if (due.type === "on") {
    const from = at(due.date);
    return { rule: `due on ${due.date}`, ...(from ? { from } : {}), skipped: [], paused: [], dueBy };
  }
  const field = due.after;
  const start = date(field);
  if (start === undefined) {
    if (due.type === "days" && due.orElse) return explainDue(due.orElse, date, amount, calendar, dueBy);
    return { rule: `counted from ${field}, which has not happened yet`, skipped: [], paused: [], dueBy };
  }
  const unit = due.type === "working-days" ? "working days" : due.type;
  const spec = due.count;
  const n = amount(spec, start);
  const skipped = unit === "working days" && dueBy !== null ? skippedDays(start, toDay(dueBy), calendar) : [];
  return { rule: `${n ?? "?"} ${unit} after ${field} (${formatDay(start)})`, from: { field, date: formatDay(start) }, skipped, paused: [], dueBy };
}

/**
 * The absences that paused a wait: those overlapping the days from its start to its due date.
 *
 * @param start - the day the wait started
 * @param due - the (moved) due date
 * @param absences - the person's absences, merged and in order
 * @returns the overlapping spans
 */
export function pausingAbsences(start: Day, due: Day, absences: readonly DaySpan[]): { from: string; to: string }[] {
  return absences
    .filter((a) => a.to > start && a.from <= due)
    .map((a) => ({ from: formatDay(Math.max(a.from, start + 1)), to: formatDay(a.to) }));
}
