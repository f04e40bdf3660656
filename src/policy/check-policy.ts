import { parseDay, formatDay, type Day } from "../calendar/day";
import { InvalidPolicyError, type Issue } from "../errors";
import { vocabularyIssues } from "../engine/vocabulary";
import { ruleDefinitionSchema, type RuleDefinition } from "../model/policy";
import { datedSites } from "./dated";
import { hostileKeyIssues } from "./hostile-keys";
import { toIssues } from "./issues";
import { nestingIssue } from "./nesting";
import { parameterUseIssues } from "./parameter-use";
import { policySchema, type Policy } from "./policy";

/** Options of {@link checkPolicy}. */
export interface PolicyCheckOptions {
  /**
   * The first day of the evaluation window, `YYYY-MM-DD` or a day number. Every dated
   * parameter must have a value in force on it: its first `from` may not come later.
   */
  from?: string | Day;
}

/**
 * Lists every problem of a policy document, without throwing: nesting deeper than 100
 * levels (reported alone, as nothing else can be checked safely), hostile keys, its shape and
 * ranges, the names its rules use, its rules' effective dates, and (with `from`) dated
 * parameters that start too late for the window.
 *
 * @param input - the policy, parsed from JSON or built in code
 * @param options - the window's first day, to check dated parameters cover it
 * @returns the problems, each with its path from the policy's root; empty when it is valid
 */
export function policyIssues(input: unknown, options: PolicyCheckOptions = {}): Issue[] {
  const tooDeep = nestingIssue(input);
  if (tooDeep !== undefined) return [tooDeep];
  const hostile = hostileKeyIssues(input);
  const result = policySchema.safeParse(input);
  if (!result.success) {
    const shape = toIssues(result.error.issues).filter((i) => !hostile.some((h) => samePath(h.path, i.path)));
    return [...hostile, ...shape, ...vocabularyIssues(rulesThatParse(input))];
  }
  const policy = result.data;
  const issues = [...hostile, ...vocabularyIssues(policy.rules, policy.parameters), ...parameterUseIssues(policy.rules, policy.parameters)];
  policy.rules.forEach((rule, i) => {
    const { from, to } = rule.effective ?? {};
    if (from !== undefined && to !== undefined && from > to) {
      issues.push({ path: ["rules", i, "effective", "to"], message: "the rule's last day comes before its first" });
    }
  });
  const windowStart = typeof options.from === "string" ? parseDay(options.from) : options.from;
  if (windowStart !== undefined) {
    for (const site of datedSites(policy.parameters)) {
      const first = parseDay(site.list[0]?.from ?? "");
      if (first !== undefined && first > windowStart) {
        issues.push({
          path: ["parameters", ...site.path, 0, "from"],
          message: `no value is in force on ${formatDay(windowStart)}, where the evaluation starts: the first value starts on ${formatDay(first)}; add a value from ${formatDay(windowStart)} or earlier`,
        });
      }
    }
  }
  return issues;
}

/** The rules that are well-formed on their own, at their own indexes (holes elsewhere). */
function rulesThatParse(input: unknown): RuleDefinition[] {
  const rules = (input as { rules?: unknown } | null)?.rules;
  const out: RuleDefinition[] = [];
  if (!Array.isArray(rules)) return out;
  rules.forEach((r, i) => {
    const parsed = ruleDefinitionSchema.safeParse(r);
    if (parsed.success) out[i] = parsed.data;
  });
  return out;
}

function samePath(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  return a.length === b.length && a.every((p, i) => p === b[i]);
}

/**
 * Validates a whole policy: hostile keys, its shape, its parameters' ranges and dates, the
 * names its rules use (facts, operators, owners, fulfilments, measures, parameters), and,
 * given the window's first day, that every dated parameter has a value in force on it.
 *
 * @param input - the policy to check
 * @param options - the window's first day
 * @returns the policy, typed
 * @throws InvalidPolicyError naming every bad path
 * @example
 * checkPolicy(policy, { from: "2024-04-01" });
 */
export function checkPolicy(input: unknown, options: PolicyCheckOptions = {}): Policy {
  const issues = policyIssues(input, options);
  if (issues.length > 0) throw new InvalidPolicyError(issues);
  return policySchema.parse(input);
}
