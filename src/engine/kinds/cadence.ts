import { daysInMonth, dayParts, makeDay, parseDay, type Day } from "../../calendar/day";
import { addMonths } from "../../calendar/months";
import { daysIn, type Period } from "../../calendar/periods";
import type { RuleOfKind } from "../../model/policy";
import { inEffect } from "../../policy/effective";
import type { EngineContext } from "../context";
import { contractSegments, eligibleDays, eligibleWorkingDays, roundHalfUp } from "../eligibility";
import { evidenceFor, firstOnOrAfter, type EvidenceItem } from "../evidence";
import { settle } from "../outcome";
import { partyResolvers, type PartyResolverName } from "../owners";
import { rulePeriods } from "../rule-periods";
import { emptyOutput, type RuleOutput } from "../rule-output";
import { numberFor } from "../specs";
import type { SubjectInstance } from "../subject-instance";
import { checkRecords } from "./check";

type CadenceRule = RuleOfKind<"cadence">;

/**
 * Interprets a cadence rule: at least n per period, one obligation per subject and period
 * overlapping the window (or earlier but due inside it) whose first day is inside the rule's
 * effective dates. Yearly
 * cadences with `perYear` are pro-rata to eligible days.
 *
 * @param rule - the rule definition
 * @param subjects - the subjects its condition selected
 * @param ctx - the evaluation
 * @returns obligations (with breaches), and check breaches of the evidence's content
 */
export function interpretCadence(rule: CadenceRule, subjects: readonly SubjectInstance[], ctx: EngineContext): RuleOutput {
  const out = emptyOutput();
  const evidence = evidenceFor(rule.evidence, ctx);
  const owner = partyResolvers[rule.owner as PartyResolverName];
  for (const subject of subjects) {
    const items = evidence(subject.subject.id);
    for (const period of rulePeriods(rule, ctx, (p) => dueOf(rule, subject, p, ctx))) {
      const need = required(rule, subject, period, ctx);
      if (need === null) continue;
      const dueBy = dueOf(rule, subject, period, ctx);
      const counted = counting(rule, items, period, dueBy, ctx);
      const met = counted.length >= need.count && need.count > 0 ? counted[need.count - 1] : undefined;
      out.outcomes.push(
        settle(
          {
            rule, subject, owner: owner(subject, ctx), key: period.label, dueBy,
            period: { from: period.from, to: period.to },
            evidence: counted.map((e) => e.id),
            ...(met ? { metOn: met.day } : {}),
            ...(need.excused ? { excused: true } : {}),
            progress: { done: counted.length, required: need.count },
          },
          ctx,
        ),
      );
    }
    if (rule.contentCheck) {
      const inWindow = items.filter((e) => e.day >= ctx.from && inEffect(rule, e.day));
      out.checkBreaches.push(...checkRecords(rule, rule.contentCheck, inWindow, ctx));
    }
  }
  return out;
}

/** How many the subject owes in a period; null when it owes nothing. */
function required(rule: CadenceRule, subject: SubjectInstance, period: Period, ctx: EngineContext) {
  const staff = subject.staff;
  if (rule.perYear !== undefined) {
    if (!staff) {
      const n = numberFor(rule.perYear, subject, ctx, period.from);
      return n ? { count: n, excused: false } : null;
    }
    const absences = ctx.index.absences.get(staff.id) ?? [];
    let weighted = 0;
    for (const segment of contractSegments(staff, period)) {
      const n = numberFor(rule.perYear, { ...subject, keyOn: () => segment.contract }, ctx, segment.span.from) ?? 0;
      weighted += n * eligibleDays(staff, segment.span, absences);
    }
    const count = roundHalfUp(weighted / daysIn(period));
    return count > 0 ? { count, excused: false } : null;
  }
  if (ctx.calendar.firstWorkingDayIn(period.from, period.to) === undefined) return null;
  const count = numberFor(rule.required ?? 1, subject, ctx, period.from) ?? 1;
  if (!staff) return { count, excused: false };
  // Active only on days off (started on a Saturday, left on a bank holiday): nothing owed.
  if (eligibleWorkingDays(staff, period, [], ctx.calendar) === 0) return null;
  const absences = ctx.index.absences.get(staff.id) ?? [];
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
    return items.filter((e) => {
      const span = e.record["period"] as { from?: string; to?: string } | undefined;
      const from = parseDay(span?.from ?? "");
      const to = parseDay(span?.to ?? "");
      return from !== undefined && to !== undefined && from <= period.from && to >= period.to;
    });
  }
  const last = Math.min(period.to, dueBy, ctx.asOf);
  return items.slice(firstOnOrAfter(items, period.from), firstOnOrAfter(items, last + 1));
}
