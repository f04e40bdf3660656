import type { EvaluationChanges } from "../compare/compare-evaluations";
import { finish } from "../model/steps";
import { runInSlices, type SlicedOptions } from "../util/sliced";
import { changeRowsSteps } from "./changes-rows";
import { toCsvSteps } from "./csv";
import { footingCells } from "./csv-tables";

/** The columns of {@link changesCsv}, in order. A stable contract: new columns only ever go at the end. */
export const CHANGE_COLUMNS = [
  "change", "team", "owner", "ruleId", "subjectType", "subjectId", "status", "statusBefore", "severity",
  "since", "resolvedOn", "dueBy", "raisedOn", "level", "levelBefore", "toBefore", "teamKey", "ownerKey", "id",
  "lapsedOn", "basis", "assumptions", "ownerNamed",
] as const;

/**
 * What changed between two evaluations as CSV (RFC 4180, CRLF), one row per change, kind
 * by kind and by team, columns {@link CHANGE_COLUMNS}. `change` is `began`, `resolved`,
 * `lapsed`, `leftWindow`, `withdrawn` (breaches), `raised`, `climbed`, `redirected` (escalations,
 * whose `owner` is who they now go to), `fellDue` or `becameOverdue` (obligations);
 * `basis` and `assumptions` are the result's footing, as in the evaluation's tables;
 * `ownerNamed` the person the rule named when they were not in post (`owner` stands in).
 *
 * @param changes - the result of `compareEvaluations`
 * @returns the CSV text, header row first
 * @example
 * writeFileSync("changes.csv", changesCsv(changes));
 */
export function changesCsv(changes: EvaluationChanges): string {
  return finish(changesCsvSteps(changes));
}

/**
 * {@link changesCsv}, giving the host's event loop a turn every few milliseconds of work:
 * the same text.
 *
 * @param changes - the result of `compareEvaluations`
 * @param options - `signal`, to stop early
 * @returns the CSV text, as {@link changesCsv} gives it
 * @example
 * const csv = await changesCsvAsync(await compareEvaluationsAsync(lastWeek, thisWeek, { dataset }));
 */
export function changesCsvAsync(changes: EvaluationChanges, options: SlicedOptions = {}): Promise<string> {
  return runInSlices(changesCsvSteps(changes), options);
}

function* changesCsvSteps(changes: EvaluationChanges): Generator<void, string> {
  return yield* toCsvSteps(CHANGE_COLUMNS, yield* changeRowsSteps(changes), (r) => [
    r.change, r.team.label, r.owner.label, r.ruleId, r.subject.type, r.subject.id, r.status, r.statusBefore, r.severity,
    r.since, r.resolvedOn, r.dueBy, r.raisedOn, r.level, r.levelBefore, r.toBefore, r.team.key, r.owner.key, r.id,
    r.lapsedOn, ...footingCells(r), r.ownerNamed,
  ]);
}
