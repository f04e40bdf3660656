import type { Issue } from "../errors";
import type { Coercion } from "../model/coercions";
import type { Rejection } from "../model/parse-dataset";
import type { Encoding } from "./decode";
import type { Location } from "./location";

/** One problem of a rejected record, and where it is in the export. */
export interface LocatedIssue extends Issue {
  /** The file (sheet), row and column, line or path of the problem. */
  where?: Location;
}

/**
 * A record of the export that will not be evaluated, with each problem located. Records
 * failing validation keep their collection and index (as `evaluate` reports them); a row
 * of an item table whose parent is missing has the collection `<collection>.<field>`
 * (`cases.children`) and its index in that table.
 */
export interface ExportRejection extends Rejection {
  issues: LocatedIssue[];
}

/** Something in the export that was not read: a file, a sheet or a column, and why. */
export interface Ignored {
  file: string;
  sheet?: string;
  /** The column's header as written (`column 7` for an empty header). */
  column?: string;
  /** Why it was not read. */
  reason: string;
  /** The nearest name that would have been read. */
  didYouMean?: string;
}

/** Something the loader did that the user should know about (a file decoded as Windows-1252). */
export interface ExportWarning {
  file: string;
  message: string;
}

/** What {@link loadExport} read. */
export interface LoadedExport {
  /** The records as read, by collection: give this to `evaluate` (or `parseDataset`), which validates it. */
  dataset: Record<string, unknown[]>;
  /** Every record that validation rejects, and every item row without a parent, located. */
  rejected: ExportRejection[];
  /** Files, sheets and columns not read, each named once. */
  ignored: Ignored[];
  warnings: ExportWarning[];
  /** Values validation reads forgivingly (`null` as absent, `08-Sep-2025` as a date...), counted by collection, field and kind. */
  coercions: Coercion[];
}

/** A file or sheet read, for progress. */
export interface TableRead {
  file: string;
  sheet?: string;
  collection: string;
  /** The item field, for an item table (`children` of `cases.children.csv`). */
  field?: string;
  records: number;
}

/** Options of {@link loadExport}. */
export interface LoadExportOptions {
  /**
   * The text encoding of CSV, NDJSON and JSON files. Default `"auto"`: UTF-8, and
   * Windows-1252 for a file that is not valid UTF-8 but is plausible Windows-1252 text
   * (with a warning). `"utf-8"` refuses such a file.
   */
  encoding?: Encoding;
  /** Called after each file or sheet is read. */
  onRead?: (read: TableRead) => void;
}
