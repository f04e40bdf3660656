import { closeSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { InputError, UsageError } from "./errors";

let written = 0;

/** A plain reason for a failed write, from a Node error's code: never a stack trace. */
function reasonOf(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  switch (code) {
    case "ENOSPC": return "the disk is full";
    case "EDQUOT": return "the disk quota is used up";
    case "EACCES": case "EPERM": return "permission denied";
    case "EISDIR": case "ENOTEMPTY": case "EEXIST": return "it is a folder";
    case "ENOTDIR": return "part of its path is a file, not a folder";
    case "EROFS": return "the file system is read-only";
    default: return typeof code === "string" ? `the system said ${code}` : "the write failed";
  }
}

/**
 * Writes a result file so that it can never be left half-written: into a temporary file
 * beside it, renamed into place only once complete. On any failure the temporary file is
 * removed, the old file (last week's report) stays as it was, and an {@link InputError}
 * (exit 2) says plainly what went wrong.
 *
 * @param path - the absolute path to write
 * @param data - the file's text or bytes, or its text in pieces (never one string: past V8's longest string)
 * @throws InputError when the file cannot be written, naming the path and the reason
 */
export function writeAtomically(path: string, data: string | Uint8Array | Iterable<string>): void {
  const temporary = temporaryBeside(path);
  try {
    const fd = openSync(temporary, "w");
    try {
      if (typeof data === "string" || data instanceof Uint8Array) writeAll(fd, data);
      else for (const piece of data) writeAll(fd, piece);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (e) {
    failed(path, temporary, e);
  }
}

/**
 * Like {@link writeAtomically}, for a writer that makes the file itself (a streamed workbook):
 * `write` writes the temporary file, which is renamed into place only once it has finished.
 *
 * @param path - the absolute path to write
 * @param write - writes the whole file at the path it is given
 * @throws InputError when the file cannot be written, naming the path and the reason
 */
export async function writeAtomicallyWith(path: string, write: (temporary: string) => Promise<void>): Promise<void> {
  const temporary = temporaryBeside(path);
  try {
    await write(temporary);
    renameSync(temporary, path);
  } catch (e) {
    failed(path, temporary, e);
  }
}

/** A fresh temporary path beside `path`, its folder made; refuses a folder at `path` itself. */
function temporaryBeside(path: string): string {
  let isFolder = false;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    // Nothing there yet: the usual case.
  }
  if (isFolder) throw new InputError(`cannot write ${path}: it is a folder; give a file name`);
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (e) {
    throw new InputError(`cannot write ${path}: ${reasonOf(e)}; nothing was changed there`, { cause: e });
  }
  return join(dirname(path), `.${basename(path)}.${process.pid}-${++written}.tmp`);
}

/** Removes the temporary file and says plainly why the write failed. */
function failed(path: string, temporary: string, e: unknown): never {
  rmSync(temporary, { force: true });
  throw new InputError(`cannot write ${path}: ${reasonOf(e)}; nothing was changed there`, { cause: e });
}

/** Writes all of a text or bytes: one call to `writeSync` may write only part. */
function writeAll(fd: number, data: string | Uint8Array): void {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done);
}

/** A path as the file system knows it: through links, when it exists. */
function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Refuses an `--out` that names one of the command's inputs (the council's export, last
 * week's `--since` file, a policy): writing there would overwrite what was read.
 *
 * @param cwd - the directory paths are resolved against
 * @param out - the `--out` path, if any
 * @param inputs - the paths the command reads (undefined entries are skipped)
 * @throws UsageError naming the clash
 */
export function refuseOutOverInput(cwd: string, out: string | undefined, inputs: readonly (string | undefined)[]): void {
  if (out === undefined) return;
  const target = canonical(resolve(cwd, out));
  for (const input of inputs) {
    if (input !== undefined && canonical(resolve(cwd, input)) === target) {
      throw new UsageError(`--out ${out} is also an input of this command: writing it would overwrite what was read; choose another file`);
    }
  }
}
