import { formatDay, minDay, type Day } from "../calendar/day";
import { periodContaining, periodsOverlapping, type PeriodKind } from "../calendar/periods";
import { evaluate } from "../engine/run/evaluate";
import { createSlicer, finishInSlices } from "../engine/slicing/host-turns";
import { InvalidOptionsError, type Issue } from "../errors";
import type { Breach, Evaluation, Obligation, Party, Subject } from "../model/evaluation";
import type { RuleDefinition } from "../model/policy";
import { createPlacerSteps, type OrgPlace } from "../org/placement";
import { footingsOf, isEnabled } from "../policy/basis";
import type { Policy } from "../policy/policy";
import { qafPolicy } from "../policy/qaf-policy";
import { readParameter } from "../policy/read-parameter";
import { dayOf, monthEndOf, monthsBetween, monthStart } from "./months";
import type {
  Ratio, Scorecard, ScorecardBy, ScorecardOptions, ScorecardPeriod, ScorecardPlace, ScorecardQuality, ScorecardRow, ScorecardSurveys,
} from "./types";
import { sortSteps } from "../engine/slicing/sort-in-slices";
import { endsStep } from "../model/steps";

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

/** The span of a scorecard's options, checked. */
function checkScorecardOptions(options: ScorecardOptions): { from: Day; to: Day; asOf: Day } {
  const issues: Issue[] = [];
  const o = (options as ScorecardOptions | null | undefined) ?? ({} as Partial<ScorecardOptions>);
  const from = typeof o.from === "string" ? monthStart(o.from) : undefined;
  const toStart = typeof o.to === "string" ? monthStart(o.to) : undefined;
  if (from === undefined) issues.push({ path: ["from"], message: "must be a month, YYYY-MM" });
  if (toStart === undefined) issues.push({ path: ["to"], message: "must be a month, YYYY-MM" });
  if (from !== undefined && toStart !== undefined && toStart < from) issues.push({ path: ["to"], message: "must not be before from" });
  if (o.by !== undefined && !["team", "area", "service"].includes(o.by)) issues.push({ path: ["by"], message: "must be team, area or service" });
  const to = toStart === undefined ? undefined : monthEndOf(toStart);
  let asOf = to;
  if (o.asOf !== undefined) {
    asOf = typeof o.asOf === "string" ? dayOf(o.asOf) : undefined;
    if (asOf === undefined) issues.push({ path: ["asOf"], message: "must be a day, YYYY-MM-DD" });
    else if (from !== undefined && asOf < from) issues.push({ path: ["asOf"], message: "must not be before the first day of from" });
  }
  if (issues.length > 0 || from === undefined || to === undefined || asOf === undefined) throw new InvalidOptionsError(issues);
  return { from, to, asOf };
}

/** A record of a raw dataset collection, read loosely. */
type Loose = Record<string, unknown>;

/** A collection's records, without the ones the evaluation rejected, a step at a time. */
function* accepted(dataset: unknown, evaluation: Evaluation, collection: string): Generator<void, Loose[]> {
  const list: unknown = dataset !== null && typeof dataset === "object" ? (dataset as Record<string, unknown>)[collection] : undefined;
  if (!Array.isArray(list)) return [];
  const rejected = new Set(evaluation.rejected.filter((r) => r.collection === collection).map((r) => r.index));
  const out: Loose[] = [];
  for (let i = 0; i < list.length; i++) {
    if (endsStep(i, ACCEPTED_PER_STEP)) yield;
    const r: unknown = list[i];
    if (!rejected.has(i) && isLoose(r)) out.push(r);
  }
  return out;
}

const isLoose = (r: unknown): r is Loose => r !== null && typeof r === "object";

/** Records read between two steps of {@link accepted}. */
const ACCEPTED_PER_STEP = 2048;

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

/**
 * A ratio from its numerator and denominator.
 *
 * @param numerator - what is counted
 * @param denominator - out of what
 * @returns the ratio, `rate: null` when the denominator is 0
 */
export function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, rate: denominator === 0 ? null : numerator / denominator };
}

/**
 * Whether a breach is active on a day: raised by then, and not yet resolved or lapsed.
 *
 * @param breach - the breach, from an evaluation on that day or later
 * @param day - the day
 * @returns true if it was active at the end of that day
 */
export function activeOn(breach: Breach, day: Day): boolean {
  const since = dayOf(breach.since);
  if (since === undefined || since > day) return false;
  const ended = dayOf(breach.resolvedOn) ?? dayOf(breach.lapsedOn);
  return ended === undefined || ended > day;
}

/** What an obligation counts as at the end of the month it fell due in (or `asOf`). */
export type StatusAtMonthEnd = "met-on-time" | "met-late" | "overdue" | "open" | "excused";

/**
 * The status of an obligation at the end of the month it fell due in, or on `asOf` if that is
 * earlier, read from an evaluation on that day or later: met late after that day, it was
 * still overdue then. Once its due month is over, an obligation not met by the end of its due
 * day is overdue, even when it fell due on the month's last day (an evaluation on that very
 * day still calls it `open`: its deadline is that day).
 *
 * @param o - the obligation (with a due date)
 * @param asOf - the evaluation's day
 * @returns its status on that day
 */
export function statusAtMonthEnd(o: Obligation, asOf: Day): StatusAtMonthEnd {
  const due = dayOf(o.dueBy ?? undefined);
  if (o.status === "excused") return "excused";
  if (o.status === "met") return "met-on-time";
  if (due === undefined) return "open";
  const monthEnd = monthEndOf(due);
  const on = minDay(monthEnd, asOf);
  const late = due < on || monthEnd <= asOf;
  if (o.status === "met-late" && (dayOf(o.metOn) ?? asOf) <= on) return "met-late";
  return late ? "overdue" : "open";
}

/** The periods a rule's rows use: its own, if it has one of a month or longer; else months. */
function bucketKind(rule: RuleDefinition | undefined): PeriodKind {
  const period = rule !== undefined && "period" in rule ? rule.period : undefined;
  return period === undefined || period === "week" ? "month" : period;
}

const periodOf = (p: { label: string; from: Day; to: Day }): ScorecardPeriod =>
  ({ label: p.label, from: formatDay(p.from), to: formatDay(p.to) });

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
  const yearStart = policy.calendar.yearStartMonth;
  const wanted = options.rules === undefined ? undefined : new Set(options.rules);
  const rules = new Map(policy.rules.filter((r) => isEnabled(r) && (wanted === undefined || wanted.has(r.id))).map((r) => [r.id, r]));

  const places = yield* createPlaces(dataset, evaluation, by);
  const months = monthsBetween(span.from, span.to);

  // Rows: per place, rule and bucket; buckets are shared objects, so the maps need no string keys.
  type Bucket = { label: string; from: Day; to: Day };
  const rows = new Map<ScorecardPlace, Map<string, Map<Bucket, ScorecardRow>>>();
  const rowOf = (place: ScorecardPlace, rule: RuleDefinition, bucket: Bucket): ScorecardRow => {
    let byRule = rows.get(place);
    if (!byRule) rows.set(place, (byRule = new Map()));
    let byBucket = byRule.get(rule.id);
    if (!byBucket) byRule.set(rule.id, (byBucket = new Map()));
    let row = byBucket.get(bucket);
    if (!row) {
      row = {
        place, ruleId: rule.id, kind: rule.kind, basis: footingsOf(rule).result.basis, period: periodOf(bucket),
        due: 0, metOnTime: 0, metLate: 0, overdue: 0, open: 0, onTime: ratio(0, 0), activeBreaches: 0,
        breachesOn: formatDay(minDay(bucket.to, asOf)),
      };
      byBucket.set(bucket, row);
    }
    return row;
  };
  // The buckets of each kind, found once per day that decides them.
  const bucketCache = new Map<PeriodKind, Map<Day, Bucket>>();
  const bucketOn = (kind: PeriodKind, d: Day): Bucket => {
    let byDay = bucketCache.get(kind);
    if (!byDay) bucketCache.set(kind, (byDay = new Map()));
    let bucket = byDay.get(d);
    if (!bucket) {
      const p = kind === "month" ? months.find((m) => m.from <= d && d <= m.to) : undefined;
      const found = p ?? periodContaining(kind, d, yearStart);
      // One object per period, whichever day found it.
      bucket = [...byDay.values()].find((b) => b.from === found.from) ?? found;
      byDay.set(d, bucket);
    }
    return bucket;
  };
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
    const row = rowOf(place, rule, bucketOn(kind, periodFrom));
    row.due += 1;
    if (status === "met-on-time") row.metOnTime += 1;
    else if (status === "met-late") row.metLate += 1;
    else if (status === "overdue") row.overdue += 1;
    else row.open += 1;
  }
  // Active breaches at each bucket's end, for every bucket of the span.
  const bucketsOf = new Map<PeriodKind, { label: string; from: Day; to: Day }[]>();
  const quality = new Map<string, ScorecardQuality>();
  const qualityOf = (place: ScorecardPlace, month: { label: string; from: Day; to: Day }): ScorecardQuality => {
    const key = `${place.key}\u0000${month.label}`;
    let q = quality.get(key);
    if (!q) {
      q = { place, period: periodOf(month), audits: { grades: new Array<number>(10).fill(0), atOrBelow5: ratio(0, 0) }, checkBreaches: {} };
      quality.set(key, q);
    }
    return q;
  };
  const monthOfDay = (d: Day) => months.find((m) => m.from <= d && d <= m.to);
  for (const b of evaluation.breaches) {
    if (endsStep(count++)) yield;
    const rule = rules.get(b.ruleId);
    if (!rule) continue;
    const place = places.of(b.subject, namedOwner(b.owner));
    if (!place) continue;
    const since = dayOf(b.since);
    if (rule.kind === "check" && since !== undefined && since >= span.from && since <= end) {
      const month = monthOfDay(since);
      if (month) {
        const q = qualityOf(place, month);
        q.checkBreaches[b.subject.type] = (q.checkBreaches[b.subject.type] ?? 0) + 1;
      }
    }
    const kind = bucketKind(rule);
    let buckets = bucketsOf.get(kind);
    if (!buckets) {
      buckets = kind === "month" ? months : periodsOverlapping(kind, span.from, span.to, yearStart).map((p) => bucketOn(kind, p.from));
      bucketsOf.set(kind, buckets);
    }
    // Active at a bucket's end: raised by then, and not yet resolved or lapsed.
    const ended = dayOf(b.resolvedOn) ?? dayOf(b.lapsedOn);
    if (since === undefined) continue;
    for (const bucket of buckets) {
      const day = minDay(bucket.to, asOf);
      if (day < span.from || since > day) continue;
      if (ended !== undefined && ended <= day) break;
      rowOf(place, rule, bucket).activeBreaches += 1;
    }
  }
  for (const byRule of rows.values()) {
    for (const byBucket of byRule.values()) {
      for (const row of byBucket.values()) row.onTime = ratio(row.metOnTime, row.metOnTime + row.metLate + row.overdue);
    }
  }

  // Audit grades, per place and month completed.
  for (const a of yield* accepted(dataset, evaluation, "audits")) {
    if (endsStep(count++)) yield;
    const done = dayOf(str(a["completedOn"]));
    const grade = a["grade"];
    if (done === undefined || done < span.from || done > end || typeof grade !== "number" || !(grade >= 1 && grade <= 10)) continue;
    const id = str(a["id"]);
    const place = id === undefined ? undefined : places.of({ type: "audit", id });
    const month = monthOfDay(done);
    if (!place || !month) continue;
    const q = qualityOf(place, month);
    q.audits.grades[Math.round(grade) - 1] = (q.audits.grades[Math.round(grade) - 1] ?? 0) + 1;
  }
  for (const q of quality.values()) {
    const graded = q.audits.grades.reduce((s, n) => s + n, 0);
    q.audits.atOrBelow5 = ratio(q.audits.grades.slice(0, 5).reduce((s, n) => s + n, 0), graded);
  }

  yield;
  const surveys = yield* surveyCompletion(dataset, evaluation, policy, places, span, asOf);
  yield;
  const kept: ScorecardRow[] = [];
  for (const byRule of rows.values()) {
    for (const byBucket of byRule.values()) for (const r of byBucket.values()) if (r.due > 0 || r.activeBreaches > 0) kept.push(r);
    yield;
  }
  // A stable sort in steps: rows of one place, rule and period start keep their order, as one sort keeps them.
  const rowList = yield* sortSteps(kept, (a, b) => cmp(a.place.key, b.place.key) || cmp(a.ruleId, b.ruleId) || cmp(a.period.from, b.period.from));
  const used = new Set(rowList.map((r) => r.ruleId));
  const surveyRule = [...rules.values()].find((r) => r.kind === "target" && r.id === "survey.completion-target");
  const targetOf = (rule: RuleDefinition): number | undefined =>
    rule.kind === "target" ? numberOf(policy, rule.rate, end) : undefined;
  const placeKeys = new Map<string, ScorecardPlace>();
  for (const r of rowList) placeKeys.set(r.place.key, r.place);
  for (const q of quality.values()) placeKeys.set(q.place.key, q.place);
  for (const s of surveys) placeKeys.set(s.place.key, s.place);
  return {
    by,
    from: formatDay(span.from),
    to: formatDay(span.to),
    asOf: formatDay(asOf),
    policy: evaluation.policy,
    months: months.map(periodOf),
    places: [...placeKeys.values()].sort((a, b) => cmp(a.key, b.key)),
    rows: rowList,
    quality: [...quality.values()]
      .filter((q) => q.audits.atOrBelow5.denominator > 0 || Object.keys(q.checkBreaches).length > 0)
      .sort((a, b) => cmp(a.place.key, b.place.key) || cmp(a.period.from, b.period.from)),
    surveys: surveyRule ? surveys : [],
    rules: [...rules.values()].filter((r) => used.has(r.id)).map((r) => {
      const target = targetOf(r);
      return { id: r.id, kind: r.kind, basis: footingsOf(r).result.basis, ...(target !== undefined ? { target } : {}) };
    }),
  };
}

/**
 * The owner a result is placed by when its subject names no team: the person the rule named
 * (the line manager on the due date, say), not the stand-in an evaluation puts in their place
 * when they are no longer in post on `asOf`. So a result stays where it was at its month's end.
 *
 * @param owner - the result's owner
 * @returns the named owner, or the owner itself
 */
export function namedOwner(owner: Party): Party {
  return owner.named ?? owner;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A number of a rule (a number, or a parameter as in force on a day). */
function numberOf(policy: Policy, spec: number | { param: string; by?: string | undefined } | undefined, day: Day): number | undefined {
  if (spec === undefined) return undefined;
  if (typeof spec === "number") return spec;
  const v = readParameter(policy.parameters, spec, undefined, day);
  return typeof v === "number" ? v : undefined;
}

/** Places of the scorecard, by subject. */
interface Places {
  of(subject: Subject, owner?: Party): ScorecardPlace | undefined;
  ofTeam(teamId: string): ScorecardPlace | undefined;
}

function* createPlaces(dataset: unknown, evaluation: Evaluation, by: ScorecardBy): Generator<void, Places> {
  const teams = yield* accepted(dataset, evaluation, "teams");
  const areas = yield* accepted(dataset, evaluation, "areas");
  const placementData: { [collection: string]: Loose[] } = {};
  for (const c of ["teams", "staff", "cases", "audits", "supervisions", "pdrs", "observations", "youngCarerAssessments"]) {
    placementData[c] = yield* accepted(dataset, evaluation, c);
  }
  const placer = yield* createPlacerSteps(placementData);
  const teamName = new Map(teams.map((t) => [str(t["id"]) ?? "", str(t["name"]) ?? str(t["id"]) ?? ""]));
  const areaName = new Map(areas.map((a) => [str(a["id"]) ?? "", str(a["name"]) ?? str(a["id"]) ?? ""]));
  const service: ScorecardPlace = { key: "service", id: "service", label: "Service" };
  const cache = new Map<string, ScorecardPlace>();
  const fromOrg = (p: OrgPlace): ScorecardPlace | undefined => {
    if (by === "service") return service;
    const id = by === "team" ? p.teamId : p.areaId;
    if (id === undefined) return undefined;
    let place = cache.get(id);
    if (!place) {
      const key = `${by}:${id}`;
      place = by === "team"
        ? { key, id, label: teamName.get(id) ?? id, ...(p.areaId !== undefined ? { areaId: p.areaId } : {}) }
        : { key, id, label: areaName.get(id) ?? id };
      cache.set(id, place);
    }
    return place;
  };
  return {
    // A service-level result belongs to the service alone: it is never put with its owner's team.
    of: (subject, owner) => (subject.type === "service" ? (by === "service" ? service : undefined) : fromOrg(placer(subject, owner))),
    ofTeam: (teamId) => fromOrg(placer({ type: "team", id: teamId })),
  };
}

/** Survey completion per place and target period, counted as `survey.completion-target` counts it. */
function* surveyCompletion(
  dataset: unknown, evaluation: Evaluation, policy: Policy, places: Places,
  span: { from: Day; to: Day }, asOf: Day,
): Generator<void, ScorecardSurveys[]> {
  let count = 0;
  const rule = policy.rules.find((r) => r.id === "survey.completion-target");
  if (!rule || rule.kind !== "target") return [];
  const yearStart = policy.calendar.yearStartMonth;
  const completions = new Map<string, Day[]>();
  for (const s of yield* accepted(dataset, evaluation, "surveys")) {
    if (endsStep(count++)) yield;
    const day = dayOf(str(s["completedOn"]));
    const caseId = str(s["caseId"]);
    if (day === undefined || caseId === undefined || day > asOf) continue;
    const list = completions.get(caseId) ?? [];
    list.push(day);
    completions.set(caseId, list);
  }
  const out = new Map<string, ScorecardSurveys>();
  const reasonsOn = new Map<Day, unknown>();
  const periodOn = new Map<Day, { period: ReturnType<typeof periodContaining>; dueDay: Day; perSurvey: boolean; target: number }>();
  for (const c of yield* accepted(dataset, evaluation, "cases")) {
    if (endsStep(count++)) yield;
    const closed = dayOf(str(c["closedOn"]));
    const id = str(c["id"]);
    const teamId = str(c["teamId"]);
    if (closed === undefined || id === undefined || teamId === undefined || closed > asOf) continue;
    let reasons = reasonsOn.get(closed);
    if (reasons === undefined) reasonsOn.set(closed, (reasons = readParameter(policy.parameters, { param: "survey.closureReasons" }, undefined, closed)));
    if (!Array.isArray(reasons) || !reasons.includes(c["closureReason"])) continue;
    let known = periodOn.get(closed);
    if (!known) {
      const p = periodContaining(rule.period, closed, yearStart);
      known = {
        period: p, dueDay: p.to + (numberOf(policy, rule.graceDays, p.from) ?? 0),
        perSurvey: readParameter(policy.parameters, { param: "survey.targetCounts" }, undefined, p.from) === "surveys",
        target: numberOf(policy, rule.rate, p.from) ?? 0,
      };
      periodOn.set(closed, known);
    }
    const { period, dueDay, perSurvey } = known;
    if (period.to < span.from || period.from > span.to) continue;
    const place = places.ofTeam(teamId);
    if (!place) continue;
    const countedTo = minDay(dueDay, asOf);
    const done = (completions.get(id) ?? []).filter((d) => d <= countedTo).length;
    const key = `${place.key}\u0000${period.label}`;
    let entry = out.get(key);
    if (!entry) {
      entry = {
        place, period: periodOf(period), completion: ratio(0, 0), target: known.target,
        countedTo: formatDay(countedTo), final: dueDay <= asOf,
      };
      out.set(key, entry);
    }
    entry.completion.denominator += 1;
    entry.completion.numerator += perSurvey ? done : done > 0 ? 1 : 0;
  }
  return [...out.values()]
    .map((s) => ({ ...s, completion: ratio(s.completion.numerator, s.completion.denominator) }))
    .sort((a, b) => cmp(a.place.key, b.place.key) || cmp(a.period.from, b.period.from));
}
