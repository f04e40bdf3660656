/**
 * Where something is in an export: the file (and sheet of a workbook), and for tables the
 * row and column, for NDJSON the line, for JSON the path. Never the value found there.
 */
export interface Location {
  /** The file's name, as in the folder (`staff.csv`, `export.xlsx`). */
  file: string;
  /** The sheet, for a workbook. */
  sheet?: string;
  /** 1-based row: the line a CSV row starts on, or the sheet's row number. */
  row?: number;
  /** 1-based line of an NDJSON record. */
  line?: number;
  /** The column: its header as written in the file, or the field's dotted name. */
  column?: string;
  /** For JSON: the path inside the file (`areas[1].id`) or inside an NDJSON record (`scope.type`). */
  path?: string;
}

/**
 * Writes a location for people: `staff.csv row 7, column startedOn`,
 * `export.xlsx sheet staff row 7, column Started On`, `areas.ndjson line 3, field id`,
 * `dataset.json: areas[1].id`.
 *
 * @param where - the location
 * @returns the text
 * @example
 * formatLocation({ file: "staff.csv", row: 7, column: "startedOn" }); // "staff.csv row 7, column startedOn"
 */
export function formatLocation(where: Location): string {
  let text = where.file;
  if (where.sheet !== undefined) text += ` sheet ${where.sheet}`;
  if (where.row !== undefined) text += ` row ${where.row}`;
  if (where.line !== undefined) text += ` line ${where.line}`;
  if (where.column !== undefined) text += `${where.row === undefined && where.sheet === undefined ? ":" : ","} column ${where.column}`;
  if (where.path !== undefined) text += where.line === undefined ? `: ${where.path}` : `, field ${where.path}`;
  return text;
}
