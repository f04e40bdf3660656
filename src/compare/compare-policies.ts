import { evaluate } from "../engine/run/evaluate";
import type { EvaluateOptions } from "../engine/run/evaluate-options";
import { parametersReadBy } from "../engine/compile/rule-vocabulary";
import type { Breach, Escalation, Evaluation, Obligation } from "../model/evaluation";
import type { RuleDefinition } from "../model/policy";
import { parseDataset } from "../model/parse-dataset";
import { checkPolicy } from "../engine/compile/compile-policy";
import type { Policy } from "../policy/policy";
import { canonicalJson } from "./canonical-json";
import { diffParameters, touches, type ParameterChange } from "./diff-parameters";
import { differences, type Difference, type Differences } from "./differences";
import { placeFinder } from "./places";

/** One step of a long run: what is being done, and how far it has got. */
export interface ProgressEvent {
  /** What is being done: `baseline`, `proposal`, `differences`, or an evaluation's own stage prefixed by which (`baseline: rules`). */
  stage: string;
  /** The rule being run, when the stage goes rule by rule. */
  rule?: string;
  /** Steps of the stage done so far. */
  done: number;
  /** Steps of the stage in all. */
  total: number;
}

/** Options of {@link comparePolicies}: the same window for both evaluations. */
export interface CompareOptions {
  asOf: string;
  from?: string;
  /**
   * Called as the comparison goes: `{ stage: "baseline", done: 0, total: 3 }`, then
   * `proposal` (1 of 3), `differences` (2 of 3) and `differences` 3 of 3 at the end; where
   * `evaluate` reports its own progress, its events come in between, their stage prefixed
   * with `baseline: ` or `proposal: `.
   */
  onProgress?: (progress: ProgressEvent) => void;
}

/** How many results a proposal adds, removes and changes, for one rule, team or area. */
export interface Tally {
  added: number;
  removed: number;
  changed: number;
}

/** What a proposed policy changes, against a baseline, on one dataset and window. */
export interface PolicyComparison {
  window: { from: string; to: string };
  baseline: { id: string; version: string };
  proposal: { id: string; version: string };
  /** The parameters that differ. */
  parameters: ParameterChange[];
  /** Rule definitions the proposal adds, removes or changes, by id. */
  rules: { added: string[]; removed: string[]; changed: string[] };
  obligations: Differences<Obligation>;
  breaches: Differences<Breach>;
  escalations: Differences<Escalation>;
  /** Obligation, breach and escalation differences counted per rule id, team id and area id (`(none)` where unplaced). */
  counts: { byRule: Record<string, Tally>; byTeam: Record<string, Tally>; byArea: Record<string, Tally> };
  /** True when the proposal changes no result. */
  empty: boolean;
}

/**
 * Evaluates a dataset under a baseline and a proposed policy and reports what the proposal
 * changes: obligations, breaches and escalations added, removed and changed (status, due
 * date, severity...), counted per rule, team and area, each explained by the differing
 * parameters its rule reads. Both policies are checked first, dated values included.
 *
 * @param dataset - the council's export
 * @param baseline - the policy in force
 * @param proposal - the policy proposed
 * @param options - `asOf` and optionally `from`, as for `evaluate`; `onProgress` to follow a long run
 * @returns the comparison
 * @example
 * const proposal = withParameters(qafPolicy, { survey: { targetRate: 0.15 } });
 * const impact = await comparePolicies(lastYear, qafPolicy, proposal, { asOf: "2025-03-31" });
 * console.log(impact.breaches.added.length, impact.counts.byArea);
 */
export async function comparePolicies(
  dataset: unknown,
  baseline: Policy,
  proposal: Policy,
  options: CompareOptions,
): Promise<PolicyComparison> {
  const { onProgress, ...window } = options;
  const step = (stage: string, done: number): void => onProgress?.({ stage, done, total: 3 });
  const run = (policy: Policy, name: string): Promise<Evaluation> => {
    const evaluateOptions: EvaluateOptions = {
      ...window, policy,
      ...(onProgress === undefined ? {} : { onProgress: (p: ProgressEvent) => onProgress({ ...p, stage: `${name}: ${p.stage}` }) }),
    };
    return evaluate(dataset, evaluateOptions);
  };
  step("baseline", 0);
  const before = await run(baseline, "baseline");
  step("proposal", 1);
  const after = await run(proposal, "proposal");
  step("differences", 2);
  checkPolicy(baseline, { from: before.window.from });
  checkPolicy(proposal, { from: after.window.from });
  const parameters = diffParameters(baseline.parameters, proposal.parameters);
  const rules = ruleChanges(baseline.rules, proposal.rules);
  const calendarChanged = canonicalJson(baseline.calendar) !== canonicalJson(proposal.calendar);
  const definitions = new Map([...baseline.rules, ...proposal.rules].map((r) => [r.id, r]));
  const because = (ruleId: string): string[] => {
    const rule = definitions.get(ruleId);
    const reads = rule ? parametersReadBy(rule) : [];
    const names = parameters.map((p) => p.name).filter((name) => reads.some((r) => touches(name, r)));
    if ([...rules.added, ...rules.removed, ...rules.changed].includes(ruleId)) names.push(`rule:${ruleId}`);
    if (calendarChanged) names.push("calendar");
    return names;
  };
  const obligations = differences(before.obligations, after.obligations, ["status", "dueBy", "metOn", "progress", "period"], because);
  const breaches = differences(before.breaches, after.breaches, ["status", "since", "severity", "resolvedOn"], because);
  const escalations = differences(before.escalations, after.escalations, ["level", "to", "raisedOn"], because);
  const all = [obligations, breaches, escalations].flatMap((d) => [...d.added, ...d.removed, ...d.changed]);
  const counts = tally(all, dataset);
  step("differences", 3);
  return {
    window: before.window,
    baseline: identity(before),
    proposal: identity(after),
    parameters,
    rules,
    obligations,
    breaches,
    escalations,
    counts,
    empty: all.length === 0,
  };
}

const identity = (e: Evaluation) => e.policy;

function ruleChanges(before: readonly RuleDefinition[], after: readonly RuleDefinition[]) {
  const old = new Map(before.map((r) => [r.id, canonicalJson(r)]));
  const now = new Map(after.map((r) => [r.id, canonicalJson(r)]));
  return {
    added: [...now.keys()].filter((id) => !old.has(id)).sort(),
    removed: [...old.keys()].filter((id) => !now.has(id)).sort(),
    changed: [...now.keys()].filter((id) => old.has(id) && old.get(id) !== now.get(id)).sort(),
  };
}

function tally(all: readonly Difference<Obligation | Breach | Escalation>[], dataset: unknown): PolicyComparison["counts"] {
  const place = placeFinder(parseDataset(dataset).dataset);
  const counts: PolicyComparison["counts"] = { byRule: {}, byTeam: {}, byArea: {} };
  const bump = (table: Record<string, Tally>, key: string, change: Difference<unknown>["change"]) => {
    const t = (table[key] ??= { added: 0, removed: 0, changed: 0 });
    t[change] += 1;
  };
  for (const d of all) {
    const item = (d.after ?? d.before) as { owner?: Obligation["owner"]; to?: Escalation["to"] };
    const where = place(d.subject, item.owner);
    bump(counts.byRule, d.ruleId, d.change);
    bump(counts.byTeam, where.teamId ?? "(none)", d.change);
    bump(counts.byArea, where.areaId ?? "(none)", d.change);
  }
  return counts;
}
