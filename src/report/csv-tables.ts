import type { Basis, Breach, Evaluation, Obligation, Party, Subject } from "../model/evaluation";
import { finish } from "../model/steps";
import { BASES } from "../policy/basis";
import { runInSlices, type SlicedOptions } from "../util/sliced";
import { toCsvSteps } from "./csv";
import { summariseSteps } from "./summary";

/** The columns of {@link obligationsCsv}, in order. A stable contract: new columns only ever go at the end. */
export const OBLIGATION_COLUMNS = [
  "id", "ruleId", "subjectType", "subjectId", "ownerStaffId", "ownerRole", "ownerBody",
  "periodFrom", "periodTo", "dueBy", "status", "metOn", "progressDone", "progressRequired",
  "evidence", "sourceSection", "basis", "assumptions", "ownerNamedStaffId",
] as const;

/** The columns of {@link breachesCsv}, in order. A stable contract: new columns only ever go at the end. */
export const BREACH_COLUMNS = [
  "id", "ruleId", "obligationId", "subjectType", "subjectId", "ownerStaffId", "ownerRole",
  "ownerBody", "severity", "since", "status", "resolvedOn", "message", "details", "sourceSection",
  "lapsedOn", "basis", "assumptions", "ownerNamedStaffId",
] as const;

/** The columns of {@link basisCsv}, in order. A stable contract: new columns only ever go at the end. */
export const BASIS_COLUMNS = [
  "basis", "obligations", "breaches", "activeBreaches", "resolvedBreaches", "lapsedBreaches", "escalations",
] as const;

function subjectCells(s: Subject): string[] {
  return [s.type, s.id];
}

function partyCells(p: Party): (string | undefined)[] {
  return [p.staffId, p.role, p.body];
}

/**
 * A result's footing as two cells: its basis, and the parameters (or rule elements) behind
 * its readings and assumptions joined by `; `.
 *
 * @param r - an obligation, breach or escalation
 * @returns the `basis` and `assumptions` cells (`undefined`, an empty cell, when there are none)
 */
export function footingCells(r: { basis: Basis; assumptions: readonly string[] }): [string, string | undefined] {
  return [r.basis, r.assumptions.length === 0 ? undefined : r.assumptions.join("; ")];
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
    o.progress?.done, o.progress?.required, o.evidence.join(";"), o.source.section, ...footingCells(o),
    o.owner.named?.staffId,
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
    b.lapsedOn, ...footingCells(b), b.owner.named?.staffId,
  ];
}

/**
 * The obligations of an evaluation as CSV (RFC 4180, CRLF): one row per obligation, in the
 * evaluation's order, columns {@link OBLIGATION_COLUMNS}. Empty cells for absent values;
 * `evidence` is the record ids joined by `;`; `basis` is `qaf`, `reading` or `assumption`,
 * and `assumptions` the parameters behind a reading or assumption, joined by `; `;
 * `ownerNamedStaffId` the person the rule named when they were not in post (the owner
 * columns then give whoever stands in for them).
 *
 * @param evaluation - the result of `evaluate`
 * @returns the CSV text, header row first
 * @example
 * writeFileSync("obligations.csv", obligationsCsv(result));
 */
export function obligationsCsv(evaluation: Pick<Evaluation, "obligations">): string {
  return finish(toCsvSteps(OBLIGATION_COLUMNS, evaluation.obligations, obligationRow));
}

/**
 * {@link obligationsCsv}, giving the host's event loop a turn every few milliseconds of work:
 * the same text.
 *
 * @param evaluation - the result of `evaluate`
 * @param options - `signal`, to stop early
 * @returns the CSV text, as {@link obligationsCsv} gives it
 * @example
 * const csv = await obligationsCsvAsync(result, { signal });
 */
export function obligationsCsvAsync(evaluation: Pick<Evaluation, "obligations">, options: SlicedOptions = {}): Promise<string> {
  return runInSlices(toCsvSteps(OBLIGATION_COLUMNS, evaluation.obligations, obligationRow), options);
}

/**
 * The breaches of an evaluation as CSV (RFC 4180, CRLF): one row per breach, in the
 * evaluation's order, columns {@link BREACH_COLUMNS}; `details` is a JSON object; `status`
 * is `active`, `resolved` (with `resolvedOn`) or `lapsed` (with `lapsedOn`); `basis`,
 * `assumptions` and `ownerNamedStaffId` as in {@link obligationsCsv}.
 *
 * @param evaluation - the result of `evaluate`
 * @returns the CSV text, header row first
 * @example
 * writeFileSync("breaches.csv", breachesCsv(result));
 */
export function breachesCsv(evaluation: Pick<Evaluation, "breaches">): string {
  return finish(toCsvSteps(BREACH_COLUMNS, evaluation.breaches, breachRow));
}

/**
 * {@link breachesCsv}, giving the host's event loop a turn every few milliseconds of work:
 * the same text.
 *
 * @param evaluation - the result of `evaluate`
 * @param options - `signal`, to stop early
 * @returns the CSV text, as {@link breachesCsv} gives it
 * @example
 * const csv = await breachesCsvAsync(result, { signal });
 */
export function breachesCsvAsync(evaluation: Pick<Evaluation, "breaches">, options: SlicedOptions = {}): Promise<string> {
  return runInSlices(toCsvSteps(BREACH_COLUMNS, evaluation.breaches, breachRow), options);
}

/**
 * How many results of an evaluation rest on each basis, as CSV (RFC 4180, CRLF): one row
 * per basis, firmest first (`qaf`, `reading`, `assumption`), columns {@link BASIS_COLUMNS}.
 *
 * @param evaluation - the result of `evaluate`
 * @returns the CSV text, header row first
 * @example
 * writeFileSync("basis.csv", basisCsv(result));
 */
export function basisCsv(evaluation: Evaluation): string {
  return finish(basisCsvSteps(evaluation));
}

/**
 * {@link basisCsv}, giving the host's event loop a turn every few milliseconds while it counts
 * the results: the same text.
 *
 * @param evaluation - the result of `evaluate`
 * @param options - `signal`, to stop early
 * @returns the CSV text, as {@link basisCsv} gives it
 * @example
 * const csv = await basisCsvAsync(result, { signal });
 */
export function basisCsvAsync(evaluation: Evaluation, options: SlicedOptions = {}): Promise<string> {
  return runInSlices(basisCsvSteps(evaluation), options);
}

function* basisCsvSteps(evaluation: Evaluation): Generator<void, string> {
  const { byBasis } = yield* summariseSteps(evaluation);
  return yield* toCsvSteps(BASIS_COLUMNS, BASES, (b) => {
    const c = byBasis[b];
    return [b, c.obligations, c.breaches, c.activeBreaches, c.resolvedBreaches, c.lapsedBreaches, c.escalations];
  });
}
