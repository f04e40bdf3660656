import { parsedUpTo } from "../errors";
import { readCsv } from "./csv";
import { readDecoded, readWholeText, type Encoding } from "./decode";
import { ExportReadError } from "./errors";
import type { UnknownColumn } from "./headers";
import type { Location } from "./location";
import type { Provenance } from "./provenance";
import { TableReader, type TableRecords } from "./table-records";
import type { FieldKind } from "./field-kinds";

/** The records of one file, each with where it came from. */
export interface FileRecords {
  records: unknown[];
  sources: Provenance[];
  /** Columns of a table the model has no field for. */
  unknown: UnknownColumn[];
  /** The encoding the file was read in. */
  encoding: "utf-8" | "windows-1252";
}

/**
 * The records of a table, with their provenance.
 *
 * @param table - what a {@link TableReader} read
 * @param where - the table's file and sheet
 * @returns the records, provenance and unknown columns
 */
export function tableFileRecords(table: TableRecords, where: Location): Omit<FileRecords, "encoding"> {
  const base = { file: where.file, ...(where.sheet === undefined ? {} : { sheet: where.sheet }), format: "table" as const, headers: table.headers };
  return { records: table.records, sources: table.rows.map((line) => ({ ...base, line })), unknown: table.unknown };
}

/**
 * Reads one text file of records: CSV (as a stream, row by row), NDJSON (one JSON record
 * a line, blank lines skipped, as a stream) or JSON (an array, or an object holding the
 * array under the collection's name).
 *
 * @param path - the file's path
 * @param name - the file's name, for messages
 * @param format - the file's format
 * @param collection - the collection the records belong to
 * @param fields - for CSV: the fields its columns may name
 * @param encoding - the text encoding, or `"auto"`
 * @returns the records and their provenance
 * @throws {@link ExportReadError} naming the file (and line) when it cannot be read
 */
export async function readCollectionFile(
  path: string, name: string, format: "csv" | "ndjson" | "json", collection: string,
  fields: ReadonlyMap<string, FieldKind>, encoding: Encoding,
): Promise<FileRecords> {
  if (format === "csv") {
    const read = await readDecoded(path, name, encoding, async (chunks) => {
      const table = new TableReader({ file: name }, fields);
      await readCsv(chunks, name, (cells, line) => table.add(cells, line));
      return tableFileRecords(table.finish(), { file: name });
    });
    return { ...read.value, encoding: read.encoding };
  }
  if (format === "ndjson") {
    const read = await readDecoded(path, name, encoding, (chunks) => readNdjson(chunks, name));
    return { ...read.value, unknown: [], encoding: read.encoding };
  }
  const text = await readWholeText(path, name, encoding);
  const value = parseJson(text.value, { file: name });
  const list = Array.isArray(value) ? value
    : typeof value === "object" && value !== null && Array.isArray((value as Record<string, unknown>)[collection])
      ? (value as Record<string, unknown[]>)[collection] as unknown[] : undefined;
  if (list === undefined) throw new ExportReadError({ file: name }, `expected a JSON array of ${collection} records`);
  return { records: list, sources: list.map(() => ({ file: name, format: "json" })), unknown: [], encoding: text.encoding };
}

async function readNdjson(chunks: AsyncIterable<string>, name: string): Promise<{ records: unknown[]; sources: Provenance[] }> {
  const out: { records: unknown[]; sources: Provenance[] } = { records: [], sources: [] };
  let line = 0;
  const takeLine = (text: string): void => {
    line++;
    if (text.trim() === "") return;
    out.records.push(parseJson(text, { file: name, line }));
    out.sources.push({ file: name, format: "ndjson", line });
  };
  // Line ends may be LF, CRLF or a lone CR (old Mac exports).
  const take = (text: string): void => {
    const body = text.endsWith("\r") ? text.slice(0, -1) : text;
    if (!body.includes("\r")) takeLine(body);
    else for (const part of body.split("\r")) takeLine(part);
  };
  // The unfinished line is kept in pieces, and only each new chunk is searched for line ends:
  // a line of 80 MB with no line feed costs one pass, not one pass per chunk.
  let pieces: string[] = [];
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf("\n"); end >= 0; end = chunk.indexOf("\n", start)) {
      pieces.push(chunk.slice(start, end));
      take(pieces.join(""));
      pieces = [];
      start = end + 1;
    }
    if (start < chunk.length) pieces.push(chunk.slice(start));
  }
  const last = pieces.join("");
  if (last !== "") take(last);
  return out;
}

/**
 * Parses JSON text.
 *
 * @param text - the text
 * @param where - the file (and line), for messages
 * @returns the value
 * @throws {@link ExportReadError} naming `where` and where the parser stopped (never the text)
 */
export function parseJson(text: string, where: Location): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new ExportReadError(where, `not valid JSON${parsedUpTo(e)}`);
  }
}
