import { toDay } from "../calendar/day";
import { compilePolicy, type CompiledPolicy } from "../engine/compile/compile-policy";
import { createContext, type EngineContext } from "../engine/context/engine-context";
import { indexDataset } from "../engine/dataset-index/index-dataset";
import type { RunnableRule } from "../engine/kinds";
import type { Found } from "../engine/kinds/kind";
import { emptyOutput } from "../engine/outcomes/rule-output";
import { sourceOfType } from "../engine/subjects/sources";
import type { Evaluation, Subject } from "../model/evaluation";
import { parseDataset } from "../model/parse-dataset";
import type { Policy } from "../policy/policy";

/**
 * Rebuilds the engine's view of an evaluation (same dataset, policy and window), to look at
 * one subject again.
 *
 * @returns the compiled policy and the engine context
 */
export function contextOf(evaluation: Evaluation, dataset: unknown, policy: Policy): { compiled: CompiledPolicy; ctx: EngineContext } {
  const compiled = compilePolicy(policy);
  const index = indexDataset(parseDataset(dataset).dataset);
  const ctx = createContext({
    asOf: toDay(evaluation.asOf), from: toDay(evaluation.window.from), policy: compiled.policy, index, parameters: compiled.parameters,
  });
  return { compiled, ctx };
}

/**
 * Finds a result again: its subject among the subjects of its rule, and the outcome the rule
 * gives that subject (with the facts the engine decided it by: its deciding day, a wait's start).
 *
 * @param rule - the compiled rule
 * @param subject - the result's subject
 * @param ids - the result's obligation id, or its breach id for a check breach
 * @param ctx - the engine context
 * @returns what was found; empty when the subject is no longer there
 */
export function findResult(rule: RunnableRule, subject: Subject, ids: { obligationId?: string; breachId?: string }, ctx: EngineContext): Found {
  // A rule whose kind lists its own subjects (a target's scopes) finds them itself: it is run on none.
  const source = rule.listsOwnSubjects ? sourceOfType(subject.type) : rule.source;
  const instance = source?.list(ctx).find((s) => s.subject.type === subject.type && s.subject.id === subject.id);
  if (!instance) return {};
  const out = emptyOutput();
  const steps = rule.run(rule.listsOwnSubjects ? [] : [instance], ctx, out)[Symbol.iterator]();
  while (!steps.next().done) continue;
  const outcome = out.outcomes.find((o) => o.id === ids.obligationId);
  const checked = out.checkBreaches.find((c) => c.breach.id === ids.breachId);
  return { subject: instance, ...(outcome ? { outcome } : {}), ...(checked ? { checkedOn: checked.on } : {}) };
}
