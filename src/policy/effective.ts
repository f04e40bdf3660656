import { parseDay, type Day } from "../calendar/day";
import type { RuleDefinition } from "../model/policy";

/**
 * Whether a rule is in force on a day: inside its `effective` dates (both inclusive, either
 * end open). A rule without `effective` is always in force. The day is the one that decides
 * an obligation: a period's start, an anchor date, a checked record's own date.
 *
 * @param rule - the rule definition
 * @param day - the deciding day
 * @returns true when the rule may produce an obligation decided on that day
 * @example
 * inEffect({ ...rule, effective: { from: "2025-04-01" } }, toDay("2025-03-31")); // false
 */
export function inEffect(rule: Pick<RuleDefinition, "effective">, day: Day): boolean {
  const from = rule.effective?.from === undefined ? undefined : parseDay(rule.effective.from);
  const to = rule.effective?.to === undefined ? undefined : parseDay(rule.effective.to);
  return (from === undefined || day >= from) && (to === undefined || day <= to);
}
