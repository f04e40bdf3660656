import { periodsOverlapping, type Period } from "../calendar/periods";
import type { RuleOfKind } from "../model/policy";
import { inEffect } from "../policy/effective";
import type { EngineContext } from "./context";

/**
 * The periods a cadence or target rule owes something for: those overlapping the window
 * whose first day (the day that decides them) is inside the rule's effective dates.
 *
 * @param rule - the rule definition
 * @param ctx - the evaluation
 * @returns the periods, in order
 */
export function rulePeriods(rule: RuleOfKind<"cadence" | "target">, ctx: EngineContext): Period[] {
  return periodsOverlapping(rule.period, ctx.from, ctx.asOf, ctx.policy.calendar.yearStartMonth)
    .filter((period) => inEffect(rule, period.from));
}
