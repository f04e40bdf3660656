import { formatDay, toDay } from "../calendar/day";
import { bindKind } from "../engine/kinds";
import { conditionDayOf } from "../engine/subjects/define-source";
import { checkDayOption } from "../engine/run/check-options";
import { InvalidOptionsError, type Issue } from "../errors";
import type { Basis, Breach, Escalation, Evaluation, Obligation, Subject } from "../model/evaluation";
import type { RuleDefinition } from "../model/policy";
import { qafPolicy } from "../policy/qaf-policy";
import type { Policy } from "../policy/policy";
import { explainContextSteps, findResult, prepareAllSteps, type ExplainContext } from "./context";
import type { DueComputation } from "../engine/due-dates/explain-due";
import { createSlicer, finishInSlices } from "../engine/slicing/host-turns";
import { finish } from "../model/steps";
import { eachStep } from "../util/sliced";
import { parameterValuesOf, valueInForce, type ParameterValue } from "./parameter-values";
import type { CountedRecord } from "./records";
import { registerRule, type RegisterElement } from "./register";
import { ladderOf } from "../policy/basis";

/** The chain of reasoning behind one obligation, breach or escalation. */
export interface Explanation {
  id: string;
  kind: "obligation" | "breach" | "escalation";
  rule: { id: string; kind: RuleDefinition["kind"]; section: string; quote: string };
  subject: Subject;
  /** The day whose parameter values applied. */
  decidedOn: string;
  /** Every parameter the rule read, as in force on `decidedOn`, with its dates. */
  parameters: ParameterValue[];
  /** The records that counted as evidence (for a check breach: the record checked). */
  records: CountedRecord[];
  /** How the due date was computed. */
  due?: DueComputation;
  obligation?: Obligation;
  breach?: Breach;
  escalation?: Escalation;
  /**
   * What the result rests on: its basis and assumptions (as the result carries them), and the
   * footing of each element of its rule that decided it, with the parameters that would change it.
   */
  basis: { basis: Basis; assumptions: string[]; elements: RegisterElement[] };
  /** The reasoning in plain English, one sentence a step. */
  steps: string[];
}

/** What {@link explain} needs beyond the evaluation: the inputs it was made from. */
export interface ExplainInputs {
  dataset: unknown;
  /** The policy of the evaluation; the default policy if absent. */
  policy?: Policy;
}

/** Explains the results of one evaluation, one at a time: see {@link createExplainer}. */
export interface Explainer {
  /**
   * Explains one result, as {@link explain} does.
   *
   * @param id - the id of an obligation, breach or escalation of the evaluation
   * @returns the explanation
   * @throws InvalidOptionsError when no result has that id, its rule is not in the policy, or
   *   the evaluation's dates are not dates from 1900-01-01 to 2199-12-31
   */
  explain(id: string): Explanation;
}

/** Options of {@link createExplainerAsync}. */
export interface ExplainerOptions {
  /** Stops the preparation early: it rejects with the signal's reason at its next turn. */
  signal?: AbortSignal;
}

/**
 * Explains one result of an evaluation: its rule and the QAF's words, the parameter values
 * used and the dates they were in force, the records that counted, and how the due date was
 * reached (working days skipped, absences that paused the clock).
 *
 * Each call reads the whole dataset again (it never evaluates it again); to explain more
 * than one result, build a {@link createExplainer} once and ask it.
 *
 * @param evaluation - the evaluation
 * @param id - the id of an obligation, breach or escalation in it
 * @param inputs - the dataset and policy it was evaluated from
 * @returns the explanation
 * @throws InvalidOptionsError when no result has that id, its rule is not in the policy, or
 *   the evaluation's dates are not dates from 1900-01-01 to 2199-12-31
 * @example
 * const why = explain(result, "audit.qisp/audit:a1#breach", { dataset });
 * for (const step of why.steps) console.log(step);
 */
export function explain(evaluation: Evaluation, id: string, inputs: ExplainInputs): Explanation {
  return createExplainer(evaluation, inputs).explain(id);
}

/**
 * An explainer of one evaluation, for a server or a report that explains many of its results:
 * the dataset is parsed and indexed once (on the first explanation), each source's subjects
 * listed once, and every explanation after that reads only its own subject, its rule and its
 * records: milliseconds at region size, where a lone {@link explain} takes seconds.
 *
 * @param evaluation - the evaluation
 * @param inputs - the dataset and policy it was evaluated from
 * @returns the explainer
 * @example
 * const explainer = createExplainer(result, { dataset });
 * for (const b of result.breaches.slice(0, 10)) console.log(explainer.explain(b.id).steps);
 */
export function createExplainer(evaluation: Evaluation, inputs: ExplainInputs): Explainer {
  const policy = inputs.policy ?? qafPolicy;
  let context: ExplainContext | undefined;
  return explainerOf(evaluation, policy, finish(resultsByIdSteps(evaluation)),
    () => (context ??= finish(explainContextSteps(evaluation, inputs.dataset, policy))));
}

/**
 * {@link createExplainer}, with the dataset parsed and indexed, every rule's subjects listed,
 * every target run and every collection's ids read now, in slices that give the host's event
 * loop a turn every few milliseconds: a server builds it without freezing, and no
 * explanation after it waits for a listing.
 *
 * @param evaluation - the evaluation
 * @param inputs - the dataset and policy it was evaluated from
 * @param options - `signal`, to stop early
 * @returns the explainer, ready
 * @throws InvalidOptionsError when the evaluation's dates are not dates from 1900-01-01 to 2199-12-31
 * @example
 * const explainer = await createExplainerAsync(result, { dataset });
 */
export async function createExplainerAsync(evaluation: Evaluation, inputs: ExplainInputs, options: ExplainerOptions = {}): Promise<Explainer> {
  const policy = inputs.policy ?? qafPolicy;
  checkDates(evaluation);
  const slicer = createSlicer(options.signal);
  const context = await finishInSlices(explainContextSteps(evaluation, inputs.dataset, policy), slicer);
  await finishInSlices(prepareAllSteps(context), slicer);
  const results = await finishInSlices(resultsByIdSteps(evaluation), slicer);
  return explainerOf(evaluation, policy, results, () => context);
}

function checkDates(evaluation: Evaluation): void {
  const dates: Issue[] = [];
  checkDayOption(evaluation.asOf, ["asOf"], dates);
  checkDayOption(evaluation.window.from, ["window", "from"], dates);
  if (dates.length > 0) throw new InvalidOptionsError(dates);
}

/** An evaluation's results by id, of each kind. */
interface ResultsById {
  escalations: Map<string, Escalation>;
  breaches: Map<string, Breach>;
  obligations: Map<string, Obligation>;
}

function explainerOf(evaluation: Evaluation, policy: Policy, results: ResultsById, contextOf: () => ExplainContext): Explainer {
  return {
    explain: (id) => explainOne(evaluation, id, policy, results, contextOf),
  };
}

/** The results of each kind by id, a step at a time. */
function* resultsByIdSteps(evaluation: Evaluation): Generator<void, ResultsById> {
  return {
    escalations: yield* byId(evaluation.escalations),
    breaches: yield* byId(evaluation.breaches),
    obligations: yield* byId(evaluation.obligations),
  };
}

/** Results by id, the first of each id, a step at a time. */
function* byId<T extends { id: string }>(items: readonly T[]): Generator<void, Map<string, T>> {
  const map = new Map<string, T>();
  yield* eachStep(items, (item) => {
    if (!map.has(item.id)) map.set(item.id, item);
  });
  return map;
}

function explainOne(
  evaluation: Evaluation, id: string, policy: Policy, results: ResultsById, contextOf: () => ExplainContext,
): Explanation {
  const escalation = results.escalations.get(id);
  const breachId = escalation?.breachId ?? (escalation ? undefined : id);
  const breach = breachId === undefined ? undefined : results.breaches.get(breachId);
  const obligationId = breach?.obligationId ?? (escalation?.kind === "referral" ? id.replace(/#referral$/, "") : id);
  const obligation = results.obligations.get(obligationId);
  const item = escalation ?? breach ?? obligation;
  if (!item) throw new InvalidOptionsError([{ path: ["id"], message: "no obligation, breach or escalation of the evaluation has this id" }]);
  const rule = policy.rules.find((r) => r.id === item.ruleId);
  if (!rule) throw new InvalidOptionsError([{ path: ["policy"], message: `the policy has no rule ${item.ruleId}: pass the policy of the evaluation` }]);

  checkDates(evaluation);
  const context = contextOf();
  const { compiled, ctx } = context;
  const runnable = compiled.rules.find((r) => r.definition.id === rule.id);
  const found = runnable ? findResult(runnable, item.subject, { ...(obligation ? { obligationId: obligation.id } : {}), ...(breach ? { breachId: breach.id } : {}) }, context) : {};
  const subject = found.subject;
  const day = runnable ? runnable.decidingDay(found, ctx) : ctx.from;
  const conditionOn = subject && runnable ? conditionDayOf(runnable.source, subject, ctx.asOf) : day;
  const parameters = parameterValuesOf(rule, policy.parameters, day, subject ? (fact: string, on: number) => subject.keyOn(fact, on) : () => undefined, conditionOn);
  const evidence = bindKind(rule).namesUsed().evidence;
  const prefer = evidence ? [evidence.spec.collection] : [];
  const records = context.records.locate(obligation?.evidence ?? (breach && !breach.obligationId ? [breach.subject.id] : []), prefer);
  const due = obligation && runnable ? runnable.explainDue(obligation, found, ctx) : undefined;

  const steps = [`Rule ${rule.id} (${rule.kind}), QAF "${rule.section}": "${rule.quote}"`];
  if (rule.effective) steps.push(`The rule is in force ${[rule.effective.from && `from ${rule.effective.from}`, rule.effective.to && `to ${rule.effective.to}`].filter(Boolean).join(" ")}; this was decided on ${formatDay(day)}.`);
  steps.push(`It applies to ${item.subject.type} ${item.subject.id}; its parameters are those in force on ${formatDay(day)}.`);
  for (const p of parameters) {
    const when = p.inForce.from || p.inForce.to ? ` (in force ${p.inForce.from ? `from ${p.inForce.from}` : ""}${p.inForce.from && p.inForce.to ? " " : ""}${p.inForce.to ? `to ${p.inForce.to}` : ""})` : "";
    steps.push(`${p.name} = ${JSON.stringify(p.value)}${when}.`);
  }
  if (due) {
    steps.push(`Due: ${due.rule}${due.dueBy ? `, so by ${due.dueBy}` : ""}.`);
    if (due.skipped.length) steps.push(`Not counted: ${due.skipped.map((s) => `${s.day} (${s.why})`).join(", ")}.`);
    if (due.paused.length) steps.push(`The clock stopped during absence: ${due.paused.map((a) => `${a.from} to ${a.to}`).join(", ")}.`);
  }
  if (obligation) {
    steps.push(records.length ? `Records that counted: ${records.map((r) => `${r.collection} ${r.id}`).join(", ")}.` : "No record counted.");
    steps.push(`Status on ${evaluation.asOf}: ${obligation.status}${obligation.metOn ? `, met on ${obligation.metOn}` : ""}${obligation.progress ? ` (${obligation.progress.done} of ${obligation.progress.required})` : ""}.`);
  }
  if (breach) steps.push(`Breach (${breach.severity}) since ${breach.since}, ${breach.status}${breach.resolvedOn ? ` on ${breach.resolvedOn}` : ""}${breach.lapsedOn ? ` on ${breach.lapsedOn}` : ""}: ${breach.message}`);
  if (escalation) steps.push(escalationStep(escalation, policy, breach, rule));
  const deciding = registerRule(rule, policy).elements.filter((e) =>
    e.element === "subjects" || e.element === "due" || e.element === "fulfilment" || (e.element === "escalation" && escalation !== undefined));
  steps.push(basisStep(item, deciding));

  return {
    id, kind: escalation ? "escalation" : breach ? "breach" : "obligation",
    rule: { id: rule.id, kind: rule.kind, section: rule.section, quote: rule.quote },
    subject: item.subject, decidedOn: formatDay(day), parameters, records,
    ...(due ? { due } : {}), ...(obligation ? { obligation } : {}), ...(breach ? { breach } : {}), ...(escalation ? { escalation } : {}),
    basis: { basis: item.basis, assumptions: item.assumptions, elements: deciding },
    steps,
  };
}

/** The footing of a result in one sentence: the QAF's words, or each reading and assumption with the parameter that changes it. */
function basisStep(item: { basis: Basis; kind?: string }, elements: readonly RegisterElement[]): string {
  const choices = elements.filter((e) => e.basis !== "qaf").map((e) => {
    const params = e.parameters.map((p) => `${p.name} = ${JSON.stringify(p.value)}`).join(", ");
    const note = (e.note ?? "not stated").replace(/\.$/, "");
    return `${e.element} is ${e.basis === "reading" ? "a reading" : "an assumption"}: ${note}${params ? ` (change it with ${params})` : ""}`;
  });
  const ladder = item.kind === "breach" ? " The breach ladder itself is the library's assumption (escalation.levelAfterWorkingDays)." : "";
  return `Basis: ${item.basis}. ${choices.length === 0 ? "It rests on the QAF's own words." : `${choices.join("; ")}.`}${ladder}`;
}

function escalationStep(e: Escalation, policy: Policy, breach: Breach | undefined, rule: RuleDefinition): string {
  const to = e.to.staffId ?? e.to.body ?? e.to.role ?? "?";
  if (e.kind === "referral") return `Referred to ${to} on ${e.raisedOn}: ${e.reason}`;
  // A check breach (no obligation behind it) and a rule whose ladder is `first-rung` stop at the first rung.
  if (ladderOf(rule) !== "climb" || (breach !== undefined && breach.obligationId === undefined)) {
    return `Escalated to level ${e.level} (${to}) on ${e.raisedOn}: the owner's line manager, and no further (a defect in a record already made climbs no higher).`;
  }
  const ladder = breach ? valueInForce(policy.parameters, "escalation.levelAfterWorkingDays", toDay(breach.since)) : undefined;
  return `Escalated to level ${e.level} (${to}) on ${e.raisedOn}${ladder ? `; the ladder climbs after ${JSON.stringify(ladder.value)} working days of an active breach` : ""}.`;
}
