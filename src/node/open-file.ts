import { constants, type ReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { ExportReadError } from "./errors";

/**
 * Opens a file for reading only if it is a regular file. The file is opened without
 * blocking and checked on its descriptor, so a FIFO named `areas.csv` is refused at once
 * instead of waiting forever for a writer (and nothing can swap the file in between).
 *
 * @param path - the file's path
 * @param name - the name for messages
 * @returns a stream of the file's bytes
 * @throws {@link ExportReadError} when the file is missing, unreadable or not a regular file
 */
export async function openRegularFile(path: string, name: string): Promise<ReadStream> {
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
  return handle.createReadStream();
}
