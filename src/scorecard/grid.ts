/**
 * The scorecard's grid of periods: the months of its span, and the longer periods (a quarter,
 * a year) of rules counted over them.
 *
 * @module
 */
import { formatDay, type Day } from "../calendar/day";
import { periodContaining, periodsOverlapping, type PeriodKind } from "../calendar/periods";
import type { RuleDefinition } from "../model/policy";
import { monthsBetween } from "./months";
import type { ScorecardPeriod } from "./types";

/** A period of the grid: its label and first and last days. */
export interface Bucket {
  /** `YYYY-MM` for a month, or the period's label. */
  label: string;
  /** The first day. */
  from: Day;
  /** The last day. */
  to: Day;
}

/**
 * The periods a rule's rows use: its own, if it has one of a month or longer; else months.
 *
 * @param rule - the rule
 * @returns the kind of period
 */
export function bucketKind(rule: RuleDefinition | undefined): PeriodKind {
  const period = rule !== undefined && "period" in rule ? rule.period : undefined;
  return period === undefined || period === "week" ? "month" : period;
}

/**
 * A period as the scorecard gives it, with ISO days.
 *
 * @param p - the period
 * @returns its label and days
 */
export const periodOf = (p: Bucket): ScorecardPeriod =>
  ({ label: p.label, from: formatDay(p.from), to: formatDay(p.to) });

/** The periods of a span, one object per period, so that maps keyed by them need no string keys. */
export class BucketGrid {
  /** The months of the span, in order. */
  readonly months: Bucket[];
  /** The buckets of each kind, found once per day that decides them. */
  private readonly byDay = new Map<PeriodKind, Map<Day, Bucket>>();
  /** The buckets of each kind over the whole span. */
  private readonly spanning = new Map<PeriodKind, Bucket[]>();

  /**
   * @param from - the span's first day (a month's first)
   * @param to - a day of its last month
   * @param yearStart - the month the policy's year starts in
   */
  constructor(private readonly from: Day, private readonly to: Day, private readonly yearStart: number) {
    this.months = monthsBetween(from, to);
  }

  /**
   * The bucket of a kind holding a day: the same object whichever day finds it.
   *
   * @param kind - the kind of period
   * @param d - the day
   * @returns the bucket
   */
  on(kind: PeriodKind, d: Day): Bucket {
    let byDay = this.byDay.get(kind);
    if (!byDay) this.byDay.set(kind, (byDay = new Map()));
    let bucket = byDay.get(d);
    if (!bucket) {
      const p = kind === "month" ? this.monthOf(d) : undefined;
      const found = p ?? periodContaining(kind, d, this.yearStart);
      // One object per period, whichever day found it.
      bucket = [...byDay.values()].find((b) => b.from === found.from) ?? found;
      byDay.set(d, bucket);
    }
    return bucket;
  }

  /**
   * The buckets of a kind overlapping the span, in order.
   *
   * @param kind - the kind of period
   * @returns the buckets
   */
  all(kind: PeriodKind): Bucket[] {
    let buckets = this.spanning.get(kind);
    if (!buckets) {
      buckets = kind === "month" ? this.months : periodsOverlapping(kind, this.from, this.to, this.yearStart).map((p) => this.on(kind, p.from));
      this.spanning.set(kind, buckets);
    }
    return buckets;
  }

  /**
   * The month of the span holding a day.
   *
   * @param d - the day
   * @returns the month, or undefined when the day is outside the span
   */
  monthOf(d: Day): Bucket | undefined {
    return this.months.find((m) => m.from <= d && d <= m.to);
  }
}
