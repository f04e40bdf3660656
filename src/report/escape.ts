/**
 * Escapes text for HTML or SVG content and attribute values.
 *
 * @param text - any text, possibly from the dataset
 * @returns the text with `& < > " '` replaced by entities
 * @example
 * escapeHtml('<b>"A&B"</b>'); // "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;"
 */
export function escapeHtml(text: string | number): string {
  return String(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Characters Markdown reads as syntax anywhere in a line (GitHub-flavoured tables and inlines). */
const MARKDOWN_INLINE = /[\\`*_[\]|~]/g;
/** Characters Markdown reads as syntax at the start of a line: headings, lists, setext underlines. */
const MARKDOWN_LINE_START = /^(\s*)([#+\-=])/;
/** URL schemes that run code when followed: their colon is escaped so no link can form. */
const SCRIPT_SCHEME = /\b(javascript|vbscript|data)(:)/gi;

/**
 * Escapes text for Markdown: a table cell, a heading or a line of prose. What comes out
 * reads as the same text and never as syntax: `\ | * _ [ ] ~` and backticks get a
 * backslash, `& < >` become entities (so `<script>` stays inert and no autolink or HTML
 * can form), a leading `#`, `+`, `-` or `=` is escaped, the colon of `javascript:`,
 * `vbscript:` and `data:` too, and any line break (CR, LF or CRLF) becomes a space so a
 * table row stays one row.
 *
 * @param text - any text, possibly from the dataset or the policy
 * @returns the escaped text, on one line
 * @example
 * escapeMarkdown("North | <b>"); // "North \\| &lt;b&gt;"
 */
export function escapeMarkdown(text: string | number): string {
  return String(text)
    .replace(/\r\n|\r|\n/g, " ")
    .replace(MARKDOWN_INLINE, "\\$&")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(MARKDOWN_LINE_START, "$1\\$2")
    .replace(SCRIPT_SCHEME, "$1\\$2");
}

/** C0 and C1 control characters, DEL, and the bidirectional overrides that can reorder what a terminal shows. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED_ESCAPES: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t", "\u001b": "\\e" };

/**
 * Makes text safe to print on a terminal: control characters (escape sequences, carriage
 * returns, bells), DEL and bidirectional overrides are shown escaped (`\e`, `\r`, `\n`,
 * `\t`, else `\u{9b}`), so an id from the data cannot move the cursor, recolour the screen
 * or hide a line. A backslash is doubled, so what is shown is unambiguous.
 *
 * @param text - any text, possibly from the dataset or the policy
 * @returns the text with every unprintable character shown as an escape
 * @example
 * escapeTerminal("p1\u001b[2Jx\r"); // "p1\\e[2Jx\\r"
 */
export function escapeTerminal(text: string | number): string {
  return String(text).replace(/\\/g, "\\\\").replace(UNPRINTABLE, (c) =>
    NAMED_ESCAPES[c] ?? `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`);
}
