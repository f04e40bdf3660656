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

/**
 * Rejects `evaluateParallel` when a worker thread fails outside a task (it cannot start, or
 * runs out of memory): the evaluation cannot finish, and trying again with fewer jobs (or
 * one) may. The worker's own error is the `cause`.
 *
 * @example
 * try { await evaluateParallel(dataset, { asOf, jobs: 4 }); }
 * catch (e) { if (e instanceof WorkerFailedError) return evaluate(dataset, { asOf }); }
 */
export class WorkerFailedError extends QafError {
  constructor(cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super("worker_failed", `a worker thread of the parallel evaluation failed (${reason}); try again with fewer jobs, or with jobs: 1 (--jobs 1), which uses no worker threads`);
    this.cause = cause;
  }
}
