import { addDays, toDay, type Day } from "../../calendar/day";
import type { Period } from "../../calendar/periods";
import type { RuleOfKind } from "../../model/policy";
import { describeNumber, ruleReferral, ruleWho } from "../vocabulary/describe";
import { implicitParametersOfMeasure, measures, scopeKey, scopeTypes } from "../vocabulary/measures";
import { resolveName } from "../vocabulary/resolve-name";
import { newDecision, settle } from "../outcomes/outcome";
import { rulePeriods } from "../due-dates/rule-periods";
import { listFor, numberFor } from "../vocabulary/rule-values";
import type { SubjectInstance } from "../subjects/subject";
import { sourceOfType } from "../subjects/sources";
import type { KindModule } from "./kind";
import { addOutcome } from "./referral-day";

type TargetRule = RuleOfKind<"target">;

/**
 * Target: per period overlapping the window or earlier but due inside it (whose first day is
 * inside the rule's effective dates) and per scope
 * (as listed on its first day), a ratio at least the target rate. Counted up to the due date
 * (period end plus grace days). Met once the period has ended and the ratio is reached; a
 * period with nothing to measure is met once due.
 */
export const targetKind: KindModule<"target"> = {
  listsOwnSubjects: true,
  wholeNumbers: (rule) => [[["graceDays"], rule.graceDays]],
  assertions: () => [],

  resolve(rule, at, issues) {
    const measure = resolveName(measures, rule.measure, at("measure"), "measure", issues);
    return measure && { measure };
  },

  namesUsed: (rule) => ({ dates: [], fields: [], parameters: implicitParametersOfMeasure(rule.measure) }),

  *run(compiled, _subjects, ctx, out) {
    const rule = compiled.definition;
    const measure = yield* compiled.names.measure(ctx, rule.period);
    const dueOf = (period: Period, subject?: SubjectInstance) =>
      addDays(period.to, numberFor(rule.graceDays, subject, ctx, period.from) ?? 0);
    for (const period of rulePeriods(rule, ctx, (p) => dueOf(p))) {
      const scopes = listFor(rule.scopes, undefined, ctx, period.from);
      const subjects = scopes.flatMap((scope) => (scopeTypes.includes(scope) ? sourceOfType(scope)?.list(ctx) ?? [] : []));
      for (const subject of subjects) {
        const rate = numberFor(rule.rate, subject, ctx, period.from) ?? 0;
        const dueBy = dueOf(period, subject);
        const { families, counting } = measure(scopeKey(subject.subject.type, subject.subject.id), period);
        const completions = families.flatMap((f) => f.counts).filter((d) => d <= dueBy).sort((a, b) => a - b);
        // The tolerance keeps 10% of 10 at 1 despite floating point; max(0, ...) turns the -0 it gives for no families into 0.
        const required = Math.max(0, Math.ceil(rate * families.length - 1e-9));
        const metOn = metDay(required, completions, period.to, dueBy, ctx.asOf);
        const evidence = families.filter((f) => f.counts[0] !== undefined && f.counts[0] <= dueBy).map((f) => f.id);
        const d = newDecision(rule, subject, compiled.owner(subject, ctx), dueBy, period.from, evidence);
        d.key = period.label;
        d.period = { from: period.from, to: period.to };
        d.metOn = metOn;
        d.progress = { done: completions.length, required };
        d.details = { closed: families.length, completed: completions.length, targetRate: rate, counted: counting };
        const outcome = settle(d, ctx);
        addOutcome(out, rule, subject, outcome, dueBy);
        yield;
      }
    }
  },

  decidingDay: (_rule, found, ctx) => found.outcome?.decidingDay ?? ctx.from,

  describe: (rule: TargetRule) =>
    `Target per ${rule.period} for each scope in ${Array.isArray(rule.scopes) ? rule.scopes.join(", ") : describeNumber(rule.scopes)}: measure ${rule.measure} at least ${describeNumber(rule.rate)}, counted up to ${describeNumber(rule.graceDays)} days after the period. ${ruleWho(rule)}${ruleReferral(rule)}`,

  explainDue(compiled, o, found, ctx) {
    if (!o.period) return undefined;
    const grace = found.subject ? numberFor(compiled.definition.graceDays, found.subject, ctx, toDay(o.period.from)) : null;
    return { rule: `${grace ?? "?"} days of grace after the period ends (${o.period.to})`, skipped: [], paused: [], dueBy: o.dueBy };
  },
};

function metDay(required: number, completions: readonly Day[], periodEnd: Day, dueBy: Day, asOf: Day): Day | undefined {
  if (required === 0) return asOf >= dueBy ? dueBy : undefined;
  const reached = completions[required - 1];
  if (reached === undefined || asOf < periodEnd) return undefined;
  return Math.max(reached, periodEnd);
}
