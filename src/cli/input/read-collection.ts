import { readFileSync } from "node:fs";
import { parsedUpTo } from "../../errors";
import { InputError } from "../errors";
import { csvRecords } from "./csv-records";
import { fieldKinds } from "./field-kinds";
import type { Provenance } from "./provenance";

/** The records of one file, each with where it came from. */
export interface FileRecords {
  records: unknown[];
  sources: Provenance[];
}

/**
 * Reads one file of records: a JSON array (or an object holding the array under the
 * collection's name), NDJSON (one JSON record a line, blank lines skipped) or CSV.
 *
 * @param path - the file's path
 * @param name - the file's name, for messages
 * @param collection - the collection the records belong to
 * @param format - the file's format, from its extension
 * @param prefix - `<field>[].` when the file holds the items of a record field (`children[].`)
 * @returns the records and their provenance
 * @throws {@link InputError} naming the file (and line) when it cannot be read
 */
export function readCollectionFile(
  path: string, name: string, collection: string, format: Provenance["format"], prefix = "",
): FileRecords {
  const text = readText(path, name);
  if (format === "csv") {
    const { records, lines } = csvRecords(text, name, fieldKinds(collection), prefix);
    return { records, sources: lines.map((line) => ({ file: name, format, line })) };
  }
  if (format === "ndjson") {
    const out: FileRecords = { records: [], sources: [] };
    text.split(/\r?\n/).forEach((l, k) => {
      if (l.trim() === "") return;
      out.records.push(parseJson(l, `${name} line ${k + 1}`));
      out.sources.push({ file: name, format, line: k + 1 });
    });
    return out;
  }
  const value = parseJson(text, name);
  const list = Array.isArray(value) ? value
    : typeof value === "object" && value !== null && Array.isArray((value as Record<string, unknown>)[collection])
      ? (value as Record<string, unknown[]>)[collection] as unknown[] : undefined;
  if (list === undefined) throw new InputError(`${name}: expected a JSON array of ${collection} records`);
  return { records: list, sources: list.map(() => ({ file: name, format })) };
}

/**
 * Reads a file as UTF-8 text.
 *
 * @param path - the file's path
 * @param name - the name to use in messages
 * @returns the text
 * @throws {@link InputError} when the file cannot be read
 */
export function readText(path: string, name: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new InputError(`${name}: cannot read the file${code === undefined ? "" : ` (${code})`}`);
  }
}

/**
 * Parses JSON text.
 *
 * @param text - the text
 * @param where - the file (and line), for messages
 * @returns the value
 * @throws {@link InputError} naming `where` and where the parser stopped (never the text)
 */
export function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
  } catch (e) {
    throw new InputError(`${where}: not valid JSON${parsedUpTo(e)}`);
  }
}
