import type { Due, NumberSpec, RuleOfKind } from "../../model/policy";
import { inEffect } from "../../policy/effective";
import { describeDue, ruleWhen, ruleWho, ruleReferral } from "../vocabulary/describe";
import { explainDue } from "../due-dates/explain-due";
import { fulfilments, implicitParametersOfFulfilment } from "../vocabulary/fulfilments";
import { resolveServed } from "../vocabulary/needs";
import { newDecision, settle } from "../outcomes/outcome";
import { anchorOf, dueFor, numberFor } from "../vocabulary/rule-values";
import { conditionDayOf } from "../subjects/define-source";
import { datePair, type KindModule } from "./kind";
import { addOutcome } from "./referral-day";

type DeadlineRule = RuleOfKind<"deadline">;

/** The subject dates a due definition names, with their paths. */
function dueDates(d: Due, path: (string | number)[], into: [(string | number)[], string][] = []) {
  if (d.type === "on") into.push([[...path, "date"], d.date]);
  else into.push([[...path, "after"], d.after]);
  if (d.type === "days" && d.orElse) dueDates(d.orElse, [...path, "orElse"], into);
  return into;
}

/** The counts of days or months a due definition reads, with their paths. */
function dueCounts(d: Due, path: (string | number)[]): [(string | number)[], NumberSpec][] {
  if (d.type === "on") return [];
  const orElse = d.type === "days" && d.orElse ? dueCounts(d.orElse, [...path, "orElse"]) : [];
  return [[[...path, "count"], d.count], ...orElse];
}

/**
 * Deadline: when X happens, Y within N days. One obligation per subject whose anchor (the
 * date its due date counts from) falls inside the rule's effective dates; excused when the
 * subject's `endsOn` date comes first.
 */
export const deadlineKind: KindModule<"deadline"> = {
  listsOwnSubjects: false,
  wholeNumbers: (rule) => dueCounts(rule.due, ["due"]),
  assertions: () => [],

  resolve(rule, at, issues, source) {
    const fulfil = resolveServed(fulfilments, rule.fulfilment, source, rule.subject, at("fulfilment"), "fulfilment", issues);
    return fulfil && { fulfil };
  },

  namesUsed: (rule) => ({
    dates: [...dueDates(rule.due, ["due"]), ...datePair(["endsOn"], rule.endsOn)],
    fields: [],
    parameters: implicitParametersOfFulfilment(rule.fulfilment),
  }),

  *run(compiled, subjects, ctx, out) {
    const rule = compiled.definition;
    const { fulfil } = compiled.names;
    if (fulfil.prepare) yield* fulfil.prepare(ctx);
    for (const subject of subjects) {
      const decidingDay = anchorOf(rule.due, subject) ?? conditionDayOf(compiled.source, subject, ctx.asOf);
      if (!inEffect(rule, decidingDay)) continue;
      const dueBy = dueFor(rule.due, subject, ctx);
      const met = fulfil(subject, ctx);
      if (met.undecided === true) continue; // it turns on a rejected staff member's record: no obligation either way
      const endedOn = rule.endsOn === undefined ? undefined : subject.date(rule.endsOn);
      // A list of the obligation's own: a fulfilment may give one list to many.
      const d = newDecision(rule, subject, compiled.owner(subject, ctx), dueBy, decidingDay, [...met.evidence]);
      d.endedOn = endedOn;
      d.metOn = met.on;
      d.details = met.details;
      const outcome = settle(d, ctx);
      addOutcome(out, rule, subject, outcome, dueBy);
      yield;
    }
  },

  decidingDay: (_rule, found, ctx) => found.outcome?.decidingDay ?? ctx.from,

  describe: (rule: DeadlineRule) =>
    `Deadline on each of \`${rule.subject}\`${ruleWhen(rule)}: ${describeDue(rule.due)}; fulfilled by ${rule.fulfilment}.${rule.endsOn ? ` Excused when \`${rule.endsOn}\` comes first.` : ""} ${ruleWho(rule)}${ruleReferral(rule)}`,

  explainDue(compiled, obligation, found, ctx) {
    const subject = found.subject;
    if (!subject) return undefined;
    const amount = (spec: NumberSpec, start: number) => numberFor(spec, subject, ctx, start);
    return explainDue(compiled.definition.due, (name) => subject.date(name), amount, ctx.calendar, obligation.dueBy);
  },
};
