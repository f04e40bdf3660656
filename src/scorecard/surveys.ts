/**
 * Survey completion per place and target period, as `survey.completion-target` counts it.
 *
 * @module
 */
import { formatDay, minDay, type Day } from "../calendar/day";
import { periodContaining } from "../calendar/periods";
import type { Evaluation } from "../model/evaluation";
import { endsStep } from "../model/steps";
import type { Policy } from "../policy/policy";
import { readParameter } from "../policy/read-parameter";
import { accepted, str } from "./accepted";
import { periodOf } from "./grid";
import { dayOf } from "./months";
import { cmp } from "./order";
import type { Places } from "./places";
import { ratio } from "./ratio";
import { numberOf } from "./rule-number";
import type { ScorecardSurveys } from "./types";

/**
 * Survey completion per place and target period, counted as `survey.completion-target`
 * counts it, a step at a time.
 *
 * @param dataset - the dataset evaluated (for surveys and closed cases)
 * @param evaluation - its evaluation (for the records it rejected)
 * @param policy - the policy, for the rule and its parameters
 * @param places - the scorecard's places
 * @param span - the scorecard's first and last days
 * @param asOf - the evaluation's day
 * @returns the figures by place and period, none when the policy has no such rule
 */
export function* surveyCompletion(
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
