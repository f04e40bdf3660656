import { finish } from "../model/steps";
import { eachStep, joinSteps } from "../util/sliced";

/**
 * The first characters that make a spreadsheet read a text cell as a formula (OWASP, CSV
 * injection): `=`, `+`, `-`, `@`, a tab or a carriage return.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a text cell safe to open in a spreadsheet: text starting with `=`, `+`, `-`, `@`,
 * a tab or a carriage return gets a leading `'`, so Excel, LibreOffice and Google Sheets show
 * it as text instead of running it as a formula (OWASP's advice on CSV injection). Numbers
 * are not text and are left to the writer: `-3` written as a number is not a formula.
 *
 * @param text - a text cell, possibly from the dataset
 * @returns the text, with `'` in front when it would start a formula
 * @example
 * formulaSafe("=HYPERLINK(\"http://x\")"); // "'=HYPERLINK(\"http://x\")"
 * formulaSafe("a1"); // "a1"
 */
export function formulaSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Quotes one CSV field as RFC 4180 asks: a field containing a comma, a double quote, a
 * carriage return or a line feed is wrapped in double quotes, its quotes doubled. Leading
 * or trailing spaces are quoted too, so that no reader trims them. Text that would start a
 * spreadsheet formula is made safe first ({@link formulaSafe}); numbers and booleans are
 * written as they are, a negative number included.
 *
 * @param value - the field's value (`undefined` and `null` give an empty field)
 * @returns the field as written in the file
 * @example
 * csvField('He said "no", twice'); // '"He said ""no"", twice"'
 * csvField("=1+1"); // "'=1+1"
 * csvField(-3); // "-3"
 */
export function csvField(value: CsvCell): string {
  if (value === undefined || value === null) return "";
  const s = typeof value === "string" ? formulaSafe(value) : String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Writes a CSV document: a header row, then one row per record, each line ended by CRLF
 * (RFC 4180). Every text cell is formula-safe ({@link csvField}).
 *
 * @param header - the column names
 * @param rows - the rows, each as many cells as the header
 * @returns the CSV text
 * @example
 * toCsv(["id", "status"], [["o1", "met"]]); // "id,status\r\no1,met\r\n"
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
): string {
  return finish(toCsvSteps(header, rows, (row) => row));
}

/** A cell of a CSV row: `undefined` and `null` give an empty field. */
export type CsvCell = string | number | boolean | null | undefined;

/**
 * {@link toCsv} a step at a time (it yields every few hundred rows), each row made from an
 * item as it is written, for the CSV tables and their `…Async` forms.
 *
 * @param header - the column names
 * @param items - one item per row
 * @param cellsOf - an item's cells, as many as the header
 * @returns steps, then the CSV text
 */
export function* toCsvSteps<T>(header: readonly string[], items: readonly T[], cellsOf: (item: T) => readonly CsvCell[]): Generator<void, string> {
  const lines = [header.map(csvField).join(",")];
  yield* eachStep(items, (item) => {
    lines.push(cellsOf(item).map(csvField).join(","));
  });
  return (yield* joinSteps(lines, "\r\n")) + "\r\n";
}
