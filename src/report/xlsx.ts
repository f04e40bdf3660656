import ExcelJS from "exceljs";
import { parseDay } from "../calendar/day";
import type { Escalation, Evaluation } from "../model/evaluation";
import { BASES } from "../policy/basis";
import {
  BREACH_COLUMNS, BREACH_DAY_COLUMNS, OBLIGATION_COLUMNS, OBLIGATION_DAY_COLUMNS, breachRow, footingCells, obligationRow,
} from "./csv-tables";
import { summarise } from "./summary";

type Cell = string | number | Date | undefined;

/** Milliseconds in one day: a Day times this is its UTC midnight. */
const MS_PER_DAY = 86_400_000;
/** Data rows one worksheet holds (Excel's 1,048,576 rows, less the header). */
const ROWS_PER_SHEET = 1_048_575;

/** The columns of the escalations sheet, in order. */
export const ESCALATION_COLUMNS = [
  "id", "kind", "ruleId", "breachId", "subjectType", "subjectId", "level", "toStaffId", "toRole", "toBody", "raisedOn", "reason",
  "basis", "assumptions", "toNamedStaffId",
] as const;

/** The columns of the rejected sheet: one row per problem of a rejected record. */
export const REJECTED_COLUMNS = ["collection", "index", "id", "path", "problem"] as const;

/**
 * A day as an Excel date cell: a `Date` at UTC midnight, which the writer turns into the
 * day's serial number whatever the machine's time zone. Text that is not a day stays text.
 */
function dayCell(value: string | number | undefined): Cell {
  const day = typeof value === "string" ? parseDay(value) : undefined;
  return day === undefined ? value : new Date(day * MS_PER_DAY);
}

function withDays(header: readonly string[], dayColumns: ReadonlySet<string>, row: readonly (string | number | undefined)[]): Cell[] {
  return row.map((v, i) => (dayColumns.has(header[i] ?? "") ? dayCell(v) : v));
}

function escalationRow(e: Escalation): Cell[] {
  return [e.id, e.kind, e.ruleId, e.breachId, e.subject.type, e.subject.id, e.level,
    e.to.staffId, e.to.role, e.to.body, dayCell(e.raisedOn), e.reason, ...footingCells(e), e.to.named?.staffId];
}

function rejectedRows(r: Evaluation["rejected"][number]): Cell[][] {
  return r.issues.map((i) => [r.collection, r.index, r.id, i.path.join(".") || "(record)", i.message]);
}

/** The most characters an Excel cell holds. */
export const MAX_CELL_TEXT = 32_767;

/** Characters XML 1.0 cannot hold (C0 controls other than tab and line ends, U+FFFE and U+FFFF, lone surrogates). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text made fit for a cell: a character XML cannot hold is written as its escape (`\x01`,
 * `\ufffe`), never dropped and never left to make the workbook corrupt, and text past
 * Excel's 32,767 characters is cut with a marker that says how much was left out.
 *
 * @param text - any text, possibly from the export
 * @returns the cell's text
 * @example
 * cellText("a\u0001b"); // "a\\x01b"
 */
export function cellText(text: string): string {
  const fit = text.replace(NOT_XML, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
  if (fit.length <= MAX_CELL_TEXT) return fit;
  const marker = (left: number) => ` … [cut: ${left.toLocaleString("en-GB")} more characters]`;
  const keep = MAX_CELL_TEXT - marker(fit.length).length;
  return fit.slice(0, keep) + marker(fit.length - keep);
}

/** How a day cell is shown. */
const DAY_FORMAT = "yyyy-mm-dd";

/** One table of the workbook: its sheet's name, its header, its rows (read once, in order) and its day columns. */
interface Table {
  name: string;
  header: readonly string[];
  rows: Iterable<Cell[]>;
  days: ReadonlySet<string>;
}

/** What a sheet needs of a workbook, in memory or streamed to a file. */
interface SheetMaker {
  addWorksheet(name: string, options: Partial<ExcelJS.AddWorksheetOptions>): ExcelJS.Worksheet;
}

/**
 * Writes one table: a bold header row, frozen, with an autofilter; day cells shown as
 * `yyyy-mm-dd`; text fit for a cell. Past Excel's row limit the table goes on in
 * "name (2)", "name (3)"... A streamed sheet commits each row as it goes, so no sheet is
 * ever whole in memory.
 */
function writeTable(wb: SheetMaker, table: Table, streamed: boolean): void {
  const { name, header, days } = table;
  let ws: ExcelJS.Worksheet | undefined;
  let part = 0;
  let inSheet = ROWS_PER_SHEET;
  const nextSheet = () => {
    if (streamed) ws?.commit();
    part++;
    inSheet = 0;
    ws = wb.addWorksheet(part === 1 ? name : `${name} (${part})`, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
    ws.columns = header.map((h) => ({ header: h, key: h, width: days.has(h) ? 12 : Math.min(60, Math.max(10, h.length + 2)) }));
    ws.getRow(1).font = { bold: true };
    return ws;
  };
  for (const row of table.rows) {
    const sheet = inSheet === ROWS_PER_SHEET ? nextSheet() : (ws as ExcelJS.Worksheet);
    // An empty text is an empty cell, whichever writer: a streamed sheet keeps no empty strings.
    const added = sheet.addRow(row.map((v) => (v === "" ? undefined : typeof v === "string" ? cellText(v) : v)));
    row.forEach((v, i) => { if (v instanceof Date) added.getCell(i + 1).numFmt = DAY_FORMAT; });
    if (streamed) added.commit();
    inSheet++;
  }
  if (part === 0) nextSheet();
  if (streamed) ws?.commit();
}

/** The rows of a list, mapped one at a time as they are written. */
function* rowsOf<T>(list: readonly T[], row: (item: T) => Cell[]): Generator<Cell[]> {
  for (const item of list) yield row(item);
}

/** The workbook's tables, their rows built as they are written. */
function tablesOf(evaluation: Evaluation): Table[] {
  return [
    { name: "summary", header: ["measure", "value"], rows: summaryRows(evaluation), days: new Set() },
    {
      name: "obligations", header: OBLIGATION_COLUMNS, days: OBLIGATION_DAY_COLUMNS,
      rows: rowsOf(evaluation.obligations, (o) => withDays(OBLIGATION_COLUMNS, OBLIGATION_DAY_COLUMNS, obligationRow(o))),
    },
    {
      name: "breaches", header: BREACH_COLUMNS, days: BREACH_DAY_COLUMNS,
      rows: rowsOf(evaluation.breaches, (b) => withDays(BREACH_COLUMNS, BREACH_DAY_COLUMNS, breachRow(b))),
    },
    { name: "escalations", header: ESCALATION_COLUMNS, days: new Set(["raisedOn"]), rows: rowsOf(evaluation.escalations, escalationRow) },
    { name: "rejected", header: REJECTED_COLUMNS, days: new Set(), rows: evaluation.rejected.flatMap(rejectedRows) },
  ];
}

/** The workbook's own properties: who made it, and the as-of day (never the clock). */
function properties(wb: { creator: string; created: Date; modified: Date }, evaluation: Evaluation, creator: string | undefined): void {
  wb.creator = creator ?? "one-point-qaf";
  const asOf = dayCell(evaluation.asOf);
  if (asOf instanceof Date) wb.created = wb.modified = asOf;
}

function summaryRows(evaluation: Evaluation): Cell[][] {
  const s = summarise(evaluation);
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
    ...BASES.flatMap((b): Cell[][] => [
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
 * @param options - `creator`, the name written in the workbook's properties (default "one-point-qaf")
 * @returns the .xlsx file's bytes
 * @example
 * import { toXlsx } from "one-point-qaf/node";
 * writeFileSync("qaf.xlsx", await toXlsx(result));
 */
export async function toXlsx(evaluation: Evaluation, options: { creator?: string } = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  properties(wb, evaluation, options.creator);
  for (const table of tablesOf(evaluation)) writeTable(wb, table, false);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * Writes the workbook of {@link toXlsx} straight to a file, a row at a time: no sheet is ever
 * whole in memory, so a region's evaluation (millions of rows, past one sheet's limit)
 * writes in bounded memory. The same sheets, columns and cells as `toXlsx`.
 *
 * @param evaluation - the result of `evaluate`
 * @param path - the file to write (the CLI gives a temporary file, renamed into place when complete)
 * @param options - `creator`, as for `toXlsx`
 * @example
 * import { writeXlsx } from "one-point-qaf/node";
 * await writeXlsx(result, "qaf.xlsx");
 */
export async function writeXlsx(evaluation: Evaluation, path: string, options: { creator?: string } = {}): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  properties(wb, evaluation, options.creator);
  for (const table of tablesOf(evaluation)) writeTable(wb, table, true);
  await wb.commit();
}
