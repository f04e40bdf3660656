import { addDays, formatDay, type Day } from "../calendar/day";
import type { Breach, Obligation, ObligationStatus, Party, Source } from "../model/evaluation";
import type { RuleDefinition } from "../model/policy";
import type { EngineContext } from "./context";
import { fillMessage } from "./message";
import type { SubjectInstance } from "./subject-instance";

/** What an interpreter decided about one obligation, before status and reporting. */
export interface Decision {
  rule: RuleDefinition;
  subject: SubjectInstance;
  owner: Party;
  /** Makes the id unique within the rule and subject (a period start, a wait start). */
  key?: string;
  dueBy: Day | null;
  /** The day it was fulfilled, if it was (by `asOf`). */
  metOn?: Day;
  evidence: string[];
  /** The day the subject stopped (left, closed), which excuses a wait not yet due. */
  endedOn?: Day;
  /** Every working day of the period was absence. */
  excused?: boolean;
  period?: { from: Day; to: Day };
  progress?: { done: number; required: number };
  /** Facts that decided it, shown in the breach. */
  details?: Record<string, unknown>;
  /** The day whose parameter values and rule version it used. */
  decidingDay: Day;
  /** The day a chain's wait started (none for an unanchored chain's opening wait). */
  waitStart?: Day;
}

/** An obligation, and its breach if it was missed. */
export interface Outcome {
  obligation: Obligation;
  breach?: Breach;
  /** Whether it is reported in the window: due in it, undated, still unmet at its start, or settled on or after it. */
  reported: boolean;
  /** The day that decided it (see {@link Decision.decidingDay}). */
  decidingDay: Day;
  /** The day a chain's wait started. */
  waitStart?: Day;
  /** The breach's first day, as a day. */
  since?: Day;
}

/** Each rule's source in the QAF, one object per rule shared by all its results. */
const sources = new WeakMap<RuleDefinition, Source>();
function sourceOf(rule: RuleDefinition): Source {
  let source = sources.get(rule);
  if (!source) sources.set(rule, (source = { section: rule.section, quote: rule.quote }));
  return source;
}

function statusOf(d: Decision, asOf: Day): ObligationStatus {
  if (d.excused) return "excused";
  // Unmet when the subject stopped before the due date: excused, whatever comes after the end.
  const stoppedFirst = d.endedOn !== undefined && d.dueBy !== null && d.endedOn < d.dueBy;
  if (stoppedFirst && (d.metOn === undefined || d.metOn > (d.endedOn as Day))) return "excused";
  if (d.metOn !== undefined) return d.dueBy === null || d.metOn <= d.dueBy ? "met" : "met-late";
  if (d.dueBy === null) return "open";
  return asOf > d.dueBy ? "overdue" : "open";
}

/**
 * Turns a decision into an obligation with its status on `asOf`, and a breach when it is
 * overdue (active) or was met late (resolved on the day it was met).
 *
 * @param d - the interpreter's decision
 * @param ctx - the evaluation
 * @returns the obligation, its breach, and whether the window reports it
 */
export function settle(d: Decision, ctx: EngineContext): Outcome {
  const status = statusOf(d, ctx.asOf);
  const id = [d.rule.id, `${d.subject.subject.type}:${d.subject.subject.id}`, ...(d.key ? [d.key] : [])].join("/");
  const source = sourceOf(d.rule);
  const obligation: Obligation = {
    id,
    ruleId: d.rule.id,
    subject: d.subject.subject,
    owner: d.owner,
    ...(d.period ? { period: { from: formatDay(d.period.from), to: formatDay(d.period.to) } } : {}),
    dueBy: d.dueBy === null ? null : formatDay(d.dueBy),
    status,
    ...(d.metOn !== undefined && status !== "excused" ? { metOn: formatDay(d.metOn) } : {}),
    evidence: [...d.evidence].sort(),
    ...(d.progress ? { progress: d.progress } : {}),
    source,
  };
  const settledBy = status === "excused" ? (d.endedOn ?? d.dueBy) : d.metOn;
  // The window is inclusive: an obligation met (late) exactly on `from` is reported, with its resolved breach.
  const reported = d.dueBy === null || d.dueBy >= ctx.from || settledBy === undefined || settledBy === null || settledBy >= ctx.from;
  const facts = { reported, decidingDay: d.decidingDay, ...(d.waitStart === undefined ? {} : { waitStart: d.waitStart }) };
  if ((status !== "overdue" && status !== "met-late") || d.dueBy === null) return { obligation, ...facts };
  const since = addDays(d.dueBy, 1);
  const values = {
    ...d.details,
    subject: d.subject.subject.id,
    dueBy: obligation.dueBy,
    metOn: obligation.metOn,
    period: d.period ? `${formatDay(d.period.from)} to ${formatDay(d.period.to)}` : undefined,
    done: d.progress?.done,
    required: d.progress?.required,
  };
  const lateNote = status === "met-late" ? ` It was done late, on ${obligation.metOn}.` : "";
  const breach: Breach = {
    id: `${id}#breach`,
    ruleId: d.rule.id,
    obligationId: id,
    subject: d.subject.subject,
    owner: d.owner,
    severity: d.rule.severity,
    since: formatDay(since),
    status: status === "overdue" ? "active" : "resolved",
    ...(status === "met-late" ? { resolvedOn: obligation.metOn } : {}),
    message: fillMessage(d.rule.message, values) + lateNote,
    details: { dueBy: obligation.dueBy, ...(d.progress ?? {}), ...d.details },
    source,
  };
  return { obligation, breach, ...facts, since };
}
