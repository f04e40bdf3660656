import type { Day } from "../../calendar/day";
import { periodContaining, periodsOverlapping, type Period } from "../../calendar/periods";
import type { RuleOfKind } from "../../model/policy";
import { inEffect } from "../../policy/effective";
import type { EngineContext } from "../context/engine-context";
import { atIndex } from "../../util/at-index";

/**
 * The periods a cadence or target rule owes something for: those overlapping the window, and
 * the earlier ones whose due date falls inside it (a Q4 report due in April is seen by an
 * evaluation of the new year), each kept when its first day (the day that decides it) is
 * inside the rule's effective dates.
 *
 * @param rule - the rule definition
 * @param ctx - the evaluation
 * @param dueOf - the due date of a period's obligation; due dates never come earlier for a later period
 * @returns the periods, in order
 */
export function rulePeriods(
  rule: RuleOfKind<"cadence" | "target">,
  ctx: EngineContext,
  dueOf: (period: Period) => Day,
): Period[] {
  const { yearStartMonth } = ctx.policy.calendar;
  const overlapping = periodsOverlapping(rule.period, ctx.from, ctx.asOf, yearStartMonth);
  const earlier: Period[] = [];
  const before = (p: Period) => periodContaining(rule.period, p.from - 1, yearStartMonth);
  for (let p = before(atIndex(overlapping, 0)); ; p = before(p)) {
    const due = dueOf(p);
    if (due < ctx.from) break;
    if (due <= ctx.asOf) earlier.unshift(p);
  }
  return [...earlier, ...overlapping].filter((period) => inEffect(rule, period.from));
}
