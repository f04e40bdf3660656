import { formatDay, type Day } from "../../calendar/day";
import type { Breach, Escalation, Party } from "../../model/evaluation";
import { footingsOf, ladderOf, type Footing } from "../../policy/basis";
import type { Ladder } from "../../model/policy";
import type { EngineContext } from "../context/engine-context";
import type { RunnableRule } from "../kinds";
import type { PendingReferral } from "../outcomes/rule-output";
import { atIndex } from "../../util/at-index";

/** The last rung of every breach ladder: the Early Help, Inclusion and Vulnerable Children Management Team. */
export const TOP_OF_LADDER: Party = { body: "ehivcmt" };

/** The rungs of a ladder that can be reached: level 1 to 3. */
const RUNGS = 3;

/** A breach with its first day as a day, as the rules gave it, and how its rule lets it climb. */
export interface DatedBreach {
  breach: Breach;
  since: Day;
  /** How far it climbs (its rule's ladder). */
  ladder: Ladder;
  /** The footing of its ladder escalation. */
  footing: Footing;
}

/**
 * A breach of a rule, dated, with its rule's ladder. A check breach (a defect in a record
 * already made, a report's content check included) climbs no further than the first rung.
 *
 * @param check - whether it is a check breach
 * @returns what the escalation stage reads of it
 */
export function datedBreach(rule: RunnableRule["definition"], breach: Breach, since: Day, check: boolean): DatedBreach {
  const ladder = ladderOf(rule);
  return { breach, since, ladder: check && ladder === "climb" ? "first-rung" : ladder, footing: footingsOf(rule).ladder };
}

/** How many rungs a ladder of each kind may reach. */
const REACH: Readonly<Record<Ladder, number>> = { climb: RUNGS, "first-rung": 1, none: 0 };

/**
 * Climbs each active breach up its ladder, as far as its rule lets it (`climb`: three rungs;
 * `first-rung`: one; `none`: it never escalates): the owner's line manager, theirs, and so on, then
 * the EHIVC management team. People who are not active on `asOf` (left, or not yet started)
 * are passed over: the line goes on through them to whoever is there to be told. Rung 1 on
 * `since`, rung 2 and 3 after the policy's working days (as in force on `since`); a shorter
 * ladder stops at its last rung. Each owner's ladder is built once (see `People.activeAbove`).
 *
 * @param breaches - every breach of the evaluation, with its first day
 * @param ctx - the evaluation
 * @returns one escalation per active breach, one at a time (the caller may give its host a turn between two)
 */
export function* escalateBreaches(breaches: readonly DatedBreach[], ctx: EngineContext): Generator<Escalation> {
  const ladders = new Map<string, Party[]>();
  const ladderOf = (staffId: string | undefined): Party[] => {
    if (staffId === undefined) return [TOP_OF_LADDER];
    let ladder = ladders.get(staffId);
    if (!ladder) {
      ladder = [...ctx.people.activeAbove(staffId, RUNGS).map((id) => ctx.people.party(id) as Party), TOP_OF_LADDER];
      ladders.set(staffId, ladder);
    }
    return ladder;
  };
  for (const { breach: b, since, ladder: kind, footing } of breaches) {
    const reach = REACH[kind];
    if (b.status !== "active" || reach === 0) continue;
    const ladder = ladderOf(b.owner.staffId).slice(0, reach);
    const [second, third] = ctx.parameters.on(since).escalation.levelAfterWorkingDays;
    const steps = [since, ctx.calendar.addWorkingDays(since, second), ctx.calendar.addWorkingDays(since, third)]
      .slice(0, ladder.length)
      .filter((d) => d <= ctx.asOf);
    const level = Math.max(steps.length, 1);
    const to = atIndex(ladder, level - 1);
    yield {
      id: `${b.id}#escalation`,
      kind: "breach",
      ruleId: b.ruleId,
      breachId: b.id,
      subject: b.subject,
      level,
      to,
      raisedOn: formatDay(steps[level - 1] ?? since),
      reason: `Breach of ${b.ruleId} active since ${b.since}: ${b.message}`,
      basis: footing.basis,
      assumptions: footing.assumptions,
    } satisfies Escalation;
  }
}

/**
 * Resolves the referrals a rule raised to the people (or body) the QAF names, one at a time
 * (a rule over every case raises thousands: the caller gives its host turns between them).
 *
 * @param rule - the compiled rule whose referral it is
 * @param pending - the referrals it raised
 * @param ctx - the evaluation
 * @returns referral escalations raised inside the window, in the order raised
 */
export function* resolveReferrals(rule: RunnableRule, pending: readonly PendingReferral[], ctx: EngineContext): Generator<Escalation> {
  const referral = rule.definition.referral;
  const to = rule.referralTo;
  if (!referral || !to) return;
  const footing = footingsOf(rule.definition).referral;
  for (const p of pending) {
    if (p.raisedOn < ctx.from || p.raisedOn > ctx.asOf) continue;
    yield {
      id: `${p.obligationId}#referral`,
      kind: "referral",
      ruleId: rule.definition.id,
      subject: p.subject.subject,
      level: 1,
      to: typeof to === "function" ? to(p.subject, ctx) : { body: to.body },
      raisedOn: formatDay(p.raisedOn),
      reason: referral.reason,
      basis: footing.basis,
      assumptions: footing.assumptions,
    };
  }
}
