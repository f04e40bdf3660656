import { formatDay, parseDay, type Day } from "../calendar/day";
import type { Breach, Escalation, Party } from "../model/evaluation";
import type { RuleDefinition } from "../model/policy";
import { parameterOn } from "../policy/parameter-on";
import type { EngineContext } from "./context";
import { partyResolvers, type PartyResolverName } from "./owners";
import type { PendingReferral } from "./rule-output";

/** The last rung of every breach ladder: the Early Help, Inclusion and Vulnerable Children Management Team. */
export const TOP_OF_LADDER: Party = { body: "ehivcmt" };

/**
 * Climbs each active breach up its ladder: the owner's line manager, theirs, and so on, then
 * the EHIVC management team. People who are not active on `asOf` (left, or not yet started)
 * are passed over: the line goes on through them to whoever is there to be told. Rung 1 on `since`, rung 2 and 3 after the policy's working
 * days (as in force on `since`); a shorter ladder stops at its last rung.
 *
 * @param breaches - every breach of the evaluation
 * @param ctx - the evaluation
 * @returns one escalation per active breach
 */
export function escalateBreaches(breaches: readonly Breach[], ctx: EngineContext): Escalation[] {
  return breaches
    .filter((b) => b.status === "active")
    .map((b) => {
      const ladder: Party[] = [
        ...(b.owner.staffId
          ? ctx.people.lineChain(b.owner.staffId).filter(ctx.people.isActive).map((id) => ctx.people.party(id) as Party)
          : []),
        TOP_OF_LADDER,
      ];
      const since = parseDay(b.since) as Day;
      const [second, third] = parameterOn(ctx.policy, "escalation.levelAfterWorkingDays", since);
      const steps = [since, ctx.calendar.addWorkingDays(since, second), ctx.calendar.addWorkingDays(since, third)]
        .slice(0, ladder.length)
        .filter((d) => d <= ctx.asOf);
      const level = Math.max(steps.length, 1);
      const to = ladder[level - 1] as Party;
      return {
        id: `${b.id}#escalation`,
        kind: "breach",
        ruleId: b.ruleId,
        breachId: b.id,
        subject: b.subject,
        level,
        to,
        raisedOn: formatDay(steps[level - 1] ?? since),
        reason: `Breach of ${b.ruleId} active since ${b.since}: ${b.message}`,
      } satisfies Escalation;
    });
}

/**
 * Resolves the referrals a rule raised to the people (or body) the QAF names.
 *
 * @param rule - the rule whose referral it is
 * @param pending - the referrals it raised
 * @param ctx - the evaluation
 * @returns referral escalations raised inside the window
 */
export function resolveReferrals(rule: RuleDefinition, pending: readonly PendingReferral[], ctx: EngineContext): Escalation[] {
  const referral = rule.referral;
  if (!referral) return [];
  return pending
    .filter((p) => p.raisedOn >= ctx.from && p.raisedOn <= ctx.asOf)
    .map((p) => ({
      id: `${p.obligationId}#referral`,
      kind: "referral",
      ruleId: rule.id,
      subject: p.subject.subject,
      level: 1,
      to: typeof referral.to === "string"
        ? partyResolvers[referral.to as PartyResolverName](p.subject, ctx)
        : { body: referral.to.body },
      raisedOn: formatDay(p.raisedOn),
      reason: referral.reason,
    }));
}
