import { resolve } from "node:path";
import { writeAtomically } from "./write-out";

/** Where the CLI writes and what it resolves paths against: the process, or a test's capture. */
export interface CliIo {
  /** Results only. */
  stdout(text: string): void;
  /** Progress, notes, warnings and errors. */
  stderr(text: string): void;
  /** The directory relative paths are resolved against. */
  cwd: string;
  /** Whether stdout is a terminal (a person reading, not a pipe or a file); default false. */
  stdoutIsTTY?: boolean;
  /** Whether stderr is a terminal, where progress is a bar redrawn in place; default false. */
  stderrIsTTY?: boolean;
  /** The width of the stderr terminal in characters, when it is one. */
  columns?: number;
}

/**
 * The real process streams and working directory.
 *
 * @returns an io writing to `process.stdout` and `process.stderr`
 */
export function processIo(): CliIo {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    cwd: process.cwd(),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    ...(process.stderr.columns === undefined ? {} : { columns: process.stderr.columns }),
  };
}

/**
 * Writes a binary result (an `.xlsx` workbook) to `--out`, creating its folder, through a
 * temporary file renamed into place (a failure leaves the old file as it was). Binary
 * output never goes to stdout: the command asks for `--out` before it starts.
 *
 * @param io - the io
 * @param bytes - the file's bytes
 * @param out - the `--out` path, relative to `io.cwd`
 * @returns the absolute path written
 */
export function emitBinary(io: CliIo, bytes: Uint8Array, out: string): string {
  const path = resolve(io.cwd, out);
  writeAtomically(path, bytes);
  io.stderr(`wrote ${path}\n`);
  return path;
}

/**
 * Writes a result to `--out` (creating its folder, through a temporary file renamed into
 * place, so a failure leaves the old file as it was) or, without it, to stdout.
 *
 * @param io - the io
 * @param text - the result, whole or in pieces
 * @param out - the `--out` path, relative to `io.cwd`
 * @returns the absolute path written, or undefined for stdout
 */
export function emit(io: CliIo, text: string | Iterable<string>, out: string | undefined): string | undefined {
  if (out === undefined) {
    if (typeof text === "string") io.stdout(text);
    else for (const piece of text) io.stdout(piece);
    return undefined;
  }
  const path = resolve(io.cwd, out);
  writeAtomically(path, text);
  io.stderr(`wrote ${path}\n`);
  return path;
}
