import { InputError } from "../errors";
import { readCell } from "./cells";
import { CsvSyntaxError, parseCsv } from "./csv-parse";
import type { FieldKind } from "./field-kinds";

/** Records read from one CSV file, with the line each starts on. */
export interface CsvRecords {
  records: Record<string, unknown>[];
  lines: number[];
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (let k = 0; k < path.length - 1; k++) {
    const key = path[k] as string;
    const next = node[key];
    if (typeof next !== "object" || next === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1] as string] = value;
}

/**
 * Reads a CSV file's rows as records: the header row names the fields (dotted names nest:
 * `scope.type`), each cell is read by its field's kind, an empty cell leaves the field out.
 * Columns the model does not know are kept as text (validation ignores them).
 *
 * @param text - the file's text
 * @param file - the file's name, for messages
 * @param kinds - the field kinds, by dotted name (see `fieldKinds`)
 * @param prefix - prefix of the kind names (`children[].` for a child file)
 * @returns the records and their lines
 * @throws {@link InputError} naming the file and row for broken CSV or a row of the wrong width
 */
export function csvRecords(text: string, file: string, kinds: ReadonlyMap<string, FieldKind>, prefix = ""): CsvRecords {
  let rows;
  try {
    rows = parseCsv(text);
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw new InputError(`${file} row ${e.line}: ${e.reason}`);
    throw e;
  }
  const [head, ...body] = rows;
  if (head === undefined) return { records: [], lines: [] };
  const header = head.cells.map((h) => h.trim());
  const seen = new Set<string>();
  header.forEach((h, k) => {
    if (h === "") throw new InputError(`${file} row ${head.line}, column ${k + 1}: the header is empty`);
    if (seen.has(h)) throw new InputError(`${file} row ${head.line}, column ${h}: the header repeats a column`);
    seen.add(h);
  });
  const out: CsvRecords = { records: [], lines: [] };
  for (const row of body) {
    if (row.cells.length !== header.length) {
      throw new InputError(`${file} row ${row.line}: ${row.cells.length} cells, but the header has ${header.length} columns`);
    }
    const record: Record<string, unknown> = {};
    header.forEach((h, k) => {
      const value = readCell(row.cells[k] as string, kinds.get(prefix + h) ?? "string");
      if (value !== undefined) setPath(record, h.split("."), value);
    });
    out.records.push(record);
    out.lines.push(row.line);
  }
  return out;
}
