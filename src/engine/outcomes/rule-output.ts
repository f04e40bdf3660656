import type { Breach } from "../../model/evaluation";
import type { Outcome } from "./outcome";
import type { SubjectInstance } from "../subjects/subject";
import type { Day } from "../../calendar/day";

/** A referral a rule raised, before it is resolved to a person. */
export interface PendingReferral {
  subject: SubjectInstance;
  raisedOn: Day;
  /** Id of the obligation that raised it. */
  obligationId: string;
}

/** A breach of a check (no obligation behind it), with the day of the record checked. */
export interface CheckBreach {
  breach: Breach;
  /** The checked record's day: the breach's first day, and the day whose parameters it used. */
  on: Day;
}

/** What one rule produced in one evaluation. */
export interface RuleOutput {
  outcomes: Outcome[];
  /** Breaches of check rules and content checks. */
  checkBreaches: CheckBreach[];
  referrals: PendingReferral[];
}

/** An output with nothing in it, to add to. */
export function emptyOutput(): RuleOutput {
  return { outcomes: [], checkBreaches: [], referrals: [] };
}
