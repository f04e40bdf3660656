import type { EvaluationChanges } from "../compare/compare-evaluations";
import { changeRows } from "./changes-rows";
import { toCsv } from "./csv";
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
  return toCsv(CHANGE_COLUMNS, changeRows(changes).map((r) => [
    r.change, r.team.label, r.owner.label, r.ruleId, r.subject.type, r.subject.id, r.status, r.statusBefore, r.severity,
    r.since, r.resolvedOn, r.dueBy, r.raisedOn, r.level, r.levelBefore, r.toBefore, r.team.key, r.owner.key, r.id,
    r.lapsedOn, ...footingCells(r), r.ownerNamed,
  ]));
}
