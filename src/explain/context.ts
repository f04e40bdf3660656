import { toDay } from "../calendar/day";
import { compilePolicy, type CompiledPolicy } from "../engine/compile/compile-policy";
import { createContext, type EngineContext } from "../engine/context/engine-context";
import { indexDatasetSteps } from "../engine/dataset-index/index-dataset";
import type { RunnableRule } from "../engine/kinds";
import type { Found } from "../engine/kinds/kind";
import { emptyOutput, type RuleOutput } from "../engine/outcomes/rule-output";
import type { SubjectSource } from "../engine/subjects/define-source";
import { sourceOfType } from "../engine/subjects/sources";
import type { SubjectInstance } from "../engine/subjects/subject";
import type { Evaluation, Subject } from "../model/evaluation";
import { parseDatasetSteps } from "../model/parse-dataset";
import { endsStep, finish } from "../model/steps";
import type { Policy } from "../policy/policy";
import { createRecordLocator, type RecordIndex } from "./records";

/**
 * The engine's view of an evaluation (same dataset, policy and window), built once for every
 * explanation of it, with what explanations have looked up so far: each source's subjects by
 * id, and each target rule's output.
 */
export interface ExplainContext {
  compiled: CompiledPolicy;
  ctx: EngineContext;
  /** Finds records by id in the parsed dataset. */
  records: RecordIndex;
  /** Each source's subjects, by `type:id`, listed the first time a result of that source is explained. */
  subjects: Map<SubjectSource, Map<string, SubjectInstance>>;
  /** Each target rule's output: a target runs over all its scopes at once. */
  targets: Map<RunnableRule, RuleOutput>;
}

/**
 * Rebuilds the engine's view of an evaluation, a step at a time (parsing and indexing the
 * dataset yield between records), to look at its subjects again.
 *
 * @returns steps, then the context
 */
export function* explainContextSteps(evaluation: Evaluation, dataset: unknown, policy: Policy): Generator<void, ExplainContext> {
  const compiled = compilePolicy(policy);
  const parsed = (yield* parseDatasetSteps(dataset)).dataset;
  const index = yield* indexDatasetSteps(parsed);
  const ctx = createContext({
    asOf: toDay(evaluation.asOf), from: toDay(evaluation.window.from), policy: compiled.policy, index, parameters: compiled.parameters,
  });
  return { compiled, ctx, records: createRecordLocator(parsed), subjects: new Map(), targets: new Map() };
}

/** Subjects listed between two steps. */
const PER_STEP = 1024;

/** Lists a source's subjects by `type:id` (the first of each), a step at a time, and keeps them. */
function* listSteps(context: ExplainContext, source: SubjectSource): Generator<void, Map<string, SubjectInstance>> {
  const byId = new Map<string, SubjectInstance>();
  let listed = 0;
  for (const s of source.subjects(context.ctx)) {
    if (endsStep(listed++, PER_STEP)) yield;
    const key = `${s.subject.type}:${s.subject.id}`;
    if (!byId.has(key)) byId.set(key, s);
  }
  context.subjects.set(source, byId);
  return byId;
}

/**
 * Does now, a step at a time, what first explanations would otherwise wait for: lists the
 * subjects of every rule of the policy, runs every target rule over its scopes, and reads
 * every collection's ids.
 *
 * @param context - the explanation context
 * @returns steps
 */
export function* prepareAllSteps(context: ExplainContext): Generator<void, void> {
  for (const rule of context.compiled.rules) {
    if (!rule.listsOwnSubjects) {
      if (!context.subjects.has(rule.source)) yield* listSteps(context, rule.source);
    } else if (!context.targets.has(rule)) {
      const out = emptyOutput();
      yield* rule.run([], context.ctx, out);
      context.targets.set(rule, out);
    }
  }
  yield* context.records.readAllSteps();
}

/** A subject of a source, by its type and id: the first the source lists (listed once per source). */
function subjectOf(context: ExplainContext, source: SubjectSource, subject: Subject): SubjectInstance | undefined {
  const byId = context.subjects.get(source) ?? finish(listSteps(context, source));
  return byId.get(`${subject.type}:${subject.id}`);
}

/** What a rule gives one subject (a target: all its scopes, run once). */
function outputOf(context: ExplainContext, rule: RunnableRule, instance: SubjectInstance): RuleOutput {
  const target = rule.listsOwnSubjects;
  const known = target ? context.targets.get(rule) : undefined;
  if (known !== undefined) return known;
  const out = emptyOutput();
  const steps = rule.run(target ? [] : [instance], context.ctx, out)[Symbol.iterator]();
  while (!steps.next().done) continue;
  if (target) context.targets.set(rule, out);
  return out;
}

/**
 * Finds a result again: its subject among the subjects of its rule, and the outcome the rule
 * gives that subject (with the facts the engine decided it by: its deciding day, a wait's start).
 *
 * @param rule - the compiled rule
 * @param subject - the result's subject
 * @param ids - the result's obligation id, or its breach id for a check breach
 * @param context - the explanation context
 * @returns what was found; empty when the subject is no longer there
 */
export function findResult(rule: RunnableRule, subject: Subject, ids: { obligationId?: string; breachId?: string }, context: ExplainContext): Found {
  // A rule whose kind lists its own subjects (a target's scopes) finds them itself: it is run on none.
  const source = rule.listsOwnSubjects ? sourceOfType(subject.type) : rule.source;
  const instance = source === undefined ? undefined : subjectOf(context, source, subject);
  if (!instance) return {};
  const out = outputOf(context, rule, instance);
  const outcome = out.outcomes.find((o) => o.id === ids.obligationId);
  const checked = out.checkBreaches.find((c) => c.breach.id === ids.breachId);
  return { subject: instance, ...(outcome ? { outcome } : {}), ...(checked ? { checkedOn: checked.on } : {}) };
}
