import type { AuthoredElement, ParameterName } from "./authoring";

/**
 * An element the QAF's own words state.
 *
 * @param parameters - the parameters that hold the QAF's numbers, if any
 */
export const qaf = (...parameters: ParameterName[]): AuthoredElement =>
  parameters.length > 0 ? { basis: "qaf", parameters } : { basis: "qaf" };

/**
 * An element whose QAF words admit more than one meaning: the one the library takes.
 *
 * @param note - what the library reads, and what another reading would give
 * @param parameters - the parameters whose values give the other meaning, if any
 */
export const reading = (note: string, ...parameters: ParameterName[]): AuthoredElement =>
  parameters.length > 0 ? { basis: "reading", note, parameters } : { basis: "reading", note };

/**
 * An element the QAF is silent on: what the library supplies so that the rule can run.
 *
 * @param note - what the library assumes
 * @param parameters - the parameters that change it, if any
 */
export const assumption = (note: string, ...parameters: ParameterName[]): AuthoredElement =>
  parameters.length > 0 ? { basis: "assumption", note, parameters } : { basis: "assumption", note };

/** Every rule's severity: the QAF grades nothing, so the grading is the library's own. */
export const graded = assumption("The QAF grades nothing: high, medium and low are the library's own grading.");

/** A rule with no referral of its own: only the breach ladder, which the QAF does not have. */
export const ladderOnly = assumption(
  "The QAF names no one to tell: an active breach climbs the library's ladder (the owner's line manager, theirs, then EHIVCMT).",
  "escalation.levelAfterWorkingDays",
);

/** A check's escalation: the owner's line manager, and no further. */
export const firstRungOnly = assumption(
  "The QAF names no one to tell: a defect in a record already made goes to the owner's line manager and climbs no further.",
);

/** A check's timing: none, a check is dated on its record. */
export const checkedOnItsDate = qaf();

/** A permissive rule ("usually"): reported, never escalated. */
export const neverEscalated = reading("The QAF's \"usually\" permits other ways: a miss is reported, at low severity, and never climbs.");
