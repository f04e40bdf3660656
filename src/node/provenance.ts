import type { Rejection } from "../model/parse-dataset";
import type { Location } from "./location";

/** Where one record came from: its file (and sheet), and its row or line. */
export interface Provenance {
  file: string;
  /** The sheet of a workbook. */
  sheet?: string;
  format: "json" | "ndjson" | "table";
  /** 1-based row of a table (CSV: the line the row starts on) or line of an NDJSON record. */
  line?: number;
  /** For a table: the header as written, by field name (shared by the table's records). */
  headers?: ReadonlyMap<string, string>;
  /** For items read from a separate table (`cases.children.csv`): field name to each item's provenance. */
  items?: Map<string, Provenance[]>;
}

/** The provenance of every record, by collection and index. */
export type SourceMap = Map<string, Provenance[]>;

function at(p: Provenance, collection: string, index: number, rest: readonly (string | number)[]): Location {
  const base: Location = { file: p.file, ...(p.sheet === undefined ? {} : { sheet: p.sheet }) };
  if (p.format === "table") {
    const field = rest.filter((x) => typeof x === "string").join(".");
    const column = p.headers?.get(field) ?? field;
    return { ...base, ...(p.line === undefined ? {} : { row: p.line }), ...(column === "" ? {} : { column }) };
  }
  const path = rest.map((x) => (typeof x === "number" ? `[${x}]` : `.${x}`)).join("");
  if (p.format === "ndjson") return { ...base, ...(p.line === undefined ? {} : { line: p.line }), ...(path === "" ? {} : { path: path.slice(1) }) };
  return { ...base, path: `${collection}[${index}]${path}` };
}

/**
 * Says where in the export one problem of a rejected record is: file, row and column for
 * a table, file and line for NDJSON, file and path for JSON. Items read from a separate
 * table (`cases.children.csv`) point at that table's row.
 *
 * @param sources - the provenance of the export's records
 * @param rejection - the rejected record
 * @param path - the path of one problem, relative to the record
 * @returns the location, or undefined when the record's source is not known
 */
export function locate(sources: SourceMap, rejection: Rejection, path: readonly (string | number)[]): Location | undefined {
  const p = sources.get(rejection.collection)?.[rejection.index];
  if (p === undefined) return undefined;
  const [field, item, ...rest] = path;
  const fromItem = typeof field === "string" && typeof item === "number" ? p.items?.get(field)?.[item] : undefined;
  if (fromItem !== undefined) return at(fromItem, rejection.collection, rejection.index, rest);
  return at(p, rejection.collection, rejection.index, path);
}
