/**
 * The scorecard's rows: per place, rule and period, the obligations that fell due, how they
 * stood at the period's end, and the breaches active then.
 *
 * @module
 */
import { formatDay, minDay, type Day } from "../calendar/day";
import type { RuleDefinition } from "../model/policy";
import { sortSteps } from "../engine/slicing/sort-in-slices";
import { footingsOf } from "../policy/basis";
import { periodOf, type Bucket } from "./grid";
import { cmp } from "./order";
import { ratio } from "./ratio";
import type { StatusAtMonthEnd } from "./status";
import type { ScorecardPlace, ScorecardRow } from "./types";

/** The rows counted so far, by place, rule and period: periods are shared objects, so the maps need no string keys. */
export class RuleRows {
  private readonly rows = new Map<ScorecardPlace, Map<string, Map<Bucket, ScorecardRow>>>();

  /**
   * @param asOf - the evaluation's day: breaches are counted at a period's end, or on it if earlier
   */
  constructor(private readonly asOf: Day) {}

  /**
   * Counts an obligation that fell due in a period, by its status at its month's end.
   *
   * @param place - the obligation's place
   * @param rule - its rule
   * @param bucket - the period it fell due in
   * @param status - its status then (not `excused`: excused obligations are not counted)
   */
  addObligation(place: ScorecardPlace, rule: RuleDefinition, bucket: Bucket, status: Exclude<StatusAtMonthEnd, "excused">): void {
    const row = this.rowOf(place, rule, bucket);
    row.due += 1;
    if (status === "met-on-time") row.metOnTime += 1;
    else if (status === "met-late") row.metLate += 1;
    else if (status === "overdue") row.overdue += 1;
    else row.open += 1;
  }

  /**
   * Counts a breach active at a period's end.
   *
   * @param place - the breach's place
   * @param rule - its rule
   * @param bucket - the period
   */
  addActiveBreach(place: ScorecardPlace, rule: RuleDefinition, bucket: Bucket): void {
    this.rowOf(place, rule, bucket).activeBreaches += 1;
  }

  /**
   * The rows with something due or a breach active, with their on-time rates, sorted by place,
   * rule and period, a step at a time.
   *
   * @returns the rows
   */
  *list(): Generator<void, ScorecardRow[]> {
    const kept: ScorecardRow[] = [];
    for (const byRule of this.rows.values()) {
      for (const byBucket of byRule.values()) {
        for (const r of byBucket.values()) {
          r.onTime = ratio(r.metOnTime, r.metOnTime + r.metLate + r.overdue);
          if (r.due > 0 || r.activeBreaches > 0) kept.push(r);
        }
      }
      yield;
    }
    // A stable sort in steps: rows of one place, rule and period start keep their order, as one sort keeps them.
    return yield* sortSteps(kept, (a, b) => cmp(a.place.key, b.place.key) || cmp(a.ruleId, b.ruleId) || cmp(a.period.from, b.period.from));
  }

  private rowOf(place: ScorecardPlace, rule: RuleDefinition, bucket: Bucket): ScorecardRow {
    let byRule = this.rows.get(place);
    if (!byRule) this.rows.set(place, (byRule = new Map()));
    let byBucket = byRule.get(rule.id);
    if (!byBucket) byRule.set(rule.id, (byBucket = new Map()));
    let row = byBucket.get(bucket);
    if (!row) {
      row = {
        place, ruleId: rule.id, kind: rule.kind, basis: footingsOf(rule).result.basis, period: periodOf(bucket),
        due: 0, metOnTime: 0, metLate: 0, overdue: 0, open: 0, onTime: ratio(0, 0), activeBreaches: 0,
        breachesOn: formatDay(minDay(bucket.to, this.asOf)),
      };
      byBucket.set(bucket, row);
    }
    return row;
  }
}
