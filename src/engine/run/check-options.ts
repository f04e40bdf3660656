import { parseDay, formatDay, type Day } from "../../calendar/day";
import { financialYearOf } from "../../calendar/periods";
import { InvalidOptionsError, type Issue } from "../../errors";
import { didYouMean } from "../../text/did-you-mean";
import type { Policy } from "../../policy/policy";
import { compilePolicySteps, type CompiledPolicy } from "../compile/compile-policy";
import { qafPolicy } from "../../policy/qaf-policy";
import type { EvaluateOptions } from "./evaluate-options";

/** The options `evaluate` takes: a misspelt one (`form` for `from`) is an error, never silently ignored. */
const OPTION_KEYS: readonly string[] = ["asOf", "from", "policy", "signal", "onProgress"];

/** The first day an evaluation's window may start on. */
export const EARLIEST_DAY = "1900-01-01";
/** The last day an evaluation may be made on. */
export const LATEST_DAY = "2199-12-31";

const earliest = parseDay(EARLIEST_DAY) as Day;
const latest = parseDay(LATEST_DAY) as Day;
const RANGE = `a real date written YYYY-MM-DD, from ${EARLIEST_DAY} to ${LATEST_DAY}`;

/**
 * Reads a date option (`asOf`, `from`): a real `YYYY-MM-DD` date from 1900-01-01 to
 * 2199-12-31, so no result can hold a date the calendar cannot write (`+010000-01-02`).
 * The message never echoes the value.
 *
 * @param value - the option's value
 * @param path - its path, for the issue
 * @param issues - where a problem is added
 * @returns the day, or undefined (and an issue) when it is not one
 * @example
 * const issues: Issue[] = [];
 * checkDayOption("9999-12-31", ["asOf"], issues); // undefined; issues names asOf
 */
export function checkDayOption(value: unknown, path: (string | number)[], issues: Issue[]): Day | undefined {
  const day = typeof value === "string" ? parseDay(value) : undefined;
  if (day === undefined || day < earliest || day > latest) {
    issues.push({ path, message: `must be ${RANGE}` });
    return undefined;
  }
  return day;
}

/**
 * Checks the options of `evaluate` and works out its window: no key it does not know (with
 * the nearest one named), `asOf` and `from` real dates
 * in range, `from` on or before `asOf` (by default the start of the financial year of
 * `asOf`), and the policy valid for that window.
 *
 * @param options - the options as given
 * @returns steps (the policy compiles a phase at a time), then `asOf`, the window's first day
 *   and the compiled policy
 * @throws InvalidOptionsError naming each bad option; InvalidPolicyError for a bad policy
 * @example
 * const { asOf, from, compiled } = finish(checkOptions({ asOf: "2025-03-31" }));
 */
export function* checkOptions(options: EvaluateOptions): Generator<void, { asOf: Day; from: Day; compiled: CompiledPolicy }> {
  const issues: Issue[] = [];
  if (options === null || typeof options !== "object") {
    throw new InvalidOptionsError([{ path: [], message: "pass an options object such as { asOf: \"2025-03-31\" }" }]);
  }
  for (const key of Object.keys(options)) {
    if (OPTION_KEYS.includes(key)) continue;
    const near = didYouMean(key, OPTION_KEYS);
    issues.push({ path: [key], message: `is not an option of evaluate${near === undefined ? "" : `; did you mean ${near}?`} (options: ${OPTION_KEYS.join(", ")})` });
  }
  const asOf = checkDayOption(options.asOf, ["asOf"], issues);
  const from = options.from === undefined ? undefined : checkDayOption(options.from, ["from"], issues);
  if (asOf !== undefined && from !== undefined && from > asOf) issues.push({ path: ["from"], message: "must be on or before asOf" });
  if (issues.length > 0) throw new InvalidOptionsError(issues);
  const day = asOf as Day;
  const yearStartMonth = (options.policy as Policy | undefined)?.calendar?.yearStartMonth;
  // The policy is checked below, with the window: until then, read its year start only if it is valid.
  const start = from ?? financialYearOf(day, Number.isInteger(yearStartMonth) && (yearStartMonth as number) >= 1 && (yearStartMonth as number) <= 12 ? (yearStartMonth as number) : 4).from;
  if (start < earliest) {
    throw new InvalidOptionsError([{ path: ["asOf"], message: `the window (from the start of its financial year) would start before ${EARLIEST_DAY}: pass a from on or after it` }]);
  }
  const compiled = yield* compilePolicySteps(options.policy ?? qafPolicy, { from: formatDay(start) });
  return { asOf: day, from: start, compiled };
}
