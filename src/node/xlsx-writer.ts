import { formatDay, type Day } from "../calendar/day";
import { ZipWriter, type ZipSink } from "./zip-writer";

/** A day cell: an Excel date, shown `yyyy-mm-dd`. */
export interface DayCell {
  /** The day, counted from 1970-01-01. */
  day: Day;
}

/** One cell: text (never a formula), a number, a day, or nothing (`undefined` or empty text). */
export type XlsxCell = string | number | DayCell | undefined;

/** One table of a workbook: its sheet's name, its header, its rows (read once, in order) and its columns' widths. */
export interface XlsxTable {
  /** The sheet's name (at most 31 characters, none of `[]:*?/\`). */
  name: string;
  /** The header row, written bold, frozen, with an autofilter. */
  header: readonly string[];
  /** The rows, taken one at a time as they are written. */
  rows: Iterable<readonly XlsxCell[]>;
  /** Each column's width, in characters. */
  widths: readonly number[];
}

/** The most characters an Excel cell holds. */
export const MAX_CELL_TEXT = 32_767;
/** Data rows one worksheet holds (Excel's 1,048,576 rows, less the header). */
export const ROWS_PER_SHEET = 1_048_575;
/** Days from Excel's day 0 (1899-12-30, in the 1900 date system) to 1970-01-01. */
const EXCEL_EPOCH = 25_569;

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

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;" };

/** Text as XML character data or an attribute value (a carriage return kept, not folded into a line feed). */
function xml(text: string): string {
  return text.replace(/[&<>"\r]/g, (c) => XML_ESCAPES[c] ?? c);
}

/** A column's letters: 1 is A, 27 is AA. */
function column(n: number): string {
  let letters = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) letters = String.fromCharCode(65 + ((k - 1) % 26)) + letters;
  return letters;
}

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Cell styles: 0 plain, 1 bold (the header), 2 a date shown `yyyy-mm-dd`. */
const STYLES = `${HEAD}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>`
  + '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
  + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
  + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
  + '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
  + '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
  + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** One cell's XML, or "" for an empty cell. */
function cellXml(value: XlsxCell, ref: string, style: string): string {
  if (value === undefined || value === "") return "";
  if (typeof value === "number") {
    return Number.isFinite(value) ? `<c r="${ref}"${style}><v>${value}</v></c>` : cellXml(String(value), ref, style);
  }
  if (typeof value === "object") return `<c r="${ref}" s="2"><v>${value.day + EXCEL_EPOCH}</v></c>`;
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${xml(cellText(value))}</t></is></c>`;
}

function rowXml(cells: readonly XlsxCell[], row: number, style = ""): string {
  return `<row r="${row}">${cells.map((v, i) => cellXml(v, `${column(i + 1)}${row}`, style)).join("")}</row>`;
}

/** Where a table's rows stand between its sheets: whether they are all written, and the first row of the next sheet. */
interface RowsLeft {
  done: boolean;
  carry?: readonly XlsxCell[] | undefined;
}

/**
 * One sheet's XML, a row at a time: the header (bold, frozen, with an autofilter) and then
 * rows from the table's iterator, up to a sheet's limit (the rest are left for the next sheet).
 */
function* sheetXml(table: XlsxTable, rows: Iterator<readonly XlsxCell[]>, left: RowsLeft, limit: number): Generator<string> {
  const { header, widths } = table;
  yield `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0">`
    + '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
    + `</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`
    + `<sheetData>${rowXml(header, 1, ' s="1"')}`;
  for (let row = 2; row <= limit + 1; row++) {
    const next = left.carry === undefined ? rows.next() : { done: false as const, value: left.carry };
    left.carry = undefined;
    if (next.done === true) { left.done = true; break; }
    yield rowXml(next.value, row);
  }
  if (!left.done) {
    const next = rows.next();
    if (next.done === true) left.done = true;
    else left.carry = next.value;
  }
  yield `</sheetData><autoFilter ref="A1:${column(Math.max(1, header.length))}1"/></worksheet>`;
}

/** Options of {@link writeWorkbook}. */
export interface WorkbookOptions {
  /** The name written as the workbook's creator. */
  creator: string;
  /** The workbook's created and modified day (never the clock; none written when not given). */
  day?: Day | undefined;
  /** The most data rows a sheet holds before the table goes on in the next (default, and most, Excel's 1,048,575). */
  rowsPerSheet?: number;
}

/**
 * Writes a workbook (.xlsx) of tables, a row at a time, deflated as it goes: no sheet is ever
 * whole in memory. Each table is a sheet whose header row is bold, frozen and filtered; text
 * is written as text (never a formula, made {@link cellText fit for a cell}), numbers as
 * numbers, days as Excel dates. A table longer than a sheet's 1,048,575 rows goes on in
 * "name (2)", "name (3)"...
 *
 * @param sink - where the bytes go, in order
 * @param tables - the sheets' tables, in order
 * @param options - the workbook's creator and date
 */
export async function writeWorkbook(sink: ZipSink, tables: readonly XlsxTable[], options: WorkbookOptions): Promise<void> {
  const zip = new ZipWriter(sink, options.day);
  const sheets: { name: string; columns: number }[] = [];
  for (const table of tables) {
    const rows = table.rows[Symbol.iterator]();
    const left: RowsLeft = { done: false };
    for (let part = 1; part === 1 || !left.done; part++) {
      sheets.push({ name: part === 1 ? table.name : `${table.name} (${part})`, columns: Math.max(1, table.header.length) });
      await zip.add(`xl/worksheets/sheet${sheets.length}.xml`, sheetXml(table, rows, left, Math.min(options.rowsPerSheet ?? ROWS_PER_SHEET, ROWS_PER_SHEET)));
    }
  }
  // The autofilter's range, named as Excel names it.
  const filterOf = ({ name, columns }: { name: string; columns: number }, i: number): string =>
    `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xml(`'${name.replace(/'/g, "''")}'`)}!$A$1:$${column(columns)}$1</definedName>`;
  await zip.add("xl/workbook.xml", [`${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>`,
    ...sheets.map(({ name }, i) => `<sheet name="${xml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`),
    `</sheets><definedNames>${sheets.map(filterOf).join("")}</definedNames></workbook>`]);
  await zip.add("xl/_rels/workbook.xml.rels", [`${HEAD}<Relationships xmlns="${PACKAGE_REL}">`,
    ...sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`),
    `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`]);
  await zip.add("xl/styles.xml", [STYLES]);
  const day = options.day === undefined ? undefined : formatDay(options.day);
  const date = day === undefined ? "" : ["created", "modified"].map((k) => `<dcterms:${k} xsi:type="dcterms:W3CDTF">${day}T00:00:00Z</dcterms:${k}>`).join("");
  await zip.add("docProps/core.xml", [`${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" `
    + 'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    + `<dc:creator>${xml(cellText(options.creator))}</dc:creator>${date}</cp:coreProperties>`]);
  await zip.add("_rels/.rels", [`${HEAD}<Relationships xmlns="${PACKAGE_REL}">`
    + `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>`
    + `<Relationship Id="rId2" Type="${PACKAGE_REL}/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`]);
  const type = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  await zip.add("[Content_Types].xml", [`${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    + `<Override PartName="/xl/workbook.xml" ContentType="${type}.sheet.main+xml"/>`,
    ...sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${type}.worksheet+xml"/>`),
    `<Override PartName="/xl/styles.xml" ContentType="${type}.styles+xml"/>`
    + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>']);
  await zip.finish();
}

/**
 * The bytes of a workbook written by {@link writeWorkbook}, held in memory.
 *
 * @param tables - the sheets' tables, in order
 * @param options - the workbook's creator and date
 * @returns the .xlsx file's bytes
 */
export async function workbookBytes(tables: readonly XlsxTable[], options: WorkbookOptions): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await writeWorkbook((bytes) => { chunks.push(bytes); }, tables, options);
  return new Uint8Array(Buffer.concat(chunks));
}
