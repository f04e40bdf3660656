import { addDays, formatDay, toDay, type Day } from "../../calendar/day";
import { addMonths } from "../../calendar/months";
import type { NumberSpec, RuleOfKind } from "../../model/policy";
import { inEffect } from "../../policy/effective";
import type { EngineContext } from "../context/engine-context";
import { describeEvidence, describeNumber, ruleReferral, ruleWhen, ruleWho } from "../vocabulary/describe";
import { evidenceFor, firstOnOrAfter, type EvidenceItem } from "../vocabulary/evidence";
import { pausingAbsences } from "../due-dates/explain-due";
import { newDecision, settle, type Outcome } from "../outcomes/outcome";
import { pausedDue } from "../due-dates/paused-due";
import { numberFor, paramFor } from "../vocabulary/rule-values";
import type { SubjectInstance } from "../subjects/subject";
import { datePair, type KindModule, type Site } from "./kind";
import { referralDay } from "./referral-day";
import { atIndex } from "../../util/at-index";

type ChainRule = RuleOfKind<"deadline-chain">;

/**
 * Deadline chain: a run of waits, each starting at the previous fulfilment (or the chain's
 * anchor) and due a fixed time later. One obligation per wait that starts inside the rule's
 * effective dates (an unanchored chain's opening wait is decided on the window's first day).
 * Records after the subject stopped (left, closed) start no wait, but the first of them meets
 * late a wait that was already due when it stopped; one not yet due is excused.
 */
export const chainKind: KindModule<"deadline-chain"> = {
  listsOwnSubjects: false,
  wholeNumbers: (rule) => [
    ...(rule.start?.plusMonths !== undefined ? [[["start", "plusMonths"], rule.start.plusMonths] satisfies Site<NumberSpec>] : []),
    "days" in rule.interval ? [["interval", "days"], rule.interval.days] : [["interval", "months"], rule.interval.months],
  ],
  assertions: () => [],

  resolve: () => ({}),

  namesUsed: (rule) => ({
    dates: [
      ...datePair(["endsOn"], rule.endsOn),
      ...datePair(["start", "date"], rule.start?.date),
    ],
    fields: [],
    evidence: { name: "events", spec: rule.events, fields: [] },
    parameters: [],
  }),

  *run(compiled, subjects, ctx, out) {
    const rule = compiled.definition;
    const events = yield* evidenceFor(rule.events, ctx);
    for (const subject of subjects) {
      const start = chainStart(rule, subject, ctx);
      if (start === null) continue;
      const endsOn = rule.endsOn === undefined ? subject.endsOn : subject.date(rule.endsOn);
      const recorded = events(subject.subject.id);
      // Records are in date order: those after the day the subject stopped are a tail of them.
      const cut = endsOn === undefined ? recorded.length : firstOnOrAfter(recorded, endsOn + 1);
      // Only records up to the day the subject stopped start or end waits (the list itself when none is after it)...
      const all = cut === recorded.length ? recorded : recorded.slice(0, cut);
      // ...but the first record after it still meets, late, a wait already due when it stopped.
      const afterEnd = recorded[cut];
      const waits = start === undefined ? unanchoredWaits(all, ctx) : waitsFrom(start, all, false);
      const kept = rule.effective === undefined ? waits : waits.filter((wait) => inEffect(rule, wait.start ?? ctx.from));
      let first: Outcome | undefined;
      for (const wait of kept) {
        const dueBy = wait.dueOn ?? dueAfter(rule, subject, wait.start as Day, ctx);
        // An interval read as null (no renewal: one record suffices) starts no wait after it.
        if (dueBy === null) continue;
        const dueWhenStopped = endsOn !== undefined && dueBy !== null && dueBy <= endsOn;
        const met = wait.met ?? (dueWhenStopped ? afterEnd : undefined);
        const d = newDecision(rule, subject, compiled.owner(subject, ctx), dueBy, wait.start ?? ctx.from, met ? [met.id] : []);
        d.key = wait.key;
        d.waitStart = wait.start;
        d.metOn = met?.day;
        d.endedOn = endsOn;
        d.details = { waitStarted: wait.start === undefined ? null : formatDay(wait.start) };
        const outcome = settle(d, ctx);
        out.outcomes.push(outcome);
        if (wait === waits[0]) first = outcome;
      }
      const raisedOn = first && start !== undefined ? referralDay(rule, subject, first, null, start) : undefined;
      if (first && raisedOn !== undefined) out.referrals.push({ subject, raisedOn, obligationId: first.id });
      yield;
    }
  },

  decidingDay: (_rule, found, ctx) => found.outcome?.waitStart ?? ctx.from,

  describe(rule) {
    const start = rule.start
      ? `from \`${rule.start.date}\`${rule.start.plusMonths === undefined ? "" : ` plus ${describeNumber(rule.start.plusMonths)} months`}`
      : "with no anchor (nothing on record on or before the window's first day: the first wait is due the day before it, so overdue from it)";
    const every = "days" in rule.interval ? `${describeNumber(rule.interval.days)} days` : `${describeNumber(rule.interval.months)} months`;
    const pause = rule.pauseDuringAbsence ? " Absence pauses the clock." : "";
    return `Chain on each of \`${rule.subject}\`${ruleWhen(rule)}, ${start}: each wait is at most ${every}, ended by ${describeEvidence(rule.events)}.${pause} ${ruleWho(rule)}${ruleReferral(rule)}`;
  },

  explainDue(compiled, o, found, ctx) {
    const rule = compiled.definition;
    const subject = found.subject;
    const started = found.outcome?.waitStart;
    const start = started === undefined ? undefined : formatDay(started);
    const startDay = started ?? ctx.from;
    const amount = (spec: Parameters<typeof numberFor>[0]) => (subject ? numberFor(spec, subject, ctx, startDay) : null);
    const every = "days" in rule.interval ? `${amount(rule.interval.days)} days` : `${amount(rule.interval.months)} months`;
    const absences = subject?.staff && pauses(rule, subject, startDay, ctx) ? subject.staff.absences : [];
    const paused = started !== undefined && o.dueBy ? pausingAbsences(started, toDay(o.dueBy), absences) : [];
    return {
      rule: start ? `at most ${every} after the wait started (${start})` : "nothing on record on or before the window's first day: due the day before it",
      ...(start ? { from: { field: "wait start", date: start } } : {}),
      skipped: [], paused, dueBy: o.dueBy,
    };
  },
};

/** One wait of a chain. Every field always present, in one order: one object shape for the loop that settles the waits. */
interface Wait {
  /**
   * What tells the wait apart in its obligation's id: the day it started (`2024-06-03`), with
   * `/2` for the wait a fulfilment on the anchor day starts (`2024-06-03/2`); `opening` for the
   * first wait of an unanchored chain.
   */
  key: string;
  /** The day the wait started; undefined for the first wait of an unanchored chain. */
  start: Day | undefined;
  /** A fixed due date (the day before the window's first day, for an unanchored chain with nothing on or before it). */
  dueOn: Day | undefined;
  met: EvidenceItem | undefined;
}

/** The anchor (null: the chain does not apply; undefined: the chain has no anchor of its own). */
function chainStart(rule: ChainRule, subject: SubjectInstance, ctx: EngineContext): Day | null | undefined {
  if (!rule.start) return undefined;
  const anchor = subject.date(rule.start.date);
  if (anchor === undefined) return null;
  if (rule.start.plusMonths === undefined) return anchor;
  const months = numberFor(rule.start.plusMonths, subject, ctx, anchor);
  if (months === null) return null;
  const threshold = addMonths(anchor, months);
  const ended = subject.endsOn !== undefined && subject.endsOn < threshold;
  return threshold <= ctx.asOf && !ended ? threshold : null;
}

/**
 * Waits from `start`, each ended by the first event after it began; that event starts the
 * next wait. The first wait from an anchor (a date of the subject) is also ended by an event
 * on the anchor day itself; a wait an event started is not ended by that event, nor by
 * another on the same day.
 *
 * @param startedByEvent - whether `start` is the day of the first event (an unanchored chain)
 */
function waitsFrom(start: Day, events: readonly EvidenceItem[], startedByEvent: boolean): Wait[] {
  const waits: Wait[] = [];
  let cursor = start;
  let i = events.findIndex((e) => (startedByEvent ? e.day > start : e.day >= start));
  if (i < 0) i = events.length;
  for (;;) {
    const met = events[i];
    // Only an event on the anchor day can start a second wait on the first wait's day.
    const key = waits.length === 1 && cursor === start ? `${formatDay(cursor)}/2` : formatDay(cursor);
    waits.push({ key, start: cursor, dueOn: undefined, met });
    if (!met) return waits;
    cursor = met.day;
    while (i < events.length && atIndex(events, i).day <= cursor) i++;
  }
}

/**
 * Waits of a chain with no anchor of its own. With a record on or before `from`, the chain
 * runs from the first one. With none, the opening wait is due the day before `from` (so it is
 * overdue from `from`, its breach beginning that day) and met late by the first record after
 * `from`: an old record can never give a worse result than no record.
 */
function unanchoredWaits(events: readonly EvidenceItem[], ctx: EngineContext): Wait[] {
  const first = events[0];
  if (first && first.day <= ctx.from) return waitsFrom(first.day, events, true);
  const dueOn = addDays(ctx.from, -1);
  const opening: Wait = { key: "opening", start: undefined, dueOn, met: first };
  return first ? [opening, ...waitsFrom(first.day, events, true)] : [opening];
}

function pauses(rule: ChainRule, subject: SubjectInstance, start: Day, ctx: EngineContext): boolean {
  return typeof rule.pauseDuringAbsence === "object"
    ? paramFor(rule.pauseDuringAbsence, subject, ctx, start) === true
    : rule.pauseDuringAbsence === true;
}

function dueAfter(rule: ChainRule, subject: SubjectInstance, start: Day, ctx: EngineContext): Day | null {
  const interval = rule.interval;
  const amount = numberFor("days" in interval ? interval.days : interval.months, subject, ctx, start);
  if (amount === null) return null;
  const due = "days" in interval ? addDays(start, amount) : addMonths(start, amount);
  const absences = subject.staff?.absences;
  return pauses(rule, subject, start, ctx) && absences ? pausedDue(start, due, absences) : due;
}
