import type { WorkingCalendar } from "../../calendar/working-days";
import type { Contract } from "../../model";
import type { DaySpan, StaffMember } from "../dataset-index/index-dataset";
import { contractOn } from "./subject";
import { atIndex } from "../../util/at-index";

/**
 * The part of a span in which a staff member is active (from `startedOn` to `leftOn`, inclusive).
 *
 * @returns the active part, or undefined when they were not active in it at all
 */
export function activePart(staff: StaffMember, span: DaySpan): DaySpan | undefined {
  const from = Math.max(span.from, staff.startedOn);
  const to = Math.min(span.to, staff.leftOn ?? Infinity);
  return from <= to ? { from, to } : undefined;
}

function absentWithin(span: DaySpan, absences: readonly DaySpan[], count: (s: DaySpan) => number): number {
  let total = 0;
  for (const a of absences) {
    const from = Math.max(a.from, span.from);
    const to = Math.min(a.to, span.to);
    if (from <= to) total += count({ from, to });
  }
  return total;
}

/**
 * Eligible days: active days of a span minus the days inside a recorded absence.
 *
 * @returns the number of eligible days
 */
export function eligibleDays(staff: StaffMember, span: DaySpan, absences: readonly DaySpan[]): number {
  const active = activePart(staff, span);
  if (!active) return 0;
  const days = (s: DaySpan) => s.to - s.from + 1;
  return days(active) - absentWithin(active, absences, days);
}

/**
 * Eligible working days: active working days of a span that are not inside an absence.
 *
 * @returns the number of eligible working days
 */
export function eligibleWorkingDays(
  staff: StaffMember, span: DaySpan, absences: readonly DaySpan[], calendar: WorkingCalendar,
): number {
  const active = activePart(staff, span);
  if (!active) return 0;
  const count = (s: DaySpan) => calendar.workingDaysIn(s.from, s.to);
  return count(active) - absentWithin(active, absences, count);
}

/**
 * Splits a span by a staff member's contract changes.
 *
 * @returns consecutive parts, each with the contract in force
 */
export function contractSegments(staff: StaffMember, span: DaySpan): { span: DaySpan; contract: Contract }[] {
  const cuts = staff.contractChanges
    .map((c) => c.from)
    .filter((d) => d > span.from && d <= span.to)
    .sort((a, b) => a - b);
  const starts = [span.from, ...new Set(cuts)];
  return starts.map((from, i) => ({
    span: { from, to: i + 1 < starts.length ? atIndex(starts, i + 1) - 1 : span.to },
    contract: contractOn(staff, from),
  }));
}

/**
 * Rounds half up, as the QAF's pro-rata does (2.5 asks for 3).
 *
 * @returns the rounded number
 */
export function roundHalfUp(x: number): number {
  return Math.floor(x + 0.5 + 1e-9);
}
