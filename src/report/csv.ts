/**
 * Quotes one CSV field as RFC 4180 asks: a field containing a comma, a double quote, a
 * carriage return or a line feed is wrapped in double quotes, its quotes doubled. Leading
 * or trailing spaces are quoted too, so that no reader trims them.
 *
 * @param value - the field's text (`undefined` and `null` give an empty field)
 * @returns the field as written in the file
 * @example
 * csvField('He said "no", twice'); // '"He said ""no"", twice"'
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === undefined || value === null) return "";
  const s = String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Writes a CSV document: a header row, then one row per record, each line ended by CRLF
 * (RFC 4180).
 *
 * @param header - the column names
 * @param rows - the rows, each as many cells as the header
 * @returns the CSV text
 * @example
 * toCsv(["id", "status"], [["o1", "met"]]); // "id,status\r\no1,met\r\n"
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
): string {
  const lines = [header.map(csvField).join(",")];
  for (const row of rows) lines.push(row.map(csvField).join(","));
  return lines.join("\r\n") + "\r\n";
}
