import type { Day } from "../../calendar/day";
import type { DaySpan } from "../dataset-index/index-dataset";

/**
 * Moves a due date later by every absent day between a wait's start and the (moved) due
 * date: the clock stops while the person is away.
 *
 * @param start - the day the wait started (not itself counted)
 * @param due - the due date before pausing
 * @param absences - the person's absences, merged and in order
 * @returns the paused due date
 * @example
 * pausedDue(0, 10, [{ from: 5, to: 7 }]); // 13
 */
export function pausedDue(start: Day, due: Day, absences: readonly DaySpan[]): Day {
  let moved = due;
  for (const span of absences) {
    if (span.to <= start) continue;
    const from = Math.max(span.from, start + 1);
    if (from > moved) break;
    moved += span.to - from + 1;
  }
  return moved;
}
