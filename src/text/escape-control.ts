const NAMED: Readonly<Record<number, string>> = { 0x09: "\\t", 0x0a: "\\n", 0x0d: "\\r" };

/**
 * Whether a code point must not reach a terminal raw: C0 and C1 control characters (escape
 * sequences, carriage return, backspace), DEL, the line and paragraph separators, and the
 * bidirectional marks, overrides and isolates that can make text display in another order.
 */
function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x200e || code === 0x200f
    || code === 0x2028 || code === 0x2029 || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/**
 * Text safe to print on a terminal or in a log: every control character is shown escaped
 * (`\x1b`, `\r`, `\n`, `\t`, `\u202e`) instead of acting on the screen. Other text is
 * unchanged.
 *
 * @param text - an id, a key or a path segment that came from the input
 * @returns the text with its control characters escaped
 * @example
 * escapeControl("s1\x1b[2J"); // "s1\\x1b[2J"
 * escapeControl("a\rb"); // "a\\rb"
 */
export function escapeControl(text: string): string {
  return escaped(text, false);
}

/**
 * Like {@link escapeControl}, but keeps line feeds and tabs: for whole lines of text, such
 * as the command line's messages, whose own line breaks must stay line breaks. A carriage
 * return is still escaped, so no line can overwrite another.
 *
 * @param text - lines about to be written to a terminal
 * @returns the text with every other control character escaped
 * @example
 * escapeControlKeepingLines("staff s1\x1b[31m\n"); // "staff s1\\x1b[31m\n"
 */
export function escapeControlKeepingLines(text: string): string {
  return escaped(text, true);
}

function escaped(text: string, keepLines: boolean): string {
  let out = "";
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isControl(code) || (keepLines && (code === 0x0a || code === 0x09))) continue;
    out += text.slice(start, i) + (NAMED[code] ?? (code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`));
    start = i + 1;
  }
  return start === 0 ? text : out + text.slice(start);
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, "0");
}
