import type { Breach } from "../model/evaluation";
import type { Outcome } from "./outcome";
import type { SubjectInstance } from "./subject-instance";
import type { Day } from "../calendar/day";

/** A referral a rule raised, before it is resolved to a person. */
export interface PendingReferral {
  subject: SubjectInstance;
  raisedOn: Day;
  /** Id of the obligation that raised it. */
  obligationId: string;
}

/** What one rule produced in one evaluation. */
export interface RuleOutput {
  outcomes: Outcome[];
  /** Breaches of check rules (no obligation behind them). */
  checkBreaches: Breach[];
  referrals: PendingReferral[];
}

/** An output with nothing in it, to add to. */
export function emptyOutput(): RuleOutput {
  return { outcomes: [], checkBreaches: [], referrals: [] };
}
