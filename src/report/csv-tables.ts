import type { Breach, Evaluation, Obligation, Party, Subject } from "../model/evaluation";
import { toCsv } from "./csv";

/** The columns of {@link obligationsCsv}, in order. A stable contract: new columns only ever go at the end. */
export const OBLIGATION_COLUMNS = [
  "id", "ruleId", "subjectType", "subjectId", "ownerStaffId", "ownerRole", "ownerBody",
  "periodFrom", "periodTo", "dueBy", "status", "metOn", "progressDone", "progressRequired",
  "evidence", "sourceSection",
] as const;

/** The columns of {@link breachesCsv}, in order. A stable contract: new columns only ever go at the end. */
export const BREACH_COLUMNS = [
  "id", "ruleId", "obligationId", "subjectType", "subjectId", "ownerStaffId", "ownerRole",
  "ownerBody", "severity", "since", "status", "resolvedOn", "message", "details", "sourceSection",
  "lapsedOn",
] as const;

function subjectCells(s: Subject): string[] {
  return [s.type, s.id];
}

function partyCells(p: Party): (string | undefined)[] {
  return [p.staffId, p.role, p.body];
}

/** The columns of {@link OBLIGATION_COLUMNS} that hold a day (`YYYY-MM-DD`). */
export const OBLIGATION_DAY_COLUMNS: ReadonlySet<string> = new Set(["periodFrom", "periodTo", "dueBy", "metOn"]);

/** The columns of {@link BREACH_COLUMNS} that hold a day (`YYYY-MM-DD`). */
export const BREACH_DAY_COLUMNS: ReadonlySet<string> = new Set(["since", "resolvedOn", "lapsedOn"]);

/**
 * One obligation's cells, in the order of {@link OBLIGATION_COLUMNS}.
 *
 * @param o - the obligation
 * @returns the cells, `undefined` where there is no value
 */
export function obligationRow(o: Obligation): (string | number | undefined)[] {
  return [
    o.id, o.ruleId, ...subjectCells(o.subject), ...partyCells(o.owner),
    o.period?.from, o.period?.to, o.dueBy ?? undefined, o.status, o.metOn,
    o.progress?.done, o.progress?.required, o.evidence.join(";"), o.source.section,
  ];
}

/**
 * One breach's cells, in the order of {@link BREACH_COLUMNS}; `details` as JSON.
 *
 * @param b - the breach
 * @returns the cells, `undefined` where there is no value
 */
export function breachRow(b: Breach): (string | undefined)[] {
  return [
    b.id, b.ruleId, b.obligationId, ...subjectCells(b.subject), ...partyCells(b.owner),
    b.severity, b.since, b.status, b.resolvedOn, b.message, JSON.stringify(b.details), b.source.section,
    b.lapsedOn,
  ];
}

/**
 * The obligations of an evaluation as CSV (RFC 4180, CRLF): one row per obligation, in the
 * evaluation's order, columns {@link OBLIGATION_COLUMNS}. Empty cells for absent values;
 * `evidence` is the record ids joined by `;`.
 *
 * @param evaluation - the result of `evaluate`
 * @returns the CSV text, header row first
 * @example
 * writeFileSync("obligations.csv", obligationsCsv(result));
 */
export function obligationsCsv(evaluation: Pick<Evaluation, "obligations">): string {
  return toCsv(OBLIGATION_COLUMNS, evaluation.obligations.map(obligationRow));
}

/**
 * The breaches of an evaluation as CSV (RFC 4180, CRLF): one row per breach, in the
 * evaluation's order, columns {@link BREACH_COLUMNS}; `details` is a JSON object; `status`
 * is `active`, `resolved` (with `resolvedOn`) or `lapsed` (with `lapsedOn`).
 *
 * @param evaluation - the result of `evaluate`
 * @returns the CSV text, header row first
 * @example
 * writeFileSync("breaches.csv", breachesCsv(result));
 */
export function breachesCsv(evaluation: Pick<Evaluation, "breaches">): string {
  return toCsv(BREACH_COLUMNS, evaluation.breaches.map(breachRow));
}
