import type { ProgressEvent } from "../compare/compare-policies";
import type { CliIo } from "./io";
import { createProgress } from "./progress";
import { escapeControlKeepingLines } from "../text/escape-control";

/** What a command writes through: its io, and where its long runs report progress. */
export interface Session {
  /** stderr shows control characters escaped, erases the progress bar first, and is silent with `--quiet`. */
  io: CliIo;
  /** Pass as `onProgress`: a bar on a terminal, stage lines otherwise, nothing with `--quiet`. */
  onProgress: (event: ProgressEvent) => void;
  /** Erases the progress bar, if one is drawn. */
  end(): void;
}

/**
 * Starts one command's session on the CLI's io.
 *
 * @param io - the process's io (or a test's)
 * @param quiet - `--quiet`: nothing on stderr but errors, which `main` writes itself
 * @returns the session
 */
export function startSession(io: CliIo, quiet: boolean): Session {
  const progress = createProgress({
    write: io.stderr, isTTY: io.stderrIsTTY === true, ...(io.columns === undefined ? {} : { columns: io.columns }),
  }, quiet);
  const stderr = quiet ? () => undefined : (text: string) => {
    progress.clear();
    io.stderr(escapeControlKeepingLines(text));
  };
  return { io: { ...io, stderr }, onProgress: progress.update, end: progress.clear };
}
