import { closeSync, constants, fstatSync, openSync, readFileSync, type ReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { ExportReadError } from "./errors";

/**
 * Opens a file for reading only if it is a regular file. The file is opened without
 * blocking and checked on its descriptor, so a FIFO named `areas.csv` is refused at once
 * instead of waiting forever for a writer (and nothing can swap the file in between).
 *
 * @param path - the file's path
 * @param name - the name for messages
 * @param whole - whether it is to be read whole (as one text): then a file over {@link MAX_WHOLE_TEXT_BYTES} is refused
 * @returns a stream of the file's bytes
 * @throws {@link ExportReadError} when the file is missing, unreadable or not a regular file
 */
export async function openRegularFile(path: string, name: string, whole = false): Promise<ReadStream> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new ExportReadError({ file: name }, code === "ENOENT" ? "no such file" : `cannot read the file${code === undefined ? "" : ` (${code})`}`);
  }
  const stat = await handle.stat();
  if (!stat.isFile()) {
    await handle.close();
    throw new ExportReadError({ file: name }, "not a regular file (a pipe, device, socket or folder): only regular files are read");
  }
  const tooLarge = whole ? tooLargeToReadWhole(stat.size) : undefined;
  if (tooLarge !== undefined) {
    await handle.close();
    throw new ExportReadError({ file: name }, tooLarge);
  }
  return handle.createReadStream();
}

/**
 * The largest file read whole as text (a JSON export, a `--since` evaluation, a policy, a
 * scenario): a little under V8's longest string, so that a larger file is refused with a
 * message instead of a crash.
 */
export const MAX_WHOLE_TEXT_BYTES = 500 * 1024 * 1024;

/** Megabytes, for messages. */
const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024)).toLocaleString("en-GB")} MB`;

/**
 * Why a file of this size may not be read whole, or undefined when it may.
 *
 * @param size - the file's size in bytes
 * @returns the reason
 */
export function tooLargeToReadWhole(size: number): string | undefined {
  return size > MAX_WHOLE_TEXT_BYTES
    ? `too large to read whole (${megabytes(size)}; at most ${megabytes(MAX_WHOLE_TEXT_BYTES)}): split it, or give it as CSV or NDJSON, which are read as a stream`
    : undefined;
}

/**
 * Reads a whole file, synchronously, only if it is a regular file no larger than
 * {@link MAX_WHOLE_TEXT_BYTES}: a FIFO, a device such as `/dev/zero` or a folder is refused at
 * once, without waiting or reading.
 *
 * @param path - the file's path
 * @returns its bytes
 * @throws Error whose message says plainly why it was refused (no such file, not a regular file, too large)
 */
export function readRegularFileSync(path: string): Buffer {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new Error(code === "ENOENT" ? "no such file" : `cannot read the file${code === undefined ? "" : ` (${code})`}`, { cause: e });
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new Error("not a regular file (a pipe, device, socket or folder): only regular files are read");
    const tooLarge = tooLargeToReadWhole(stat.size);
    if (tooLarge !== undefined) throw new Error(tooLarge);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}
