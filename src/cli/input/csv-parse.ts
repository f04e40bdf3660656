/** One parsed CSV row: its cells and the line of the file it starts on (1-based). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** A CSV text that cannot be read: where and why. */
export class CsvSyntaxError extends Error {
  constructor(readonly line: number, readonly reason: string) {
    super(`line ${line}: ${reason}`);
    this.name = "CsvSyntaxError";
  }
}

/**
 * Parses CSV text (RFC 4180: comma-separated, fields optionally in double quotes, `""`
 * for a quote inside quotes, line breaks inside quotes kept; CRLF or LF line ends; a
 * leading byte-order mark ignored). Blank lines are skipped. A quote inside an unquoted
 * field is kept as text, as spreadsheet exports write it.
 *
 * @param text - the file's text
 * @returns the rows, each with the line it starts on
 * @throws {@link CsvSyntaxError} for a quoted field never closed, or text after a closing quote
 * @example
 * parseCsv('id,name\r\n1,"Smith, J"\r\n'); // [{ line: 1, cells: ["id","name"] }, { line: 2, cells: ["1","Smith, J"] }]
 */
export function parseCsv(text: string): CsvRow[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  let line = 1;
  let i = 0;
  const n = src.length;
  while (i < n) {
    const start = line;
    const cells: string[] = [];
    for (;;) {
      let cell = "";
      if (src[i] === '"') {
        const open = line;
        i++;
        for (;;) {
          if (i >= n) throw new CsvSyntaxError(open, "a quoted field is never closed");
          const c = src[i] as string;
          if (c === '"') {
            if (src[i + 1] === '"') { cell += '"'; i += 2; continue; }
            i++;
            break;
          }
          if (c === "\n") line++;
          cell += c;
          i++;
        }
        if (i < n && src[i] !== "," && src[i] !== "\n" && src[i] !== "\r") {
          throw new CsvSyntaxError(line, "text after the closing quote of a field");
        }
      } else {
        while (i < n && src[i] !== "," && src[i] !== "\n" && src[i] !== "\r") cell += src[i++];
      }
      cells.push(cell);
      if (src[i] === ",") { i++; continue; }
      break;
    }
    if (src[i] === "\r") i++;
    if (src[i] === "\n") i++;
    line++;
    if (!(cells.length === 1 && cells[0] === "")) rows.push({ line: start, cells });
  }
  return rows;
}
