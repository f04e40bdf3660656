import { addDays, formatDay, type Day } from "../../calendar/day";
import type { Breach, Obligation, ObligationStatus, Party, Source } from "../../model/evaluation";
import type { RuleDefinition } from "../../model/policy";
import type { EngineContext } from "../context/engine-context";
import { footingsOf } from "../../policy/basis";
import { fillMessage } from "./message";
import { atIndex } from "../../util/at-index";
import { placeOf } from "../subjects/place";
import type { SubjectInstance } from "../subjects/subject";

/**
 * What an interpreter decided about one obligation, before status and reporting. Made by
 * {@link newDecision} only, with every field present in one order: one object shape for
 * `settle`, whichever kind decided.
 */
export interface Decision {
  readonly rule: RuleDefinition;
  readonly subject: SubjectInstance;
  readonly owner: Party;
  /** Makes the id unique within the rule and subject (a period start, a wait start). */
  key: string | undefined;
  readonly dueBy: Day | null;
  /** The day it was fulfilled, if it was (by `asOf`). */
  metOn: Day | undefined;
  /** The ids of the records that count towards it: a list of its own, which the obligation keeps (sorted). */
  readonly evidence: string[];
  /** The day the subject stopped (left, closed), which excuses a wait not yet due. */
  endedOn: Day | undefined;
  /** Every working day of the period was absence. */
  excused: boolean;
  period: { from: Day; to: Day } | undefined;
  progress: { done: number; required: number } | undefined;
  /** Facts that decided it, shown in the breach. */
  details: Record<string, unknown> | undefined;
  /** The day whose parameter values and rule version it used. */
  readonly decidingDay: Day;
  /** The day a chain's wait started (none for an unanchored chain's opening wait). */
  waitStart: Day | undefined;
}

/**
 * A decision with what every kind knows; the kind then sets the fields it has (a key, a
 * period, the day it was met...). Every field is present from the start, in one order.
 *
 * @param rule - the rule
 * @param subject - the subject the obligation is on
 * @param owner - who owns it
 * @param dueBy - its due day (null: undated)
 * @param decidingDay - the day whose parameter values and rule version it used
 * @param evidence - the ids of the records that count towards it, in a list of its own (the obligation keeps it)
 * @returns the decision, to fill in and {@link settle}
 */
export function newDecision(
  rule: RuleDefinition, subject: SubjectInstance, owner: Party, dueBy: Day | null, decidingDay: Day, evidence: string[],
): Decision {
  return {
    rule, subject, owner, key: undefined, dueBy, metOn: undefined, evidence, endedOn: undefined, excused: false,
    period: undefined, progress: undefined, details: undefined, decidingDay, waitStart: undefined,
  };
}

/**
 * What a rule decided for one obligation: its id and status always; the obligation itself,
 * and its breach if it was missed, only when the window reports it (an old wait of a long
 * chain is decided, for the waits after it, but never written out).
 */
export type Outcome = ReportedOutcome | UnreportedOutcome;

/** An outcome the window reports: the obligation, and its breach if it was missed. */
export interface ReportedOutcome extends OutcomeFacts {
  reported: true;
  obligation: Obligation;
  breach: Breach | undefined;
}

/** An outcome outside the window: settled before it began. */
export interface UnreportedOutcome extends OutcomeFacts {
  reported: false;
  // Present, always undefined: every outcome has one shape (the fields of a reported one).
  obligation: undefined;
  breach: undefined;
}

/** What every outcome carries. */
interface OutcomeFacts {
  /** The obligation's id. */
  id: string;
  status: ObligationStatus;
  /** Whether it is reported in the window: due in it, undated, still unmet at its start, or settled on or after it. */
  reported: boolean;
  /** The day that decided it (see {@link Decision.decidingDay}). */
  decidingDay: Day;
  /** The day a chain's wait started. */
  waitStart: Day | undefined;
  /** The breach's first day, as a day. */
  since: Day | undefined;
}

/** What stopping means, by the type of subject that stops. */
const STOPPED: Partial<Record<string, string>> = {
  staff: "staff member left", case: "case closed", child: "case closed",
};

/** Each rule's source in the QAF, one object per rule shared by all its results. */
const sources = new WeakMap<RuleDefinition, Source>();

/**
 * A rule's source in the QAF (its section and quote): one object per rule, shared by every
 * result of the rule (of every evaluation with that rule) rather than copied into each, and
 * frozen, so that a change made through one result cannot show in another.
 *
 * @param rule - the rule definition
 * @returns its source
 */
export function sourceOf(rule: RuleDefinition): Source {
  let source = sources.get(rule);
  if (!source) sources.set(rule, (source = Object.freeze({ section: rule.section, quote: rule.quote })));
  return source;
}

/** Each rule's id prefixes, by subject type (`audit.qisp/audit:`). */
const prefixes = new WeakMap<RuleDefinition, Map<string, string>>();

/**
 * The id of a rule's result on a subject (`audit.qisp/audit:a1`): the rule's prefix for the
 * subject's type is made once, so that each id is one join of two strings, not of five.
 *
 * @param rule - the rule
 * @param subject - what the result is about
 * @returns the id (an obligation's adds its key after a `/`)
 */
export function subjectResultId(rule: RuleDefinition, subject: { readonly type: string; readonly id: string }): string {
  let byType = prefixes.get(rule);
  if (!byType) prefixes.set(rule, (byType = new Map()));
  let prefix = byType.get(subject.type);
  if (prefix === undefined) byType.set(subject.type, (prefix = `${rule.id}/${subject.type}:`));
  return prefix + subject.id;
}

function statusOf(d: Decision, asOf: Day): ObligationStatus {
  if (d.excused) return "excused";
  // Unmet when the subject stopped before the due date: excused, whatever comes after the end.
  const { endedOn } = d;
  const stoppedFirst = endedOn !== undefined && d.dueBy !== null && endedOn < d.dueBy;
  if (stoppedFirst && (d.metOn === undefined || d.metOn > endedOn)) return "excused";
  if (d.metOn !== undefined) return d.dueBy === null || d.metOn <= d.dueBy ? "met" : "met-late";
  if (d.dueBy === null) return "open";
  return asOf > d.dueBy ? "overdue" : "open";
}

/**
 * Turns a decision into an obligation with its status on `asOf`, and a breach when it is
 * overdue (active; lapsed when its subject has stopped, on the later of the stop and the
 * breach's first day) or was met late (resolved on the day it was met).
 *
 * @param d - the interpreter's decision
 * @param ctx - the evaluation
 * @returns the obligation, its breach, and whether the window reports it
 */
export function settle(d: Decision, ctx: EngineContext): Outcome {
  const status = statusOf(d, ctx.asOf);
  const subject = subjectResultId(d.rule, d.subject.subject);
  const id = d.key ? `${subject}/${d.key}` : subject;
  // Still overdue when its subject has stopped (left, closed): missed, and no one can now act on it.
  const stopped = d.subject.lapses ? d.subject.endsOn : undefined;
  const lapsedOn = status === "overdue" && stopped !== undefined && d.dueBy !== null ? Math.max(stopped, d.dueBy + 1) : undefined;
  // Met late only after the subject stopped: settled, for reporting, when it would have lapsed
  // (a record after the stop can never bring back a breach that lapsed before the window).
  const lapsedFirst = status === "met-late" && stopped !== undefined && d.dueBy !== null && d.metOn !== undefined && d.metOn > stopped
    ? Math.max(stopped, d.dueBy + 1) : undefined;
  const settledBy = status === "excused" ? (d.endedOn ?? d.dueBy) : (lapsedOn ?? lapsedFirst ?? d.metOn);
  // The window is inclusive: an obligation met (late) exactly on `from` is reported, with its resolved breach.
  const reported = d.dueBy === null || d.dueBy >= ctx.from || settledBy === undefined || settledBy === null || settledBy >= ctx.from;
  if (!reported) {
    const unreported: UnreportedOutcome = {
      id, status, reported, decidingDay: d.decidingDay, waitStart: d.waitStart, since: undefined, obligation: undefined, breach: undefined,
    };
    return unreported;
  }
  const source = sourceOf(d.rule);
  const { teamId, areaId } = placeOf(d.subject, d.owner, ctx.index);
  const footing = footingsOf(d.rule).result;
  const metOn = d.metOn !== undefined && status !== "excused" ? formatDay(d.metOn) : undefined;
  // Built once in its final shape: the fields in the order results have always been written
  // in, each optional one added only when present (no spread of a throw-away object per field).
  const obligation = { id, ruleId: d.rule.id, subject: d.subject.subject, owner: d.owner } as Obligation;
  if (teamId !== undefined) obligation.team = teamId;
  if (areaId !== undefined) obligation.area = areaId;
  if (d.period) obligation.period = { from: formatDay(d.period.from), to: formatDay(d.period.to) };
  obligation.dueBy = d.dueBy === null ? null : formatDay(d.dueBy);
  obligation.status = status;
  if (metOn !== undefined) obligation.metOn = metOn;
  obligation.evidence = inOrder(d.evidence) ? d.evidence : d.evidence.sort();
  if (d.progress) obligation.progress = d.progress;
  obligation.source = source;
  obligation.basis = footing.basis;
  obligation.assumptions = footing.assumptions;
  const outcome: ReportedOutcome = { id, status, reported, decidingDay: d.decidingDay, waitStart: d.waitStart, since: undefined, obligation, breach: undefined };
  if ((status !== "overdue" && status !== "met-late") || d.dueBy === null) return outcome;
  const since = addDays(d.dueBy, 1);
  const details: Record<string, unknown> = { dueBy: obligation.dueBy };
  if (d.progress) Object.assign(details, d.progress);
  if (d.details) Object.assign(details, d.details);
  const resolvedOn = status === "met-late" ? metOn : undefined;
  const lapsedDay = lapsedOn === undefined ? undefined : formatDay(lapsedOn);
  const breach = { id: `${id}#breach`, ruleId: d.rule.id, obligationId: id, subject: d.subject.subject, owner: d.owner } as Breach;
  if (teamId !== undefined) breach.team = teamId;
  if (areaId !== undefined) breach.area = areaId;
  breach.severity = d.rule.severity;
  breach.since = formatDay(since);
  breach.status = lapsedDay !== undefined ? "lapsed" : status === "overdue" ? "active" : "resolved";
  if (resolvedOn !== undefined) breach.resolvedOn = resolvedOn;
  if (lapsedDay !== undefined) breach.lapsedOn = lapsedDay;
  breach.message = fillMessage(d.rule.message, (name) => messageValue(name, d, obligation)) +
    (resolvedOn !== undefined ? ` It was done late, on ${resolvedOn}.` : "") +
    (lapsedDay !== undefined ? ` It lapsed on ${lapsedDay}: the ${STOPPED[d.subject.subject.type] ?? "subject stopped"} before it was met.` : "");
  breach.details = details;
  breach.source = source;
  breach.basis = footing.basis;
  breach.assumptions = footing.assumptions;
  outcome.breach = breach;
  outcome.since = since;
  return outcome;
}

/** Whether ids are already in the order `sort()` gives (most lists are: one id, or ids in date order that sort alike). */
function inOrder(ids: readonly string[]): boolean {
  for (let k = 1; k < ids.length; k++) if (atIndex(ids, k - 1) > atIndex(ids, k)) return false;
  return true;
}

/** The value of a message's placeholder: the decision's facts first, then what every breach can say. */
function messageValue(name: string, d: Decision, obligation: Obligation): unknown {
  switch (name) {
    case "subject": return d.subject.subject.id;
    case "dueBy": return obligation.dueBy;
    case "metOn": return obligation.metOn;
    case "period": return d.period ? `${formatDay(d.period.from)} to ${formatDay(d.period.to)}` : undefined;
    case "done": return d.progress?.done;
    case "required": return d.progress?.required;
    default: return d.details?.[name];
  }
}
