/**
 * The scorecard's quality measures per place and month: audit grades, and check breaches by
 * record kind.
 *
 * @module
 */
import type { Day } from "../calendar/day";
import type { Evaluation } from "../model/evaluation";
import { endsStep } from "../model/steps";
import { accepted, str } from "./accepted";
import { periodOf, type Bucket } from "./grid";
import { dayOf } from "./months";
import { cmp } from "./order";
import type { Places } from "./places";
import { ratio } from "./ratio";
import type { ScorecardPlace, ScorecardQuality } from "./types";

/** The quality measures counted so far, by place and month. */
export class QualityFigures {
  private readonly quality = new Map<string, ScorecardQuality>();

  /**
   * Counts a check breach raised in a month.
   *
   * @param place - the breach's place
   * @param month - the month it was raised in
   * @param recordKind - its subject's type
   */
  addCheckBreach(place: ScorecardPlace, month: Bucket, recordKind: string): void {
    const q = this.of(place, month);
    q.checkBreaches[recordKind] = (q.checkBreaches[recordKind] ?? 0) + 1;
  }

  /**
   * Counts the grades of the audits completed in the span, by the month completed, a step at a time.
   *
   * @param dataset - the dataset evaluated
   * @param evaluation - its evaluation (for the records it rejected)
   * @param places - the scorecard's places
   * @param monthOf - the month of the span holding a day
   * @param from - the span's first day
   * @param end - the last day counted
   */
  *addAudits(dataset: unknown, evaluation: Evaluation, places: Places, monthOf: (d: Day) => Bucket | undefined, from: Day, end: Day): Generator<void, void> {
    let count = 0;
    for (const a of yield* accepted(dataset, evaluation, "audits")) {
      if (endsStep(count++)) yield;
      const done = dayOf(str(a["completedOn"]));
      const grade = a["grade"];
      if (done === undefined || done < from || done > end || typeof grade !== "number" || !(grade >= 1 && grade <= 10)) continue;
      const id = str(a["id"]);
      const place = id === undefined ? undefined : places.of({ type: "audit", id });
      const month = monthOf(done);
      if (!place || !month) continue;
      const q = this.of(place, month);
      q.audits.grades[Math.round(grade) - 1] = (q.audits.grades[Math.round(grade) - 1] ?? 0) + 1;
    }
  }

  /**
   * The places with any figure counted, audits graded or not.
   *
   * @returns the places, perhaps repeated
   */
  places(): ScorecardPlace[] {
    return [...this.quality.values()].map((q) => q.place);
  }

  /**
   * The figures of places and months with an audit graded or a check breach, with the share of
   * grades at or below 5, sorted by place and month.
   *
   * @returns the figures
   */
  list(): ScorecardQuality[] {
    for (const q of this.quality.values()) {
      const graded = q.audits.grades.reduce((s, n) => s + n, 0);
      q.audits.atOrBelow5 = ratio(q.audits.grades.slice(0, 5).reduce((s, n) => s + n, 0), graded);
    }
    return [...this.quality.values()]
      .filter((q) => q.audits.atOrBelow5.denominator > 0 || Object.keys(q.checkBreaches).length > 0)
      .sort((a, b) => cmp(a.place.key, b.place.key) || cmp(a.period.from, b.period.from));
  }

  private of(place: ScorecardPlace, month: Bucket): ScorecardQuality {
    const key = `${place.key}\u0000${month.label}`;
    let q = this.quality.get(key);
    if (!q) {
      q = { place, period: periodOf(month), audits: { grades: new Array<number>(10).fill(0), atOrBelow5: ratio(0, 0) }, checkBreaches: {} };
      this.quality.set(key, q);
    }
    return q;
  }
}
