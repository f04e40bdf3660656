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
  if (due.type === "on") return subject.date(due.date);
  const start = subject.date(due.after);
  return start === undefined && due.type === "days" && due.orElse ? anchorOf(due.orElse, subject) : start;
}

/**
 * Computes a due date from the subject's dates.
 *
 * @returns the due day, or null while the date it counts from has not happened
 */
export function dueFor(due: Due, subject: SubjectInstance, ctx: EngineContext): Day | null {
  if (due.type === "on") return subject.date(due.date) ?? null;
  const start = subject.date(due.after);
  const n = start === undefined ? null : numberFor(due.count, subject, ctx, start);
  if (n === null || start === undefined) return due.type === "days" && due.orElse ? dueFor(due.orElse, subject, ctx) : null;
  switch (due.type) {
    case "working-days": return ctx.calendar.addWorkingDays(start, n);
    case "months": return addMonths(start, n);
    case "days": return addDays(start, n);
  }
}
