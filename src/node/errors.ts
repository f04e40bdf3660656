import { QafError } from "../errors";
import { formatLocation, type Location } from "./location";

/**
 * Thrown by `loadExport` when a file of the export cannot be read at all: missing, not a
 * regular file, not text in a known encoding, broken CSV or JSON, an unusable header. The
 * message names the file (and row or line) and what to fix, never a value from it.
 *
 * @example
 * try { await loadExport("export/"); }
 * catch (e) { if (e instanceof ExportReadError) console.error(e.where.file, e.message); }
 */
export class ExportReadError extends QafError {
  /** Where the problem is. */
  readonly where: Location;

  constructor(where: Location, problem: string) {
    super("unreadable_export", `${formatLocation(where)}: ${problem}`);
    this.where = where;
  }
}
