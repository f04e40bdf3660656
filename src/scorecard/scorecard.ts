/**
 * The monthly scorecard: one evaluation over the span, its results counted into rows per
 * place, rule and period, beside the quality and survey figures.
 *
 * @module
 */
import { formatDay, minDay } from "../calendar/day";
import { evaluate } from "../engine/run/evaluate";
import { createSlicer, finishInSlices } from "../engine/slicing/host-turns";
import { InvalidOptionsError } from "../errors";
import type { Evaluation } from "../model/evaluation";
import type { RuleDefinition } from "../model/policy";
import { endsStep } from "../model/steps";
import { footingsOf, isEnabled } from "../policy/basis";
import { qafPolicy } from "../policy/qaf-policy";
import { checkScorecardOptions } from "./check-options";
import { BucketGrid, bucketKind, periodOf } from "./grid";
import { dayOf } from "./months";
import { cmp } from "./order";
import { createPlaces, namedOwner } from "./places";
import { QualityFigures } from "./quality";
import { RuleRows } from "./rule-rows";
import { numberOf } from "./rule-number";
import { statusAtMonthEnd } from "./status";
import { surveyCompletion } from "./surveys";
import type { Scorecard, ScorecardBy, ScorecardOptions, ScorecardPlace } from "./types";

/**
 * The QAF's monthly performance scorecard: per place (team, area or service), rule and month
 * (or the rule's own period, a quarter say), the obligations that fell due, how many were met
 * on time, met late or are still overdue, the on-time rate with its numerator and
 * denominator, and the breaches active at the month's end; beside them, per place and month,
 * the audit grades and the check breaches by record kind, and per place and survey period the
 * survey completion rate.
 *
 * It runs ONE evaluation over the whole span (`from`'s first day to `asOf`, by default the
 * last day of `to`) and reads each obligation as it stood at the end of the month it fell due
 * in: the same figures as evaluating at each month's end (docs/scorecard.md says why). Runs in
 * a browser too.
 *
 * @param dataset - the council's export (any value; bad records are left out, as by `evaluate`)
 * @param options - `from`, `to` (`YYYY-MM`), and optionally `by`, `policy`, `asOf`, `rules`
 * @returns the scorecard
 * @throws InvalidOptionsError for bad months, an `asOf` before the span, or an unknown `by`
 * @example
 * const card = await scorecard(dataset, { from: "2024-04", to: "2025-03", by: "team" });
 * for (const row of card.rows.filter((r) => r.ruleId === "supervision.interval")) {
 *   console.log(row.place.label, row.period.label, row.onTime.numerator, "/", row.onTime.denominator);
 * }
 */
export async function scorecard(dataset: unknown, options: ScorecardOptions): Promise<Scorecard> {
  const span = checkScorecardOptions(options);
  const policy = options.policy ?? qafPolicy;
  const signal = options.signal;
  const evaluation = await evaluate(dataset, { asOf: formatDay(span.asOf), from: formatDay(span.from), policy, ...(signal ? { signal } : {}) });
  // The bucketing gives the host turns too: a region's results take a while to sort into rows.
  return finishInSlices(scorecardSteps(evaluation, dataset, options), createSlicer(signal));
}

/**
 * Builds the scorecard from an evaluation already run over the span (`from`: the first day of
 * `options.from`; `asOf`: the last day of `options.to`, or `options.asOf`). {@link scorecard}
 * runs that evaluation and calls this.
 *
 * @param evaluation - the one evaluation over the span
 * @param dataset - the dataset evaluated (for places, audit grades and closed families)
 * @param options - as for {@link scorecard}; its `asOf` is the evaluation's
 * @returns the scorecard
 * @throws InvalidOptionsError for bad months, or an evaluation whose window starts after the first day of `from`
 */
export function scorecardOf(evaluation: Evaluation, dataset: unknown, options: ScorecardOptions): Scorecard {
  const steps = scorecardSteps(evaluation, dataset, options);
  let step = steps.next();
  while (step.done !== true) step = steps.next();
  return step.value;
}

/** {@link scorecardOf} a step at a time: it yields every few hundred results. */
function* scorecardSteps(evaluation: Evaluation, dataset: unknown, options: ScorecardOptions): Generator<void, Scorecard> {
  let count = 0;
  const span = checkScorecardOptions({ ...options, asOf: evaluation.asOf });
  const windowFrom = dayOf(evaluation.window.from);
  if (windowFrom === undefined || windowFrom > span.from) {
    throw new InvalidOptionsError([{ path: ["from"], message: `the evaluation's window starts on ${evaluation.window.from}, after the first day of from: evaluate from that day` }]);
  }
  const policy = options.policy ?? qafPolicy;
  const by: ScorecardBy = options.by ?? "team";
  const asOf = span.asOf;
  const end = minDay(span.to, asOf);
  const wanted = options.rules === undefined ? undefined : new Set(options.rules);
  const rules = new Map(policy.rules.filter((r) => isEnabled(r) && (wanted === undefined || wanted.has(r.id))).map((r) => [r.id, r]));

  const places = yield* createPlaces(dataset, evaluation, by);
  const grid = new BucketGrid(span.from, span.to, policy.calendar.yearStartMonth);
  const rows = new RuleRows(asOf);
  const quality = new QualityFigures();
  for (const o of evaluation.obligations) {
    if (endsStep(count++)) yield;
    const rule = rules.get(o.ruleId);
    const due = dayOf(o.dueBy ?? undefined);
    if (!rule || due === undefined || due < span.from || due > span.to) continue;
    const status = statusAtMonthEnd(o, asOf);
    if (status === "excused") continue;
    const place = places.of(o.subject, namedOwner(o.owner));
    if (!place) continue;
    const kind = bucketKind(rule);
    const periodFrom = kind === "month" ? due : dayOf(o.period?.from) ?? due;
    rows.addObligation(place, rule, grid.on(kind, periodFrom), status);
  }
  // Active breaches at each bucket's end, for every bucket of the span.
  for (const b of evaluation.breaches) {
    if (endsStep(count++)) yield;
    const rule = rules.get(b.ruleId);
    if (!rule) continue;
    const place = places.of(b.subject, namedOwner(b.owner));
    if (!place) continue;
    const since = dayOf(b.since);
    if (rule.kind === "check" && since !== undefined && since >= span.from && since <= end) {
      const month = grid.monthOf(since);
      if (month) quality.addCheckBreach(place, month, b.subject.type);
    }
    const buckets = grid.all(bucketKind(rule));
    // Active at a bucket's end: raised by then, and not yet resolved or lapsed.
    const ended = dayOf(b.resolvedOn) ?? dayOf(b.lapsedOn);
    if (since === undefined) continue;
    for (const bucket of buckets) {
      const day = minDay(bucket.to, asOf);
      if (day < span.from || since > day) continue;
      if (ended !== undefined && ended <= day) break;
      rows.addActiveBreach(place, rule, bucket);
    }
  }

  // Audit grades, per place and month completed.
  yield* quality.addAudits(dataset, evaluation, places, (d) => grid.monthOf(d), span.from, end);
  yield;
  const surveys = yield* surveyCompletion(dataset, evaluation, policy, places, span, asOf);
  yield;
  const rowList = yield* rows.list();
  const used = new Set(rowList.map((r) => r.ruleId));
  const surveyRule = [...rules.values()].find((r) => r.kind === "target" && r.id === "survey.completion-target");
  const targetOf = (rule: RuleDefinition): number | undefined =>
    rule.kind === "target" ? numberOf(policy, rule.rate, end) : undefined;
  const placeKeys = new Map<string, ScorecardPlace>();
  for (const r of rowList) placeKeys.set(r.place.key, r.place);
  for (const p of quality.places()) placeKeys.set(p.key, p);
  for (const s of surveys) placeKeys.set(s.place.key, s.place);
  return {
    by,
    from: formatDay(span.from),
    to: formatDay(span.to),
    asOf: formatDay(asOf),
    policy: evaluation.policy,
    months: grid.months.map(periodOf),
    places: [...placeKeys.values()].sort((a, b) => cmp(a.key, b.key)),
    rows: rowList,
    quality: quality.list(),
    surveys: surveyRule ? surveys : [],
    rules: [...rules.values()].filter((r) => used.has(r.id)).map((r) => {
      const target = targetOf(r);
      return { id: r.id, kind: r.kind, basis: footingsOf(r).result.basis, ...(target !== undefined ? { target } : {}) };
    }),
  };
}
