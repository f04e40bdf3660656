import { ExportReadError } from "./errors";
import { openRegularFile } from "./open-file";

/** How the bytes of a text file are read: UTF-8, Windows-1252, or UTF-8 with Windows-1252 as the fallback. */
export type Encoding = "utf-8" | "windows-1252" | "auto";

const SAVE_AS = 'save it from Excel as "CSV UTF-8 (Comma delimited)", or give its encoding';

/** Invalid UTF-8 met while decoding: the caller may read the file again as Windows-1252. */
class NotUtf8 extends Error {}

/**
 * Characters that text in Windows-1252 does not hold: controls other than tab and line ends,
 * and the five bytes Windows-1252 leaves undefined (decoded as C1 controls). Finding one
 * means the bytes are not Windows-1252 text either (a binary file, UTF-16).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u0080-\u009F]/;

async function* decoded(path: string, name: string, encoding: "utf-8" | "windows-1252", whole: boolean): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding, { fatal: true });
  let first = true;
  for await (const chunk of await openRegularFile(path, name, whole)) {
    const bytes = chunk as Buffer;
    if (first && bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
      throw new ExportReadError({ file: name }, `saved as UTF-16 ("Unicode text"): ${SAVE_AS}`);
    }
    first = false;
    let text;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      throw new NotUtf8();
    }
    if (encoding === "windows-1252" && NOT_TEXT.test(text)) {
      throw new ExportReadError({ file: name }, `holds bytes that are neither UTF-8 nor Windows-1252 text: ${SAVE_AS}`);
    }
    if (text !== "") yield text;
  }
  try {
    const rest = decoder.decode();
    if (rest !== "") yield rest;
  } catch {
    throw new NotUtf8();
  }
}

/**
 * Reads a text file through `consume`, in chunks of decoded text. UTF-8 is decoded
 * strictly (a byte-order mark is dropped): with `"auto"`, a file that is not valid UTF-8
 * is read again from the start as Windows-1252 (what Excel's plain "CSV" writes on
 * Windows) when its bytes are plausible Windows-1252 text; otherwise, and with `"utf-8"`,
 * it is refused with a message saying how to save it.
 *
 * @param path - the file's path
 * @param name - the name for messages
 * @param encoding - the encoding to use, or `"auto"`
 * @param consume - reads the chunks; called again from the start if the file is re-read
 * @param whole - whether the file is read whole into one text (then one over the whole-text limit is refused)
 * @returns what `consume` returned, and the encoding the file was read in
 * @throws {@link ExportReadError} for a file that is not a regular file or not text in the encoding
 */
export async function readDecoded<T>(
  path: string, name: string, encoding: Encoding, consume: (chunks: AsyncIterable<string>) => Promise<T>, whole = false,
): Promise<{ value: T; encoding: "utf-8" | "windows-1252" }> {
  if (encoding !== "auto") return { value: await run(path, name, encoding, consume, whole), encoding };
  try {
    return { value: await consume(decoded(path, name, "utf-8", whole)), encoding: "utf-8" };
  } catch (e) {
    if (!(e instanceof NotUtf8)) throw e;
  }
  return { value: await consume(decoded(path, name, "windows-1252", whole)), encoding: "windows-1252" };
}

async function run<T>(
  path: string, name: string, encoding: "utf-8" | "windows-1252", consume: (chunks: AsyncIterable<string>) => Promise<T>, whole: boolean,
): Promise<T> {
  try {
    return await consume(decoded(path, name, encoding, whole));
  } catch (e) {
    if (e instanceof NotUtf8) throw new ExportReadError({ file: name }, `is not valid UTF-8: ${SAVE_AS}`);
    throw e;
  }
}

/**
 * Reads a whole text file (for JSON), decoded as {@link readDecoded} does; a file over the
 * whole-text limit (about 500 MB, under V8's longest string) is refused with a message.
 *
 * @param path - the file's path
 * @param name - the name for messages
 * @param encoding - the encoding to use, or `"auto"`
 * @returns the text and the encoding it was read in
 */
export async function readWholeText(path: string, name: string, encoding: Encoding): Promise<{ value: string; encoding: "utf-8" | "windows-1252" }> {
  return readDecoded(path, name, encoding, async (chunks) => {
    const parts: string[] = [];
    for await (const c of chunks) parts.push(c);
    return parts.join("");
  }, true);
}
