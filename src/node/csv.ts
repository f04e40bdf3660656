import { finished } from "node:stream/promises";
import { CsvError, parse, type Info } from "csv-parse";
import { ExportReadError } from "./errors";
import { atIndex } from "../util/at-index";

/** Receives each row of a table: its cells and the line of the file it starts on (1-based). */
export type RowSink = (cells: readonly string[], line: number) => void;

const PROBLEMS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: "a quoted field is never closed",
  CSV_INVALID_CLOSING_QUOTE: "text after the closing quote of a field",
  CSV_MAX_RECORD_SIZE: "a field is too long",
};

/** The delimiter the first line shows: what a `sep=;` line (as Excel writes it) says, or `;` when the header has more semicolons than commas outside quotes. */
function delimiterOf(firstLine: string): { delimiter: string; sepLine: boolean } {
  const sep = /^"?sep=(.)"?\r?$/i.exec(firstLine);
  if (sep !== null) return { delimiter: atIndex(sep, 1), sepLine: true };
  const unquoted = firstLine.replace(/"[^"]*"/g, "");
  const commas = unquoted.split(",").length;
  const semicolons = unquoted.split(";").length;
  return { delimiter: semicolons > commas ? ";" : ",", sepLine: false };
}

/**
 * Reads CSV text as a stream of rows, with `csv-parse`: RFC 4180 quoting (line breaks and
 * `""` inside quotes), CRLF, LF or CR line ends, a byte-order mark, a `sep=;` first line,
 * and semicolon-separated files (detected from the header line). A quote inside an
 * unquoted field is kept as text. Every row, blank ones included, is given with the line
 * it starts on, so messages can point at the file's own line numbers.
 *
 * @param chunks - the decoded text, in chunks
 * @param file - the file's name, for messages
 * @param onRow - receives each row as it is parsed (nothing is buffered)
 * @throws {@link ExportReadError} naming the line for a quote never closed
 */
export async function readCsv(chunks: AsyncIterable<string>, file: string, onRow: RowSink): Promise<void> {
  let offset = 0; // the line taken by a `sep=` line
  let lastEnd = 0; // the line the last row ended on
  let parser: ReturnType<typeof parse> | undefined;
  let head = "";
  let failure: unknown; // what onRow threw: csv-parse would not pass it on
  const start = (firstLine: string): ReturnType<typeof parse> => {
    const d = delimiterOf(firstLine);
    offset = d.sepLine ? 1 : 0;
    return parse({
      delimiter: d.delimiter, bom: true, relax_quotes: true, relax_column_count: true, skip_empty_lines: false,
      record_delimiter: ["\r\n", "\n", "\r"],
      on_record: (record: string[], info: Info) => {
        if (failure === undefined) {
          try { onRow(record, lastEnd + 1 + offset); } catch (e) { failure = e; }
        }
        lastEnd = info.lines;
        return null; // rows go to onRow: the stream itself carries nothing
      },
    }).resume();
  };
  const write = async (p: ReturnType<typeof parse>, text: string): Promise<void> => {
    await new Promise<void>((ok, fail) => p.write(text, (e) => (e ? fail(e) : ok())));
    if (failure !== undefined) throw failure;
  };
  try {
    for await (const chunk of chunks) {
      if (parser !== undefined) { await write(parser, chunk); continue; }
      head += chunk;
      const end = head.indexOf("\n");
      if (end < 0) continue;
      parser = start(head.slice(0, end));
      await write(parser, offset === 1 ? head.slice(end + 1) : head);
    }
    if (parser === undefined) {
      parser = start(head);
      if (offset === 0) await write(parser, head);
    }
    parser.end();
    await finished(parser);
    if (failure !== undefined) throw failure;
  } catch (e) {
    if (e instanceof CsvError) {
      throw new ExportReadError({ file, row: lastEnd + 1 + offset }, PROBLEMS[e.code] ?? "the CSV cannot be read from here");
    }
    throw e;
  }
}
