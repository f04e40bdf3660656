import { addDays, type Day } from "../../calendar/day";
import { addMonths } from "../../calendar/months";
import type { Due, ListSpec, NumberSpec, ParamRef } from "../../model/policy";
import type { EngineContext } from "../context/engine-context";
import type { SubjectInstance } from "../subjects/subject";

/** What picks the key of a keyed parameter: a subject, or one contract segment of it. */
export type KeySource = Pick<SubjectInstance, "keyOn">;

/**
 * Reads a parameter for a subject as in force on a day, the day that decides the obligation
 * (keyed parameters pick the subject's key on that day; dated values pick the one in force).
 *
 * @returns the value, or undefined when the parameter or key is unknown
 */
export function paramFor(ref: ParamRef, subject: KeySource | undefined, ctx: EngineContext, day: Day): unknown {
  const key = ref.by === undefined ? undefined : subject?.keyOn(ref.by, day);
  return ctx.parameters.read(ref, key, day);
}

/**
 * Resolves a number written in a rule or read from a parameter.
 *
 * @returns the number, or null when the parameter holds null or no key applies
 */
export function numberFor(spec: NumberSpec, subject: KeySource | undefined, ctx: EngineContext, day: Day): number | null {
  if (typeof spec === "number") return spec;
  const value = paramFor(spec, subject, ctx, day);
  return typeof value === "number" ? value : null;
}

/** Resolves a list written in a rule or read from a parameter. */
export function listFor(spec: ListSpec, subject: KeySource | undefined, ctx: EngineContext, day: Day): string[] {
  if (Array.isArray(spec)) return spec;
  const value = paramFor(spec, subject, ctx, day);
  return Array.isArray(value) ? value.map(String) : [];
}

/**
 * The subject's date a due date counts from (or falls on): the anchor that decides which
 * parameter values and rule versions apply to a deadline.
 *
 * @returns the anchor day, or undefined while no date it could count from has happened
 */
export function anchorOf(due: Due, subject: SubjectInstance): Day | undefined {
  if ("on" in due) return subject.date(due.on);
  if ("workingDaysAfter" in due) return subject.date(due.workingDaysAfter);
  if ("monthsAfter" in due) return subject.date(due.monthsAfter);
  const start = subject.date(due.daysAfter);
  return start === undefined && due.orElse ? anchorOf(due.orElse, subject) : start;
}

/**
 * Computes a due date from the subject's dates.
 *
 * @returns the due day, or null while the date it counts from has not happened
 */
export function dueFor(due: Due, subject: SubjectInstance, ctx: EngineContext): Day | null {
  if ("on" in due) return subject.date(due.on) ?? null;
  if ("workingDaysAfter" in due) {
    const start = subject.date(due.workingDaysAfter);
    if (start === undefined) return null;
    const n = numberFor(due.workingDays, subject, ctx, start);
    return n === null ? null : ctx.calendar.addWorkingDays(start, n);
  }
  if ("monthsAfter" in due) {
    const start = subject.date(due.monthsAfter);
    if (start === undefined) return null;
    const n = numberFor(due.months, subject, ctx, start);
    return n === null ? null : addMonths(start, n);
  }
  const start = subject.date(due.daysAfter);
  const n = start === undefined ? null : numberFor(due.days, subject, ctx, start);
  if (n === null || start === undefined) return due.orElse ? dueFor(due.orElse, subject, ctx) : null;
  return addDays(start, n);
}
