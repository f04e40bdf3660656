import { evaluate } from "../engine/run/evaluate";
import type { Evaluation } from "../model/evaluation";
import { checkPolicy } from "../engine/compile/compile-policy";
import { toIssues } from "../policy/issues";
import { zodEnglish } from "../model/messages";
import { hostileKeyIssues } from "../policy/hostile-keys";
import { nestingIssue } from "../policy/nesting";
import { parsePolicy } from "../engine/compile/parse-policy";
import { qafPolicy } from "../policy/qaf-policy";
import type { Policy } from "../policy/policy";
import { withParameters, type ParameterPatch } from "../policy/with-parameters";
import { withRules } from "../policy/with-rules";
import { isEnabled } from "../policy/basis";
import { InvalidScenarioError } from "./errors";
import { checkExpectations, type ScenarioFailure } from "./expectations";
import { patchDataset } from "./patch-dataset";
import { scenarioSchema, type DatasetPatch, type Scenario } from "./scenario";

/** How deep a scenario may nest: a dataset's records and an expectation's details need a handful of levels. */
const MAX_SCENARIO_NESTING = 100;

/** The outcome of one scenario. */
export interface ScenarioResult {
  name: string;
  passed: boolean;
  failures: ScenarioFailure[];
  evaluation: Evaluation;
}

/**
 * Evaluates a scenario and checks its expectations: each expected obligation, breach and
 * escalation must partially match one result; each `absent` one must match none; a kind
 * listed in `complete` may have no other result; `counts` are exact per rule; and no record
 * may be rejected beyond those `rejected` lists.
 *
 * @param input - the scenario (datasets and policies inline; see `loadScenarioFile` for files)
 * @returns the failures, and the evaluation for a closer look
 * @throws InvalidScenarioError when the scenario is malformed; InvalidPolicyError for a bad policy
 * @example
 * const result = await runScenario(scenario);
 * if (!result.passed) console.error(formatFailures(result));
 */
export async function runScenario(input: Scenario): Promise<ScenarioResult> {
  const name = (input as { name?: unknown } | null)?.name;
  const label = typeof name === "string" ? name : undefined;
  // Before anything walks it: a scenario nested 200,000 deep must be refused, not overflow the stack.
  const tooDeep = nestingIssue(input, MAX_SCENARIO_NESTING, "; a scenario's expectations, parameters and patches need far fewer");
  if (tooDeep !== undefined) throw new InvalidScenarioError([tooDeep], label);
  const merged = input as { parameters?: unknown; switches?: unknown; dataset?: { patch?: unknown } };
  const hostile = [
    ...hostileKeyIssues(merged.parameters, ["parameters"]),
    ...hostileKeyIssues(merged.switches, ["switches"]),
    ...hostileKeyIssues(merged.dataset?.patch, ["dataset", "patch"]),
  ];
  if (hostile.length > 0) throw new InvalidScenarioError(hostile, label);
  const parsed = scenarioSchema.safeParse(input, { error: zodEnglish });
  if (!parsed.success) throw new InvalidScenarioError(toIssues(parsed.error.issues), (input as { name?: string })?.name);
  const s = parsed.data;
  const given = s.dataset as Record<string, unknown>;
  const dataset = "base" in given && Object.keys(given).every((k) => k === "base" || k === "patch")
    ? patchDataset(baseOf(given["base"] as Record<string, unknown> | string, s.name), given["patch"] as DatasetPatch | undefined)
    : given;
  let policy: Policy = s.policy === undefined ? qafPolicy : typeof s.policy === "string" ? notLoaded(s.name, "policy") : parsePolicy(s.policy);
  if (s.parameters) policy = withParameters(policy, s.parameters as ParameterPatch);
  if (s.switches) policy = withRules(policy, s.switches);
  if (s.rules) policy = onlyRules(policy, s.rules, s.name);
  const evaluation = await evaluate(dataset, { asOf: s.asOf, ...(s.from ? { from: s.from } : {}), policy });
  checkPolicy(policy, { from: evaluation.window.from });
  const failures = checkExpectations(s.expect, evaluation);
  return { name: s.name, passed: failures.length === 0, failures, evaluation };
}

function onlyRules(policy: Policy, ids: readonly string[], name: string): Policy {
  const known = new Set(policy.rules.map((r) => r.id));
  const off = new Set(policy.rules.filter((r) => !isEnabled(r)).map((r) => r.id));
  const unknown = ids.flatMap((id, i) =>
    !known.has(id) ? [{ path: ["rules", i], message: `the policy has no rule "${id}"` }]
      : off.has(id) ? [{ path: ["rules", i], message: `"${id}" is switched off in the policy: switch it on with "switches": { "${id}": { "enabled": true } }` }]
        : []);
  if (unknown.length) throw new InvalidScenarioError(unknown, name);
  const keep = new Set(ids);
  return { ...policy, rules: policy.rules.filter((r) => keep.has(r.id)) };
}

function baseOf(base: Record<string, unknown> | string, name: string): Record<string, unknown> {
  return typeof base === "string" ? notLoaded(name, "dataset.base") : base;
}

function notLoaded(name: string, field: string): never {
  throw new InvalidScenarioError([{ path: field.split("."), message: "is a file path: load the scenario with loadScenarioFile, which reads it" }], name);
}

/**
 * Formats a scenario's failures for a test report, one line each.
 *
 * @param result - the scenario's result
 * @returns the text; empty when it passed
 */
export function formatFailures(result: ScenarioResult): string {
  if (result.passed) return "";
  return [`Scenario "${result.name}" failed:`, ...result.failures.map((f) => `  - ${f.message}`)].join("\n");
}
