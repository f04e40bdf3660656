/**
 * The monthly performance scorecard: compliance per place, rule and month, and the quality
 * measures beside it.
 *
 * @module
 */
export { scorecard, scorecardOf } from "./scorecard";
export { namedOwner } from "./places";
export { ratio } from "./ratio";
export { activeOn, statusAtMonthEnd } from "./status";
export type { StatusAtMonthEnd } from "./status";
export type {
  Ratio, Scorecard, ScorecardBy, ScorecardOptions, ScorecardPeriod, ScorecardPlace, ScorecardQuality, ScorecardRow, ScorecardSurveys,
} from "./types";
