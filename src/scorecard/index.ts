/**
 * The monthly performance scorecard: compliance per place, rule and month, and the quality
 * measures beside it.
 *
 * @module
 */
export { activeOn, namedOwner, ratio, scorecard, scorecardOf, statusAtMonthEnd } from "./scorecard";
export type { StatusAtMonthEnd } from "./scorecard";
export type {
  Ratio, Scorecard, ScorecardBy, ScorecardOptions, ScorecardPeriod, ScorecardPlace, ScorecardQuality, ScorecardRow, ScorecardSurveys,
} from "./types";
