import { parseDay, type Day } from "../calendar/day";
import type { Policy } from "./policy";

/**
 * The council's closure days a policy names: the parameter `calendar.closureDays` (which
 * `withParameters` can patch) together with the policy calendar's own `closureDays` (kept for
 * policy files written before the parameter existed). A day in either list is not a working day.
 *
 * @param policy - a checked policy
 * @returns the closure days, each once, in order
 * @example
 * closureDaysOf(withParameters(qafPolicy, { calendar: { closureDays: ["2024-12-27"] } })); // [the day of 2024-12-27]
 */
export function closureDaysOf(policy: Policy): Day[] {
  const listed = [...policy.calendar.closureDays, ...(policy.parameters.calendar?.closureDays ?? [])];
  return [...new Set(listed.map((d) => parseDay(d) as Day))].sort((a, b) => a - b);
}
