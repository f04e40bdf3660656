import { addDays, type Day } from "../../calendar/day";
import type { RuleDefinition } from "../../model/policy";
import type { Outcome } from "../outcomes/outcome";
import type { RuleOutput } from "../outcomes/rule-output";
import type { SubjectInstance } from "../subjects/subject";

/**
 * The day a rule's referral is raised for one obligation, if it is.
 *
 * `referral.on` names a date of the subject, or `day-after-due`; with `when: "missed"` the
 * referral is raised only for an obligation that is overdue.
 *
 * @param start - the day a chain started, for `referral.on: "chain-start"`
 * @returns the day, or undefined when no referral is raised
 */
export function referralDay(
  rule: RuleDefinition,
  subject: SubjectInstance,
  outcome: Outcome,
  dueBy: Day | null,
  start?: Day,
): Day | undefined {
  const referral = rule.referral;
  if (!referral) return undefined;
  if (referral.when === "missed" && outcome.status !== "overdue") return undefined;
  if (referral.on === "day-after-due") return dueBy === null ? undefined : addDays(dueBy, 1);
  if (referral.on === "chain-start") return start;
  return subject.date(referral.on);
}

/**
 * Adds a rule's outcome for one subject to its output, with the referral it raises, if any
 * (a deadline's or a target's: one obligation, one possible referral).
 *
 * @param out - the rule's output
 * @param rule - the rule
 * @param subject - the subject
 * @param outcome - what the rule decided
 * @param dueBy - the obligation's due day, for a referral the day after it
 */
export function addOutcome(out: RuleOutput, rule: RuleDefinition, subject: SubjectInstance, outcome: Outcome, dueBy: Day | null): void {
  out.outcomes.push(outcome);
  const raisedOn = referralDay(rule, subject, outcome, dueBy);
  if (raisedOn !== undefined) out.referrals.push({ subject, raisedOn, obligationId: outcome.id });
}
