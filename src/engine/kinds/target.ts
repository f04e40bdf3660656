import { addDays, type Day } from "../../calendar/day";
import type { Period } from "../../calendar/periods";
import type { RuleOfKind } from "../../model/policy";
import type { EngineContext } from "../context";
import { measures, scopeKey, type MeasureName } from "../measures";
import { settle } from "../outcome";
import { partyResolvers, type PartyResolverName } from "../owners";
import { rulePeriods } from "../rule-periods";
import { emptyOutput, type RuleOutput } from "../rule-output";
import { listFor, numberFor } from "../specs";
import { subjectSources } from "../subjects";
import type { SubjectInstance } from "../subject-instance";
import { referralDay } from "./referral-day";

const scopeSources = { service: subjectSources.service, area: subjectSources.areas, team: subjectSources.teams };

/**
 * Interprets a target rule: per period overlapping the window or earlier but due inside it
 * (whose first day is inside the rule's effective dates) and per scope (as listed on its first day), a ratio at least the target rate.
 * Counted up to the due date (period end plus grace days). Met once the period has ended
 * and the ratio is reached; a period with nothing to measure is met once due.
 *
 * @param rule - the rule definition
 * @param ctx - the evaluation
 * @returns obligations (with breaches) and referrals
 */
export function interpretTarget(rule: RuleOfKind<"target">, ctx: EngineContext): RuleOutput {
  const out = emptyOutput();
  const measure = measures[rule.measure as MeasureName](ctx, rule.period);
  const owner = partyResolvers[rule.owner as PartyResolverName];
  const dueOf = (period: Period, subject?: SubjectInstance) =>
    addDays(period.to, numberFor(rule.graceDays, subject, ctx, period.from) ?? 0);
  for (const period of rulePeriods(rule, ctx, (p) => dueOf(p))) {
    const scopes = listFor(rule.scopes, undefined, ctx, period.from) as (keyof typeof scopeSources)[];
    const subjects: SubjectInstance[] = scopes.flatMap((scope) => scopeSources[scope]?.(ctx) ?? []);
    for (const subject of subjects) {
      const rate = numberFor(rule.rate, subject, ctx, period.from) ?? 0;
      const dueBy = dueOf(period, subject);
      const families = measure(scopeKey(subject.subject.type, subject.subject.id), period.label);
      const completions = families
        .map((f) => f.completedOn)
        .filter((d): d is Day => d !== undefined && d <= dueBy)
        .sort((a, b) => a - b);
      // The tolerance keeps 10% of 10 at 1 despite floating point; max(0, ...) turns the -0 it gives for no families into 0.
      const required = Math.max(0, Math.ceil(rate * families.length - 1e-9));
      const metOn = metDay(required, completions, period.to, dueBy, ctx.asOf);
      const outcome = settle(
        {
          rule, subject, owner: owner(subject, ctx), key: period.label, dueBy,
          period: { from: period.from, to: period.to },
          evidence: families.filter((f) => f.completedOn !== undefined && f.completedOn <= dueBy).map((f) => f.id),
          ...(metOn !== undefined ? { metOn } : {}),
          progress: { done: completions.length, required },
          details: { closed: families.length, completed: completions.length, targetRate: rate },
        },
        ctx,
      );
      out.outcomes.push(outcome);
      const raisedOn = referralDay(rule, subject, outcome, dueBy);
      if (raisedOn !== undefined) out.referrals.push({ subject, raisedOn, obligationId: outcome.obligation.id });
    }
  }
  return out;
}

function metDay(required: number, completions: readonly Day[], periodEnd: Day, dueBy: Day, asOf: Day): Day | undefined {
  if (required === 0) return asOf >= dueBy ? dueBy : undefined;
  const reached = completions[required - 1];
  if (reached === undefined || asOf < periodEnd) return undefined;
  return Math.max(reached, periodEnd);
}
