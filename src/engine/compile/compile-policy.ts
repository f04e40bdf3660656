import { parseDay, formatDay, type Day } from "../../calendar/day";
import { InvalidPolicyError, type Issue } from "../../errors";
import { ruleDefinitionSchema, type RuleDefinition } from "../../model/policy";
import { datedSites } from "../../policy/dated";
import { hostileKeyIssues } from "../../policy/hostile-keys";
import { parameterIssues } from "../../policy/retired";
import { nestingIssue } from "../../policy/nesting";
import { parameterUseIssues } from "../../policy/parameter-use";
import { parametersSchema } from "../../policy/parameters";
import { policySchema, type Policy } from "../../policy/policy";
import { compileRules } from "./compile-rules";
import { bindKind, type RunnableRule } from "../kinds";
import { parameterTable, type ParameterTable } from "../context/parameter-table";
import { finish } from "../../model/steps";
import { zodEnglish } from "../../model/messages";

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
  return finish(examine(input, options)).issues;
}

/**
 * Checks a policy and compiles its rules in the same pass, a phase at a time: each phase
 * takes a few milliseconds (the schema's first run in a process, tens).
 */
function* examine(input: unknown, options: PolicyCheckOptions): Generator<void, { issues: Issue[]; policy?: Policy; rules?: RunnableRule[] }> {
  const tooDeep = nestingIssue(input);
  if (tooDeep !== undefined) return { issues: [tooDeep] };
  const hostile = hostileKeyIssues(input);
  yield* warmSchemaParts(input);
  const result = policySchema.safeParse(input, { error: zodEnglish });
  yield;
  if (!result.success) {
    const shape = parameterIssues(result.error.issues, [], ["parameters"]).filter((i) => !hostile.some((h) => samePath(h.path, i.path)));
    return { issues: [...hostile, ...shape, ...compileRules(rulesThatParse(input)).issues] };
  }
  const policy = result.data;
  const compiled = compileRules(policy.rules, policy.parameters);
  yield;
  const issues = [...hostile, ...compiled.issues, ...parameterUseIssues(policy.rules.map(parameterUsesOf), policy.parameters)];
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
  return { issues, policy, rules: compiled.rules };
}

/** What a rule reads from parameters as numbers and patterns, as its kind declares. */
function parameterUsesOf(rule: RuleDefinition) {
  const bound = bindKind(rule);
  return { wholeNumbers: bound.wholeNumbers(), assertions: bound.assertions() };
}

/** The rules that are well-formed on their own, at their own indexes (holes elsewhere). */
/**
 * Runs the policy schema's parts one at a time (the parameters, then each rule), for the
 * effect alone: a zod schema compiles itself on its first run, which for the whole policy at
 * once takes tens of milliseconds, and a step apart the host gets a turn between them.
 */
function* warmSchemaParts(input: unknown): Generator<void, void> {
  if (typeof input !== "object" || input === null) return;
  const { parameters, rules } = input as { parameters?: unknown; rules?: unknown };
  parametersSchema.safeParse(parameters);
  yield;
  if (!Array.isArray(rules)) return;
  for (const rule of rules) {
    ruleDefinitionSchema.safeParse(rule);
    yield;
  }
}

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
  return compilePolicy(input, options).policy;
}

/**
 * A policy compiled for the engine: the checked document, its rules with every name resolved
 * and their conditions prepared, and its parameters resolved once per era.
 */
export interface CompiledPolicy {
  /** The policy document, checked. */
  readonly policy: Policy;
  /** Its rules, in catalogue order, ready to run. */
  readonly rules: readonly RunnableRule[];
  /** Its parameters, read as in force on any day without walking dated values again. */
  readonly parameters: ParameterTable;
}

/**
 * Compiles a policy document: validates the whole of it (as {@link checkPolicy} does) and
 * turns it into what the engine runs, once: each rule's subject source, owner, fulfilment or
 * measure and referral recipient resolved to functions, its condition prepared, and the
 * parameters resolved per era of their dated values. `evaluate` compiles its policy this way;
 * compiling once and reading `policy` or `rules` is for tools that look at a policy.
 *
 * @param input - the policy to compile
 * @param options - the window's first day, to check dated parameters cover it
 * @returns the compiled policy
 * @throws InvalidPolicyError naming every bad path
 * @example
 * const compiled = compilePolicy(qafPolicy, { from: "2024-04-01" });
 * compiled.rules.length; // the number of rules
 */
export function compilePolicy(input: unknown, options: PolicyCheckOptions = {}): CompiledPolicy {
  return finish(compilePolicySteps(input, options));
}

/**
 * {@link compilePolicy} a phase at a time, so that `evaluate` can give its host a turn between
 * phases (a policy schema's first run in a process takes tens of milliseconds).
 *
 * @param input - the policy to compile
 * @param options - the window's first day
 * @returns steps, then the compiled policy
 */
export function* compilePolicySteps(input: unknown, options: PolicyCheckOptions = {}): Generator<void, CompiledPolicy> {
  const { issues, policy, rules } = yield* examine(input, options);
  if (issues.length > 0 || !policy || !rules) throw new InvalidPolicyError(issues);
  yield;
  return { policy, rules, parameters: parameterTable(policy.parameters) };
}
