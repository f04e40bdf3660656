/**
 * Results as they stood at a month's end: a breach active then, an obligation's status then.
 *
 * @module
 */
import { minDay, type Day } from "../calendar/day";
import type { Breach, Obligation } from "../model/evaluation";
import { dayOf, monthEndOf } from "./months";

/**
 * Whether a breach is active on a day: raised by then, and not yet resolved or lapsed.
 *
 * @param breach - the breach, from an evaluation on that day or later
 * @param day - the day
 * @returns true if it was active at the end of that day
 */
export function activeOn(breach: Breach, day: Day): boolean {
  const since = dayOf(breach.since);
  if (since === undefined || since > day) return false;
  const ended = dayOf(breach.resolvedOn) ?? dayOf(breach.lapsedOn);
  return ended === undefined || ended > day;
}

/** What an obligation counts as at the end of the month it fell due in (or `asOf`). */
export type StatusAtMonthEnd = "met-on-time" | "met-late" | "overdue" | "open" | "excused";

/**
 * The status of an obligation at the end of the month it fell due in, or on `asOf` if that is
 * earlier, read from an evaluation on that day or later: met late after that day, it was
 * still overdue then. Once its due month is over, an obligation not met by the end of its due
 * day is overdue, even when it fell due on the month's last day (an evaluation on that very
 * day still calls it `open`: its deadline is that day).
 *
 * @param o - the obligation (with a due date)
 * @param asOf - the evaluation's day
 * @returns its status on that day
 */
export function statusAtMonthEnd(o: Obligation, asOf: Day): StatusAtMonthEnd {
  const due = dayOf(o.dueBy ?? undefined);
  if (o.status === "excused") return "excused";
  if (o.status === "met") return "met-on-time";
  if (due === undefined) return "open";
  const monthEnd = monthEndOf(due);
  const on = minDay(monthEnd, asOf);
  const late = due < on || monthEnd <= asOf;
  if (o.status === "met-late" && (dayOf(o.metOn) ?? asOf) <= on) return "met-late";
  return late ? "overdue" : "open";
}
