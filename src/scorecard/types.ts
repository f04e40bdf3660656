import type { Basis } from "../model/evaluation";
import type { Policy } from "../policy/policy";

/** How the scorecard groups places: each team, each area, or the service as a whole. */
export type ScorecardBy = "team" | "area" | "service";

/** Options of {@link scorecard}. */
export interface ScorecardOptions {
  /** The first month, `YYYY-MM`. */
  from: string;
  /** The last month, `YYYY-MM` (inclusive). */
  to: string;
  /** The places: `team` (default), `area` or `service`. */
  by?: ScorecardBy;
  /** The policy to apply; defaults to `qafPolicy`. */
  policy?: Policy;
  /** The day of the evaluation, `YYYY-MM-DD`; defaults to the last day of `to`. Not before the first day of `from`. */
  asOf?: string;
  /** Only these rules' rows (default every rule that runs). */
  rules?: readonly string[];
  /** Stops {@link scorecard} early: it rejects with the signal's reason at its next turn (`scorecardOf` ignores it). */
  signal?: AbortSignal;
}

/** A rate that says what it counts: `rate` is `numerator / denominator`, `null` with nothing to count. */
export interface Ratio {
  numerator: number;
  denominator: number;
  rate: number | null;
}

/** A place of the scorecard: a team, an area, or the service. */
export interface ScorecardPlace {
  /** `team:<id>`, `area:<id>` or `service`. */
  key: string;
  /** The team's or area's id; `service` for the service. */
  id: string;
  /** Its name where the dataset gives one, else its id; "Service" for the service. */
  label: string;
  /** A team's area. */
  areaId?: string;
}

/** A span of the scorecard: a month, or a rule's own period (a quarter, a year, ...). */
export interface ScorecardPeriod {
  /** `YYYY-MM` for a month, else the period's label (`2024/25 Q1`). */
  label: string;
  /** First day, `YYYY-MM-DD`. */
  from: string;
  /** Last day, `YYYY-MM-DD`. */
  to: string;
}

/** One place, rule and period: the QAF's "compliance" with one rule, as a clinic reads it. */
export interface ScorecardRow {
  place: ScorecardPlace;
  ruleId: string;
  /** The rule's kind (`deadline`, `cadence`, ...). */
  kind: string;
  /** How firmly the rule rests on the QAF's words (its results' basis). */
  basis: Basis;
  /** The month (or, for a rule with a period of a month or longer, its period) the obligations fell due in. */
  period: ScorecardPeriod;
  /** Obligations due in the period, excused ones left out. */
  due: number;
  /** Met by their due date. */
  metOnTime: number;
  /** Met after their due date, by the end of the month they fell due in. */
  metLate: number;
  /** Past their due date and not met at the end of the month they fell due in. */
  overdue: number;
  /** Not yet due on `asOf` (only when `asOf` is inside the span). */
  open: number;
  /** Met on time out of those whose due date has passed (`metOnTime / (metOnTime + metLate + overdue)`). */
  onTime: Ratio;
  /** The rule's breaches at the place active at the period's end (or `asOf`, if earlier). */
  activeBreaches: number;
  /** The day `activeBreaches` is counted on: the period's last day, or `asOf`. */
  breachesOn: string;
}

/** Per place and month, the quality measures beside the performance ones. */
export interface ScorecardQuality {
  place: ScorecardPlace;
  /** The calendar month. */
  period: ScorecardPeriod;
  /** Audits completed in the month with a grade, and their grades. */
  audits: {
    /** `grades[g - 1]`: how many were graded `g` (1-10). */
    grades: number[];
    /** Graded 5 or below, out of those graded. */
    atOrBelow5: Ratio;
  };
  /** Breaches of check rules raised in the month, by record kind (the breach's subject type). */
  checkBreaches: Record<string, number>;
}

/** Per place and survey period, survey completion as `survey.completion-target` measures it. */
export interface ScorecardSurveys {
  place: ScorecardPlace;
  /** The target's period (a quarter by default). */
  period: ScorecardPeriod;
  /** Families closed in the period (for a reason that asks for surveys) with a completed survey, out of them; surveys, not families, when `survey.targetCounts` is `surveys`. */
  completion: Ratio;
  /** The target rate, `survey.targetRate` (0.1). */
  target: number;
  /** The day completions are counted up to: the period's end plus its grace days, or `asOf` if earlier. */
  countedTo: string;
  /** Whether that day is past: the figure will not change. */
  final: boolean;
}

/** The result of {@link scorecard}. */
export interface Scorecard {
  by: ScorecardBy;
  /** First day of the first month. */
  from: string;
  /** Last day of the last month. */
  to: string;
  /** The day of the one evaluation behind it. */
  asOf: string;
  policy: { id: string; version: string };
  /** The months of the span, in order. */
  months: ScorecardPeriod[];
  /** Every place with a row, in key order. */
  places: ScorecardPlace[];
  /** One per place, rule and period with something due or a breach active, by place, rule and period. */
  rows: ScorecardRow[];
  /** One per place and month with an audit graded or a check breach raised. */
  quality: ScorecardQuality[];
  /** One per place and survey period with a family closed. */
  surveys: ScorecardSurveys[];
  /** The rules with rows: id, kind, basis, and the target rate of a target rule. */
  rules: { id: string; kind: string; basis: Basis; target?: number }[];
}
