import type { Coercion } from "../model/coercions";
import type { ExportRejection, ExportWarning, Ignored } from "./export-types";
import { formatLocation } from "./location";

/**
 * One line per problem of each rejected record, for a terminal or a log:
 * `rejected: staff.csv row 7, column startedOn (staff s12): must be a date: YYYY-MM-DD, DD/MM/YYYY, d-mmm-yyyy or an ISO timestamp`.
 *
 * @param rejected - the rejections of {@link loadExport}
 * @returns the lines, without line ends
 */
export function rejectionLines(rejected: readonly ExportRejection[]): string[] {
  const lines: string[] = [];
  for (const r of rejected) {
    const who = r.id === undefined ? "" : ` (${r.collection} ${r.id})`;
    const issues = r.issues.length > 0 ? r.issues : [{ path: [], message: "rejected" }];
    for (const i of issues) {
      const where = "where" in i && i.where !== undefined ? formatLocation(i.where) : `${r.collection}[${r.index}]`;
      lines.push(`rejected: ${where}${who}: ${i.message}`);
    }
  }
  return lines;
}

/**
 * A line for something not read: `ignored: notes.txt (not a .csv, .xlsx, .json or .ndjson file)`,
 * `ignored: staff.csv, column Sttarted (staff has no such field; did you mean startedOn?)`.
 *
 * @param item - a file, sheet or column of {@link LoadedExport.ignored}
 * @returns the line, without a line end
 */
export function ignoredLine(item: Ignored): string {
  const where = formatLocation({ file: item.file, ...(item.sheet === undefined ? {} : { sheet: item.sheet }) }) +
    (item.column === undefined ? "" : `, column ${item.column}`);
  return `ignored: ${where} (${item.reason}${item.didYouMean === undefined ? "" : `; did you mean ${item.didYouMean}?`})`;
}

/**
 * A line for a warning: `warning: staff.csv: not valid UTF-8: read as Windows-1252 ...`.
 *
 * @param warning - a warning of {@link loadExport}
 * @returns the line, without a line end
 */
export function warningLine(warning: ExportWarning): string {
  return `warning: ${warning.file}: ${warning.message}`;
}

const READ_AS: Readonly<Record<Coercion["kind"], string>> = {
  "case": "allowed values spelt otherwise (case, spaces, hyphens), read as written in the model",
  "null": "nulls read as absent",
  "timestamp": "timestamps read as their day in England",
  "uk-date": "DD/MM/YYYY dates",
  "excel-date": "d-mmm-yyyy dates",
  "numeric-id": "whole numbers read as ids",
};

/**
 * A line for values read forgivingly: `coerced: staff leftOn: 5763 nulls read as absent`,
 * `coerced: staff startedOn: 5763 timestamps read as their day in England (e.g. 2016-11-18T00:00:00.000Z as 2016-11-18)`.
 *
 * @param coercion - a group of {@link LoadedExport.coercions}
 * @returns the line, without a line end
 */
export function coercionLine(coercion: Coercion): string {
  const e = coercion.example;
  return `coerced: ${coercion.collection} ${coercion.field}: ${coercion.count} ${READ_AS[coercion.kind]}${e === undefined ? "" : ` (e.g. ${e.written} as ${e.read})`}`;
}
