import type { Rejection } from "../../model/parse-dataset";

/** Where one input record came from: its file, and for CSV and NDJSON its line. */
export interface Provenance {
  file: string;
  format: "json" | "ndjson" | "csv";
  /** 1-based line of the record (CSV: the row's first line; NDJSON: its line). */
  line?: number;
  /** For records from a separate file (`cases.children.csv`): field name to each item's provenance. */
  items?: Map<string, Provenance[]>;
}

/** The provenance of every record, by collection and index. */
export type SourceMap = Map<string, Provenance[]>;

function at(p: Provenance, collection: string, index: number, rest: readonly (string | number)[]): string {
  if (p.format === "csv") {
    const column = rest.filter((x) => typeof x === "string").join(".");
    return `${p.file} row ${p.line ?? "?"}${column === "" ? "" : `, column ${column}`}`;
  }
  const path = rest.map((x) => (typeof x === "number" ? `[${x}]` : `.${x}`)).join("");
  if (p.format === "ndjson") return `${p.file} line ${p.line ?? "?"}${path === "" ? "" : `, field ${path.slice(1)}`}`;
  return `${p.file}: ${collection}[${index}]${path}`;
}

/**
 * Says where in the input a problem of a rejected record is: file, row and column for
 * CSV (`staff.csv row 7, column startedOn`), file and line for NDJSON, file and path for
 * JSON. Items read from a separate file (`cases.children.csv`) point at that file's row.
 *
 * @param sources - the provenance of the input's records
 * @param rejection - the rejected record
 * @param path - the path of one problem, relative to the record
 * @returns a human-readable location
 */
export function locate(sources: SourceMap, rejection: Rejection, path: readonly (string | number)[]): string {
  const p = sources.get(rejection.collection)?.[rejection.index];
  if (p === undefined) return rejection.index < 0 ? rejection.collection : `${rejection.collection}[${rejection.index}]`;
  const [field, item, ...rest] = path;
  const fromItem = typeof field === "string" && typeof item === "number" ? p.items?.get(field)?.[item] : undefined;
  if (fromItem !== undefined) return at(fromItem, rejection.collection, rejection.index, rest);
  return at(p, rejection.collection, rejection.index, path);
}

/**
 * One line per problem of each rejected record, for stderr:
 * `rejected: staff.csv row 7, column startedOn (staff s12): must be a date written YYYY-MM-DD`.
 *
 * @param sources - the provenance of the input's records
 * @param rejected - the rejections of an evaluation
 * @returns the lines, without line ends
 */
export function rejectionLines(sources: SourceMap, rejected: readonly Rejection[]): string[] {
  const lines: string[] = [];
  for (const r of rejected) {
    const who = r.id === undefined ? "" : ` (${r.collection} ${r.id})`;
    const issues = r.issues.length > 0 ? r.issues : [{ path: [], message: "rejected" }];
    for (const i of issues) lines.push(`rejected: ${locate(sources, r, i.path)}${who}: ${i.message}`);
  }
  return lines;
}
