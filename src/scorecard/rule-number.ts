/**
 * A rule's number (a target rate, grace days) as in force on a day.
 *
 * @module
 */
import type { Day } from "../calendar/day";
import type { Policy } from "../policy/policy";
import { readParameter } from "../policy/read-parameter";

/**
 * A number of a rule (a number, or a parameter as in force on a day).
 *
 * @param policy - the policy, for its parameters
 * @param spec - the number, or the parameter giving it
 * @param day - the day the parameter is read on
 * @returns the number, or undefined when there is none or the parameter is not a number
 */
export function numberOf(policy: Policy, spec: number | { param: string; by?: string | undefined } | undefined, day: Day): number | undefined {
  if (spec === undefined) return undefined;
  if (typeof spec === "number") return spec;
  const v = readParameter(policy.parameters, spec, undefined, day);
  return typeof v === "number" ? v : undefined;
}
