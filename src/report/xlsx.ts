import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { finished } from "node:stream/promises";
import { parseDay } from "../calendar/day";
import type { Escalation, Evaluation } from "../model/evaluation";
import { workbookBytes, writeWorkbook, type WorkbookOptions, type XlsxCell, type XlsxTable } from "../node/xlsx-writer";
import { BASES } from "../policy/basis";
import {
  BREACH_COLUMNS, BREACH_DAY_COLUMNS, OBLIGATION_COLUMNS, OBLIGATION_DAY_COLUMNS, breachRow, footingCells, obligationRow,
} from "./csv-tables";
import { runInSlices, type SlicedOptions } from "../util/sliced";
import { summariseSteps, type EvaluationSummary } from "./summary";

/** The columns of the escalations sheet, in order. */
export const ESCALATION_COLUMNS = [
  "id", "kind", "ruleId", "breachId", "subjectType", "subjectId", "level", "toStaffId", "toRole", "toBody", "raisedOn", "reason",
  "basis", "assumptions", "toNamedStaffId",
] as const;

/** The columns of the rejected sheet: one row per problem of a rejected record. */
export const REJECTED_COLUMNS = ["collection", "index", "id", "path", "problem"] as const;

/**
 * A day as an Excel date cell, the day's serial number whatever the machine's time zone.
 * Text that is not a day stays text.
 */
function dayCell(value: string | number | undefined): XlsxCell {
  const day = typeof value === "string" ? parseDay(value) : undefined;
  return day === undefined ? value : { day };
}

function withDays(header: readonly string[], dayColumns: ReadonlySet<string>, row: readonly (string | number | undefined)[]): XlsxCell[] {
  return row.map((v, i) => (dayColumns.has(header[i] ?? "") ? dayCell(v) : v));
}

function escalationRow(e: Escalation): XlsxCell[] {
  return [e.id, e.kind, e.ruleId, e.breachId, e.subject.type, e.subject.id, e.level,
    e.to.staffId, e.to.role, e.to.body, dayCell(e.raisedOn), e.reason, ...footingCells(e), e.to.named?.staffId];
}

/** One row per problem of each rejected record, made as they are written. */
function* rejectedRows(rejected: Evaluation["rejected"]): Generator<XlsxCell[]> {
  for (const r of rejected) for (const i of r.issues) yield [r.collection, r.index, r.id, i.path.join(".") || "(record)", i.message];
}

/** The rows of a list, mapped one at a time as they are written; stopped by the signal (it throws its reason). */
function* rowsOf<T>(list: Iterable<T>, row: (item: T) => XlsxCell[], signal: AbortSignal | undefined): Generator<XlsxCell[]> {
  for (const item of list) {
    signal?.throwIfAborted();
    yield row(item);
  }
}

/** A table of the workbook: a day column 12 characters wide, any other as wide as its name (10 to 60). */
function table(name: string, header: readonly string[], days: ReadonlySet<string>, rows: Iterable<XlsxCell[]>): XlsxTable {
  return { name, header, rows, widths: header.map((h) => (days.has(h) ? 12 : Math.min(60, Math.max(10, h.length + 2)))) };
}

/** The workbook's tables, their rows built as they are written. */
function tablesOf(evaluation: Evaluation, summary: EvaluationSummary, signal?: AbortSignal): XlsxTable[] {
  return [
    table("summary", ["measure", "value"], new Set(), summaryRows(summary)),
    table("obligations", OBLIGATION_COLUMNS, OBLIGATION_DAY_COLUMNS,
      rowsOf(evaluation.obligations, (o) => withDays(OBLIGATION_COLUMNS, OBLIGATION_DAY_COLUMNS, obligationRow(o)), signal)),
    table("breaches", BREACH_COLUMNS, BREACH_DAY_COLUMNS,
      rowsOf(evaluation.breaches, (b) => withDays(BREACH_COLUMNS, BREACH_DAY_COLUMNS, breachRow(b)), signal)),
    table("escalations", ESCALATION_COLUMNS, new Set(["raisedOn"]), rowsOf(evaluation.escalations, escalationRow, signal)),
    table("rejected", REJECTED_COLUMNS, new Set(), rowsOf(rejectedRows(evaluation.rejected), (row) => row, signal)),
  ];
}

/** The workbook's own properties: who made it, and the as-of day (never the clock). */
function properties(evaluation: Evaluation, creator: string | undefined): WorkbookOptions {
  return { creator: creator ?? "one-point-qaf", day: parseDay(evaluation.asOf) };
}

function summaryRows(s: EvaluationSummary): XlsxCell[][] {
  const st = s.obligations.byStatus;
  return [
    ["as of", dayCell(s.asOf)], ["window from", dayCell(s.window.from)], ["window to", dayCell(s.window.to)],
    ["policy", s.policy.id], ["policy version", s.policy.version],
    ["records received", s.records.received], ["records rejected", s.records.rejected],
    ["obligations", s.obligations.total], ["obligations met on time", st.met], ["obligations met late", st["met-late"]],
    ["obligations overdue", st.overdue], ["obligations open", st.open], ["obligations excused", st.excused],
    ["breaches active", s.breaches.active], ["breaches active, high severity", s.breaches.activeBySeverity.high],
    ["breaches active, medium severity", s.breaches.activeBySeverity.medium],
    ["breaches active, low severity", s.breaches.activeBySeverity.low], ["breaches resolved", s.breaches.resolved],
    ["breaches lapsed", s.breaches.lapsed],
    ["escalations", s.escalations.total], ["escalations: referrals", s.escalations.referrals],
    ["escalations: breaches", s.escalations.breaches],
    ...BASES.flatMap((b): XlsxCell[][] => [
      [`obligations, basis ${b}`, s.byBasis[b].obligations],
      [`breaches active, basis ${b}`, s.byBasis[b].activeBreaches],
      [`escalations, basis ${b}`, s.byBasis[b].escalations],
    ]),
  ];
}

/**
 * An evaluation as an Excel workbook (.xlsx): a `summary` sheet (the headline figures, and
 * the obligations, active breaches and escalations resting on each basis),
 * then one sheet per result kind, `obligations`, `breaches`, `escalations` and `rejected`
 * (one row per problem), with the columns of the CSV tables. Each sheet's header row is
 * frozen and has an autofilter; days are real Excel dates (shown `yyyy-mm-dd`), counts
 * are numbers, and text stays text: a value such as `=HYPERLINK(...)` is written as a
 * string cell, never as a formula, and is kept exactly as it is. A table longer than a
 * sheet's 1,048,575 rows goes on in `obligations (2)` and so on.
 *
 * Node only, for its size: import it from `one-point-qaf/node`, not from the report entry.
 *
 * @param evaluation - the result of `evaluate`
 * It gives the host's event loop turns while it works (rows are deflated a batch at a time,
 * and the summary is counted in slices), so a server builds a region's workbook and goes on
 * answering.
 *
 * @param evaluation - the result of `evaluate`
 * @param options - `creator`, the name written in the workbook's properties (default "one-point-qaf"); `signal`, to stop early
 * @returns the .xlsx file's bytes
 * @example
 * import { toXlsx } from "one-point-qaf/node";
 * writeFileSync("qaf.xlsx", await toXlsx(result));
 */
export async function toXlsx(evaluation: Evaluation, options: XlsxOptions = {}): Promise<Uint8Array> {
  const summary = await runInSlices(summariseSteps(evaluation), options);
  return workbookBytes(tablesOf(evaluation, summary, options.signal), properties(evaluation, options.creator));
}

/** Options of {@link toXlsx} and {@link writeXlsx}. */
export interface XlsxOptions extends SlicedOptions {
  /** The name written in the workbook's properties; default "one-point-qaf". */
  creator?: string;
}

/**
 * Writes the workbook of {@link toXlsx} straight to a file, a row at a time: no sheet is ever
 * whole in memory, so a region's evaluation (millions of rows, past one sheet's limit)
 * writes in bounded memory. The same sheets, columns and cells as `toXlsx`.
 *
 * @param evaluation - the result of `evaluate`
 * @param path - the file to write (the CLI gives a temporary file, renamed into place when complete)
 * @param options - `creator`, as for `toXlsx`; `signal`, to stop early (the file is then left incomplete)
 * @example
 * import { writeXlsx } from "one-point-qaf/node";
 * await writeXlsx(result, "qaf.xlsx");
 */
export async function writeXlsx(evaluation: Evaluation, path: string, options: XlsxOptions = {}): Promise<void> {
  const summary = await runInSlices(summariseSteps(evaluation), options);
  const file = createWriteStream(path);
  try {
    await writeWorkbook(async (bytes) => { if (!file.write(bytes)) await once(file, "drain"); },
      tablesOf(evaluation, summary, options.signal), properties(evaluation, options.creator));
  } finally {
    file.end();
    await finished(file);
  }
}
