import { escapeControl, escapeControlKeepingLines } from "../text/escape-control";

/**
 * Escapes text for HTML or SVG content and attribute values.
 *
 * @param text - any text, possibly from the dataset
 * @returns the text with `& < > " '` replaced by entities, and control characters other than
 *   line feeds and tabs shown escaped (`\x1b`), so the page reads the same in a terminal
 * @example
 * escapeHtml('<b>"A&B"</b>'); // "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;"
 */
export function escapeHtml(text: string | number): string {
  return escapeControlKeepingLines(String(text))
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
 * `vbscript:` and `data:` too, any line break (CR, LF or CRLF) becomes a space so a
 * table row stays one row, and every other control character (ESC, which could drive a
 * terminal showing the file) is shown escaped (`\x1b`).
 *
 * @param text - any text, possibly from the dataset or the policy
 * @returns the escaped text, on one line
 * @example
 * escapeMarkdown("North | <b>"); // "North \\| &lt;b&gt;"
 */
export function escapeMarkdown(text: string | number): string {
  return escapeControl(String(text).replace(/\r\n|\r|\n/g, " "))
    .replace(MARKDOWN_INLINE, "\\$&")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(MARKDOWN_LINE_START, "$1\\$2")
    .replace(SCRIPT_SCHEME, "$1\\$2");
}
