import { parseDay } from "../calendar/day";
import type { Escalation, Evaluation, Obligation } from "../model/evaluation";
import { finish } from "../model/steps";
import { parameterOn } from "../policy/parameter-on";
import type { Parameters, ParameterValues } from "../policy/parameters";
import { qafPolicy } from "../policy/qaf-policy";
import { sortSteps } from "../engine/slicing/sort-in-slices";
import { eachStep } from "../util/sliced";
import type { OrgLookup, ReportDataset } from "./org";

/** Survey completion for one quarter of the service-wide target. */
export interface SurveyQuarter {
  label: string;
  period: { from: string; to: string };
  /** Families closed in the quarter for a reason the policy's `survey.closureReasons` counts. */
  closed: number;
  /** Of them, families with a survey completed by the target's due date (the engine's count). */
  completed: number;
  status: Obligation["status"];
}

/**
 * The financial-year quarter label of a period start: `2024-04-01` gives "2024/25 Q1".
 *
 * @param from - the first day of the quarter, `YYYY-MM-DD`
 * @returns the label
 */
export function quarterLabel(from: string): string {
  const year = Number(from.slice(0, 4));
  const month = Number(from.slice(5, 7));
  const fy = month >= 4 ? year : year - 1;
  const q = Math.floor(((month - 4 + 12) % 12) / 3) + 1;
  return `${fy}/${String((fy + 1) % 100).padStart(2, "0")} Q${q}`;
}

/**
 * Service-wide survey completion per quarter, from the `survey.completion-target`
 * obligations (their `progress.done` is the engine's count of completions) and the
 * dataset's closed cases: a case counts when its closure reason is one of the policy's
 * `survey.closureReasons` as in force on its closure day, as the engine counts it.
 *
 * @param evaluation - the result of `evaluate`
 * @param dataset - the dataset evaluated
 * @param policy - the policy evaluated (its parameters); default the QAF's own
 * @returns one entry per quarter, in date order
 * @example
 * surveyQuarters(result, dataset, myPolicy).map((q) => `${q.label}: ${q.completed}/${q.closed}`);
 */
export function surveyQuarters(
  evaluation: Evaluation,
  dataset: ReportDataset,
  policy: { parameters: Parameters | ParameterValues } = qafPolicy,
): SurveyQuarter[] {
  return finish(surveyQuartersSteps(evaluation, dataset, policy));
}

/**
 * {@link surveyQuarters} a step at a time (it yields every few hundred results and cases).
 *
 * @param evaluation - the result of `evaluate`
 * @param dataset - the dataset evaluated
 * @param policy - the policy evaluated (its parameters)
 * @returns steps, then the quarters
 */
export function* surveyQuartersSteps(
  evaluation: Evaluation,
  dataset: ReportDataset,
  policy: { parameters: Parameters | ParameterValues },
): Generator<void, SurveyQuarter[]> {
  const out: SurveyQuarter[] = [];
  // The closure reasons that count, read once per day a case closed on.
  const reasonsOn = new Map<string, readonly unknown[]>();
  const counted = (closedOn: string, reason: string | undefined): boolean => {
    let reasons = reasonsOn.get(closedOn);
    if (reasons === undefined) {
      const day = parseDay(closedOn);
      reasons = day === undefined ? [] : parameterOn(policy, "survey.closureReasons", day);
      reasonsOn.set(closedOn, reasons);
    }
    return reasons.some((r) => r === reason);
  };
  yield* eachStep(evaluation.obligations, (o) => {
    if (o.ruleId !== "survey.completion-target" || o.subject.type !== "service" || o.period === undefined) return;
    out.push({ label: quarterLabel(o.period.from), period: o.period, closed: 0, completed: o.progress?.done ?? 0, status: o.status });
  });
  // One pass over the cases for every quarter (a region has over a hundred thousand).
  yield* eachStep(out.length === 0 ? [] : dataset.cases ?? [], (c) => {
    if (c.closedOn === undefined) return;
    for (const q of out) if (c.closedOn >= q.period.from && c.closedOn <= q.period.to && counted(c.closedOn, c.closureReason)) q.closed++;
  });
  return out.sort((a, b) => (a.period.from < b.period.from ? -1 : a.period.from > b.period.from ? 1 : 0));
}

/**
 * How many case and thematic audits completed in the window got each grade, 1 to 10.
 *
 * @param evaluation - the result of `evaluate` (its window)
 * @param dataset - the dataset evaluated
 * @returns ten counts: index 0 is grade 1
 */
export function gradeDistribution(evaluation: Evaluation, dataset: ReportDataset): number[] {
  const counts = Array.from({ length: 10 }, () => 0);
  for (const a of dataset.audits ?? []) {
    if (a.grade === undefined || a.kind === "supervision") continue;
    if (a.completedOn < evaluation.window.from || a.completedOn > evaluation.window.to) continue;
    if (a.grade >= 1 && a.grade <= 10) counts[a.grade - 1] = (counts[a.grade - 1] ?? 0) + 1;
  }
  return counts;
}

/** The escalations addressed to one person or body. */
export interface Recipient {
  key: string;
  label: string;
  escalations: Escalation[];
}

/**
 * Escalations grouped by who receives them: a named person (with their role), else a
 * body, else a role. Most escalations first, then by label.
 *
 * @param evaluation - the result of `evaluate`
 * @param org - the organisation lookup, for roles
 * @returns the recipients with their escalations, latest first within each
 */
export function escalationsByRecipient(evaluation: Evaluation, org: OrgLookup): Recipient[] {
  return finish(escalationsByRecipientSteps(evaluation, org));
}

/**
 * {@link escalationsByRecipient} a step at a time (it yields every few hundred escalations,
 * and after sorting each recipient's).
 *
 * @param evaluation - the result of `evaluate`
 * @param org - the organisation lookup, for roles
 * @returns steps, then the recipients
 */
export function* escalationsByRecipientSteps(evaluation: Evaluation, org: OrgLookup): Generator<void, Recipient[]> {
  const groups = new Map<string, Recipient>();
  yield* eachStep(evaluation.escalations, (e) => {
    const { staffId, body, role } = e.to;
    const key = staffId !== undefined ? `staff:${staffId}` : body !== undefined ? `body:${body}` : `role:${role ?? "unknown"}`;
    const label = staffId !== undefined
      ? `${staffId} (${role ?? org.roleOf(staffId) ?? "staff"})`
      : body !== undefined ? `Body: ${body}` : `Role: ${role ?? "unknown"}`;
    const g = groups.get(key) ?? { key, label, escalations: [] };
    g.escalations.push(e);
    groups.set(key, g);
  });
  // Latest first; a stable sort, so escalations raised on the same day keep the evaluation's order.
  for (const g of groups.values()) yield* sortSteps(g.escalations, (a, b) => (a.raisedOn > b.raisedOn ? -1 : a.raisedOn < b.raisedOn ? 1 : 0));
  return [...groups.values()].sort((a, b) =>
    b.escalations.length - a.escalations.length || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}
