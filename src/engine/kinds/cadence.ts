import { daysInMonth, dayParts, makeDay, toDay, type Day } from "../../calendar/day";
import { addMonths } from "../../calendar/months";
import { daysIn, type Period } from "../../calendar/periods";
import type { NumberSpec, RuleOfKind } from "../../model/policy";
import { inEffect } from "../../policy/effective";
import type { EngineContext } from "../context/engine-context";
import { describeEvidence, describeNumber, ruleReferral, ruleWhen, ruleWho } from "../vocabulary/describe";
import { contractSegments, eligibleDays, eligibleWorkingDays, roundHalfUp } from "../subjects/staff-eligibility";
import { evidenceFor, firstOnOrAfter, type EvidenceItem } from "../vocabulary/evidence";
import { newDecision, settle } from "../outcomes/outcome";
import { rulePeriods } from "../due-dates/rule-periods";
import { numberFor } from "../vocabulary/rule-values";
import type { SubjectInstance } from "../subjects/subject";
import { checkRecords } from "./check";
import type { KindModule, Site } from "./kind";

type CadenceRule = RuleOfKind<"cadence">;

/**
 * Cadence: at least n per period, one obligation per subject and period overlapping the
 * window (or earlier but due inside it) whose first day is inside the rule's effective dates. Yearly cadences with
 * `perYear` are pro-rata to eligible days; a content check also checks each record counted.
 */
export const cadenceKind: KindModule<"cadence"> = {
  listsOwnSubjects: false,
  wholeNumbers: (rule) => (["required", "perYear", "dueMonthsAfterPeriod"] as const).flatMap((name) => {
    const spec = rule[name];
    return spec === undefined ? [] : [[[name], spec] satisfies Site<NumberSpec>];
  }),
  assertions: (rule) => (rule.contentCheck?.assertions ?? []).map((a, j) => [["contentCheck", "assertions", j], a]),

  resolve: () => ({}),

  namesUsed: (rule) => ({
    dates: [],
    fields: [],
    evidence: {
      name: "evidence", spec: rule.evidence,
      fields: (rule.contentCheck?.assertions ?? []).map((a, i) => [["contentCheck", "assertions", i, "field"], a.field]),
    },
    parameters: [],
  }),

  *run(compiled, subjects, ctx, out) {
    const rule = compiled.definition;
    const evidence = yield* evidenceFor(rule.evidence, ctx);
    for (const subject of subjects) {
      const items = evidence(subject.subject.id);
      for (const period of rulePeriods(rule, ctx, (p) => dueOf(rule, subject, p, ctx))) {
        const need = required(rule, subject, period, ctx);
        if (need === null) continue;
        const dueBy = dueOf(rule, subject, period, ctx);
        const counted = counting(rule, items, period, dueBy, ctx);
        const met = counted.length >= need.count && need.count > 0 ? counted[need.count - 1] : undefined;
        // Not met, but a record that might count turns on a rejected record: neither met nor a breach.
        if (met === undefined && counting(rule, evidence.unsure, period, dueBy, ctx).length > 0) continue;
        const d = newDecision(rule, subject, compiled.owner(subject, ctx), dueBy, period.from, counted.map((e) => e.id));
        d.key = period.label;
        d.period = { from: period.from, to: period.to };
        d.metOn = met?.day;
        d.excused = need.excused;
        d.progress = { done: counted.length, required: need.count };
        out.outcomes.push(settle(d, ctx));
      }
      if (rule.contentCheck) {
        const inWindow = items.filter((e) => e.day >= ctx.from && inEffect(rule, e.day));
        out.checkBreaches.push(...checkRecords(compiled, rule.contentCheck, inWindow, ctx));
      }
      yield;
    }
  },

  decidingDay: (_rule, found, ctx) => found.outcome?.decidingDay ?? ctx.from,

  describe(rule: CadenceRule) {
    const howMany = rule.perYear !== undefined ? `the pro-rata of ${describeNumber(rule.perYear)} a year` : `at least ${describeNumber(rule.required ?? 1)}`;
    const dueLine = rule.dueMonthsAfterPeriod === undefined ? "due on the period's last day" : `due by the end of the month ${describeNumber(rule.dueMonthsAfterPeriod)} after the period`;
    const content = rule.contentCheck ? ` Each record is also checked: ${rule.contentCheck.assertions.map((a) => a.label).join("; ")}.` : "";
    return `Cadence on each of \`${rule.subject}\`${ruleWhen(rule)}: ${howMany} per ${rule.period} of ${describeEvidence(rule.evidence)}, ${dueLine}.${content} ${ruleWho(rule)}${ruleReferral(rule)}`;
  },

  explainDue(compiled, o, found, ctx) {
    const rule = compiled.definition;
    if (!o.period) return undefined;
    const months = rule.dueMonthsAfterPeriod === undefined
      ? undefined
      : found.subject ? numberFor(rule.dueMonthsAfterPeriod, found.subject, ctx, toDay(o.period.from)) : null;
    const how = months === undefined ? "the period's last day" : `the end of the month ${months} after the period (${o.period.to})`;
    return { rule: how, skipped: [], paused: [], dueBy: o.dueBy };
  },
};

/** How many the subject owes in a period; null when it owes nothing. */
function required(rule: CadenceRule, subject: SubjectInstance, period: Period, ctx: EngineContext) {
  const staff = subject.staff;
  if (rule.perYear !== undefined) {
    if (!staff) {
      const n = numberFor(rule.perYear, subject, ctx, period.from);
      return n ? { count: n, excused: false } : null;
    }
    const absences = staff.absences;
    let weighted = 0;
    for (const segment of contractSegments(staff, period)) {
      const n = numberFor(rule.perYear, { keyOn: () => segment.contract }, ctx, segment.span.from) ?? 0;
      weighted += n * eligibleDays(staff, segment.span, absences);
    }
    const count = roundHalfUp(weighted / daysIn(period));
    return count > 0 ? { count, excused: false } : null;
  }
  if (ctx.calendar.firstWorkingDayIn(period.from, period.to) === undefined) return null;
  // A count read as null (a number the council has not set) or zero asks nothing.
  const count = rule.required === undefined ? 1 : numberFor(rule.required, subject, ctx, period.from);
  if (count === null || count === 0) return null;
  if (!staff) return { count, excused: false };
  // Active only on days off (started on a Saturday, left on a bank holiday): nothing owed.
  if (eligibleWorkingDays(staff, period, [], ctx.calendar) === 0) return null;
  const absences = staff.absences;
  return { count, excused: eligibleWorkingDays(staff, period, absences, ctx.calendar) === 0 };
}

function dueOf(rule: CadenceRule, subject: SubjectInstance, period: Period, ctx: EngineContext): Day {
  if (rule.dueMonthsAfterPeriod === undefined) return period.to;
  const months = numberFor(rule.dueMonthsAfterPeriod, subject, ctx, period.from) ?? 0;
  const { year, month } = dayParts(addMonths(period.to, months));
  return makeDay(year, month, daysInMonth(year, month));
}

/** The evidence that counts for a period, in date order. */
function counting(rule: CadenceRule, items: readonly EvidenceItem[], period: Period, dueBy: Day, ctx: EngineContext) {
  if (rule.evidence.match === "covers-period") {
    return items.filter((e) => e.covers !== undefined && e.covers.from <= period.from && e.covers.to >= period.to);
  }
  const last = Math.min(period.to, dueBy, ctx.asOf);
  return items.slice(firstOnOrAfter(items, period.from), firstOnOrAfter(items, last + 1));
}
