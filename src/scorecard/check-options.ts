/**
 * A scorecard's options checked: its span of days, or an error naming each bad option.
 *
 * @module
 */
import type { Day } from "../calendar/day";
import { InvalidOptionsError, type Issue } from "../errors";
import { dayOf, monthEndOf, monthStart } from "./months";
import type { ScorecardOptions } from "./types";

/** A scorecard's span: the first day of `from`, the last day of `to`, and the day it is read on. */
export interface ScorecardSpan {
  /** The first day of the first month. */
  from: Day;
  /** The last day of the last month. */
  to: Day;
  /** The evaluation's day: `asOf`, by default the last day of `to`. */
  asOf: Day;
}

/**
 * The span of a scorecard's options, checked.
 *
 * @param options - the options, as given (any value)
 * @returns the span
 * @throws InvalidOptionsError for bad months, an `asOf` before the span, or an unknown `by`
 */
export function checkScorecardOptions(options: ScorecardOptions): ScorecardSpan {
  const issues: Issue[] = [];
  const o = (options as ScorecardOptions | null | undefined) ?? ({} as Partial<ScorecardOptions>);
  const from = typeof o.from === "string" ? monthStart(o.from) : undefined;
  const toStart = typeof o.to === "string" ? monthStart(o.to) : undefined;
  if (from === undefined) issues.push({ path: ["from"], message: "must be a month, YYYY-MM" });
  if (toStart === undefined) issues.push({ path: ["to"], message: "must be a month, YYYY-MM" });
  if (from !== undefined && toStart !== undefined && toStart < from) issues.push({ path: ["to"], message: "must not be before from" });
  if (o.by !== undefined && !["team", "area", "service"].includes(o.by)) issues.push({ path: ["by"], message: "must be team, area or service" });
  const to = toStart === undefined ? undefined : monthEndOf(toStart);
  let asOf = to;
  if (o.asOf !== undefined) {
    asOf = typeof o.asOf === "string" ? dayOf(o.asOf) : undefined;
    if (asOf === undefined) issues.push({ path: ["asOf"], message: "must be a day, YYYY-MM-DD" });
    else if (from !== undefined && asOf < from) issues.push({ path: ["asOf"], message: "must not be before the first day of from" });
  }
  if (issues.length > 0 || from === undefined || to === undefined || asOf === undefined) throw new InvalidOptionsError(issues);
  return { from, to, asOf };
}
