import type { RuleOfKind } from "../../model/policy";
import { inEffect } from "../../policy/effective";
import type { EngineContext } from "../context";
import { fulfilments, type FulfilmentName } from "../fulfilments";
import { settle } from "../outcome";
import { partyResolvers, type PartyResolverName } from "../owners";
import { emptyOutput, type RuleOutput } from "../rule-output";
import { deadlineDay, dueFor } from "../specs";
import type { SubjectInstance } from "../subject-instance";
import { referralDay } from "./referral-day";

/**
 * Interprets a deadline rule: when X happens, Y within N days. One obligation per subject
 * whose anchor (the date its due date counts from) falls inside the rule's effective dates;
 * excused when the subject's `endsOn` date comes first.
 *
 * @param rule - the rule definition
 * @param subjects - the subjects its condition selected
 * @param ctx - the evaluation
 * @returns obligations (with breaches) and referrals
 */
export function interpretDeadline(
  rule: RuleOfKind<"deadline">,
  subjects: readonly SubjectInstance[],
  ctx: EngineContext,
): RuleOutput {
  const out = emptyOutput();
  const fulfil = fulfilments[rule.fulfilment as FulfilmentName];
  const owner = partyResolvers[rule.owner as PartyResolverName];
  for (const subject of subjects) {
    if (!inEffect(rule, deadlineDay(rule, subject, ctx))) continue;
    const dueBy = dueFor(rule.due, subject, ctx);
    const met = fulfil(subject, ctx);
    const endedOn = rule.endsOn === undefined ? undefined : subject.date(rule.endsOn);
    const outcome = settle(
      {
        rule, subject, owner: owner(subject, ctx), dueBy, evidence: met.evidence,
        ...(endedOn !== undefined ? { endedOn } : {}),
        ...(met.on !== undefined ? { metOn: met.on } : {}),
        ...(met.details ? { details: met.details } : {}),
      },
      ctx,
    );
    out.outcomes.push(outcome);
    const raisedOn = referralDay(rule, subject, outcome, dueBy);
    if (raisedOn !== undefined) out.referrals.push({ subject, raisedOn, obligationId: outcome.obligation.id });
  }
  return out;
}
