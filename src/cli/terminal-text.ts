/**
 * Shows control characters as visible escapes, so that an id or a message from the data
 * cannot move the cursor, recolour or rewrite the terminal: `\x1B[2J` prints as the text
 * `\x1B[2J`. Line feeds and tabs are kept (the CLI's own lines use them); every other C0
 * character, DEL and the C1 range are escaped as `\xHH`.
 *
 * @param text - text about to be written to a terminal
 * @returns the text with its control characters escaped
 * @example
 * escapeControlForTerminal("staff s1\x1b[31m\n"); // "staff s1\\x1B[31m\n"
 */
export function escapeControlForTerminal(text: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return text.replace(/[\x00-\x08\x0B-\x1F\x7F-\x9F]/g, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
