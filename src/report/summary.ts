import type { Basis, Evaluation, ObligationStatus, Severity } from "../model/evaluation";
import { finish } from "../model/steps";
import { BASES } from "../policy/basis";
import { eachStep } from "../util/sliced";

/** Breaches of one rule: active, resolved and lapsed. */
export interface RuleBreachCount {
  ruleId: string;
  /** The QAF section the rule comes from. */
  section: string;
  severity: Severity;
  active: number;
  resolved: number;
  /** Settled because the subject stopped (staff left, case closed) before anyone met it. */
  lapsed: number;
}

/** The results resting on one basis (`qaf`, `reading` or `assumption`). */
export interface BasisCount {
  obligations: number;
  /** Every breach, whatever its status. */
  breaches: number;
  activeBreaches: number;
  resolvedBreaches: number;
  lapsedBreaches: number;
  escalations: number;
}

/** The headline numbers of an evaluation, for summaries and report covers. */
export interface EvaluationSummary {
  asOf: string;
  window: { from: string; to: string };
  policy: { id: string; version: string };
  /** Records received across all collections, and how many were rejected. */
  records: { received: number; rejected: number };
  obligations: { total: number; byStatus: Record<ObligationStatus, number> };
  /** Breaches by status (`lapsed`: the subject stopped before anyone met it), and the active ones by severity. */
  breaches: { total: number; active: number; resolved: number; lapsed: number; activeBySeverity: Record<Severity, number> };
  /** Rules with at least one breach: most active first, then by rule id. */
  byRule: RuleBreachCount[];
  escalations: { total: number; referrals: number; breaches: number };
  /**
   * The results by how firmly they rest on the QAF's words, firmest first: `qaf` (it says
   * so), `reading` (one reading of words that admit more), `assumption` (it is silent).
   */
  byBasis: Record<Basis, BasisCount>;
}

/**
 * Counts what an evaluation found: obligations by status, breaches by status (active,
 * resolved, lapsed), by severity and by rule, escalations by kind, every kind of result by
 * basis, records received and rejected.
 *
 * @param evaluation - the result of `evaluate`
 * @returns the summary
 * @example
 * const s = summarise(result);
 * console.log(`${s.breaches.active} active breaches`);
 */
export function summarise(evaluation: Evaluation): EvaluationSummary {
  return finish(summariseSteps(evaluation));
}

/**
 * {@link summarise} a step at a time (it yields every few hundred results), for a builder
 * that gives its host turns.
 *
 * @param evaluation - the result of `evaluate`
 * @returns steps, then the summary
 */
export function* summariseSteps(evaluation: Evaluation): Generator<void, EvaluationSummary> {
  const byStatus: Record<ObligationStatus, number> = { open: 0, met: 0, "met-late": 0, overdue: 0, excused: 0 };
  const activeBySeverity: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  const rules = new Map<string, RuleBreachCount>();
  const byBreachStatus = { active: 0, resolved: 0, lapsed: 0 };
  const byBasis = Object.fromEntries(BASES.map((basis) => [basis, {
    obligations: 0, breaches: 0, activeBreaches: 0, resolvedBreaches: 0, lapsedBreaches: 0, escalations: 0,
  }])) as Record<Basis, BasisCount>;
  yield* eachStep(evaluation.obligations, (o) => {
    byStatus[o.status]++;
    byBasis[o.basis].obligations++;
  });
  let referrals = 0;
  yield* eachStep(evaluation.escalations, (e) => {
    byBasis[e.basis].escalations++;
    if (e.kind === "referral") referrals++;
  });
  yield* eachStep(evaluation.breaches, (b) => {
    const basis = byBasis[b.basis];
    basis.breaches++;
    basis[b.status === "active" ? "activeBreaches" : b.status === "resolved" ? "resolvedBreaches" : "lapsedBreaches"]++;
    let r = rules.get(b.ruleId);
    if (r === undefined) {
      r = { ruleId: b.ruleId, section: b.source.section, severity: b.severity, active: 0, resolved: 0, lapsed: 0 };
      rules.set(b.ruleId, r);
    }
    byBreachStatus[b.status]++;
    r[b.status]++;
    if (b.status === "active") activeBySeverity[b.severity]++;
  });
  let received = 0;
  for (const c of Object.values(evaluation.counts)) received += c.received;
  return {
    asOf: evaluation.asOf,
    window: evaluation.window,
    policy: evaluation.policy,
    records: { received, rejected: evaluation.rejected.length },
    obligations: { total: evaluation.obligations.length, byStatus },
    breaches: { total: evaluation.breaches.length, ...byBreachStatus, activeBySeverity },
    byRule: [...rules.values()].sort((a, b) =>
      b.active - a.active || b.resolved - a.resolved || b.lapsed - a.lapsed || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)),
    escalations: { total: evaluation.escalations.length, referrals, breaches: evaluation.escalations.length - referrals },
    byBasis,
  };
}

/**
 * Counts items by a key, most first, then by label: the shape of every "by team" chart.
 *
 * @param items - the items
 * @param keyOf - an item's group key and label
 * @returns one entry per group, `count` descending, then label ascending
 * @example
 * countBy(breaches, (b) => ({ key: b.ruleId, label: b.ruleId }));
 */
export function countBy<T>(
  items: readonly T[],
  keyOf: (item: T) => { key: string; label: string },
): { key: string; label: string; count: number }[] {
  return finish(countBySteps(items, keyOf));
}

/**
 * {@link countBy} a step at a time (it yields every few hundred items).
 *
 * @param items - the items
 * @param keyOf - an item's group key and label
 * @returns steps, then the groups, as {@link countBy} gives them
 */
export function* countBySteps<T>(
  items: readonly T[],
  keyOf: (item: T) => { key: string; label: string },
): Generator<void, { key: string; label: string; count: number }[]> {
  const groups = new Map<string, { key: string; label: string; count: number }>();
  yield* eachStep(items, (item) => {
    const { key, label } = keyOf(item);
    const g = groups.get(key);
    if (g === undefined) groups.set(key, { key, label, count: 1 });
    else g.count++;
  });
  return [...groups.values()].sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}
