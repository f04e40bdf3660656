import { atIndex } from "../util/at-index";
/**
 * Simple patterns: the only patterns a policy may give (`supervision.urnPattern`), matched in
 * time linear in the text, so no pattern and no text can make a match take long (a
 * regular expression such as `^(a+)+$` backtracks exponentially).
 *
 * A simple pattern is `^`, a sequence of items, then `$`: the whole text must match. An
 * item is a character, `.` (any character but a line end), an escape (`\d` a digit, `\w` a
 * letter, digit or `_`, `\` before a punctuation character for itself) or a class such as
 * `[0-9]`, `[A-Z0-9-]` or `[^ ]`; each may be followed by a count: `?`, `*`, `+`, `{n}`,
 * `{m,}` or `{m,n}` (n at most 1,000). Groups, alternation (`|`), lookarounds and
 * backreferences are not part of it.
 *
 * @module
 */

/** Longest pattern accepted, in characters. */
const MAX_PATTERN_LENGTH = 200;
/** Largest count in `{m,n}`. */
const MAX_COUNT = 1000;

type CharTest = (c: string) => boolean;
interface Item {
  test: CharTest;
  min: number;
  max: number;
}

const PUNCTUATION = "\\^$.|?*+()[]{}-/";
const CLASSES: Readonly<Record<string, CharTest>> = {
  d: (c) => c >= "0" && c <= "9",
  w: (c) => (c >= "0" && c <= "9") || (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_",
};
/** `.`: any character but a line end, as in a regular expression. */
const notLineEnd: CharTest = (c) => c !== "\n" && c !== "\r" && c !== "\u2028" && c !== "\u2029";

class PatternError extends Error {}

/**
 * Why a pattern is not a simple pattern, in plain words, or undefined when it is one.
 *
 * @param source - the pattern
 * @returns the problem, or undefined
 * @example
 * simplePatternProblem("^[0-9]{1,12}$"); // undefined
 * simplePatternProblem("^(a+)+$"); // "groups ( ) are not allowed: ..."
 */
export function simplePatternProblem(source: string): string | undefined {
  try {
    parse(source);
    return undefined;
  } catch (e) {
    if (e instanceof PatternError) return e.message;
    throw e;
  }
}

/**
 * Compiles a simple pattern into a test of whole texts, linear in the text's length.
 *
 * @param source - a simple pattern (see the module's description)
 * @returns the test
 * @throws Error when the pattern is not a simple pattern (check it with {@link simplePatternProblem} first)
 * @example
 * const isUrn = compileSimplePattern("^[0-9]{1,12}$");
 * isUrn("100234"); // true
 * isUrn("Jane Doe"); // false
 */
export function compileSimplePattern(source: string): (text: string) => boolean {
  const items = parse(source);
  return (text) => matches(items, Array.from(text));
}

/**
 * Whether the items match the whole text: the set of positions reachable after each item is
 * computed from the previous set in one pass (each start reaches an interval of ends), so
 * the time is the number of items times the text's length.
 */
function matches(items: readonly Item[], chars: readonly string[]): boolean {
  const n = chars.length;
  let reach = new Uint8Array(n + 1);
  reach[0] = 1;
  for (const item of items) {
    const run = new Int32Array(n + 1); // run[p]: how many characters from p match the item
    for (let p = n - 1; p >= 0; p--) run[p] = item.test(atIndex(chars, p)) ? atIndex(run, p + 1) + 1 : 0;
    const cover = new Int32Array(n + 2); // +1 where an interval of reachable ends starts, -1 after it ends
    let any = false;
    for (let p = 0; p <= n; p++) {
      if (reach[p] !== 1) continue;
      const last = p + Math.min(item.max, atIndex(run, p));
      if (p + item.min > last) continue;
      cover[p + item.min] = atIndex(cover, p + item.min) + 1;
      cover[last + 1] = atIndex(cover, last + 1) - 1;
      any = true;
    }
    if (!any) return false;
    const next = new Uint8Array(n + 1);
    let open = 0;
    for (let p = 0; p <= n; p++) {
      open += atIndex(cover, p);
      next[p] = open > 0 ? 1 : 0;
    }
    reach = next;
  }
  return reach[n] === 1;
}

function parse(source: string): Item[] {
  const chars = Array.from(source);
  if (chars.length > MAX_PATTERN_LENGTH) throw new PatternError(`must be at most ${MAX_PATTERN_LENGTH} characters`);
  if (chars[0] !== "^" || chars[chars.length - 1] !== "$" || chars.length < 2) {
    throw new PatternError("must start with ^ and end with $: the whole entry must match, as in ^[0-9]{1,12}$");
  }
  const items: Item[] = [];
  let i = 1;
  const end = chars.length - 1;
  while (i < end) {
    const c = atIndex(chars, i);
    let test: CharTest;
    if (c === "[") [test, i] = parseClass(chars, i + 1, end);
    else if (c === "\\") [test, i] = parseEscape(chars, i + 1, end);
    else if (c === ".") [test, i] = [notLineEnd, i + 1];
    else if ("()|".includes(c)) throw new PatternError("groups ( ) and alternation | are not allowed: use characters and classes such as [0-9] with counts such as {1,12}");
    else if ("^$?*+{}]".includes(c)) throw new PatternError(`a ${c} is out of place: write \\${c} for the character itself`);
    else [test, i] = [(x) => x === c, i + 1];
    const [min, max, next] = parseCount(chars, i, end);
    items.push({ test, min, max });
    i = next;
  }
  return items;
}

function parseEscape(chars: readonly string[], i: number, end: number): [CharTest, number] {
  const c = chars[i];
  if (i >= end || c === undefined) throw new PatternError("a \\ must be followed by d, w or a punctuation character");
  const known = CLASSES[c];
  if (known) return [known, i + 1];
  if (PUNCTUATION.includes(c)) return [(x) => x === c, i + 1];
  throw new PatternError("a \\ must be followed by d, w or a punctuation character");
}

function parseClass(chars: readonly string[], start: number, end: number): [CharTest, number] {
  let i = start;
  const negated = chars[i] === "^";
  if (negated) i++;
  const tests: CharTest[] = [];
  for (;;) {
    if (i >= end) throw new PatternError("a [ class is not closed with ]");
    const c = atIndex(chars, i);
    if (c === "]") {
      if (tests.length === 0) throw new PatternError("a class [ ] needs at least one character");
      break;
    }
    let low: string | CharTest;
    if (c === "\\") {
      const [test, next] = parseEscape(chars, i + 1, end);
      const escaped = atIndex(chars, i + 1);
      low = CLASSES[escaped] ? test : escaped;
      i = next;
    } else if (c === "[") {
      throw new PatternError("a [ inside a class must be written \\[");
    } else {
      low = c;
      i++;
    }
    if (typeof low === "string" && chars[i] === "-" && i + 1 < end && chars[i + 1] !== "]") {
      let high = atIndex(chars, i + 1);
      i += 2;
      if (high === "\\") {
        high = atIndex(chars, i);
        if (i >= end || !PUNCTUATION.includes(high)) throw new PatternError("a range must end with a character");
        i++;
      }
      if (high < low) throw new PatternError("a range must go from a lower character to a higher one, as in 0-9");
      const from = low;
      tests.push((x) => x >= from && x <= high);
    } else if (typeof low === "string") {
      const only = low;
      tests.push((x) => x === only);
    } else tests.push(low);
  }
  return [(x) => tests.some((t) => t(x)) !== negated, i + 1];
}

function parseCount(chars: readonly string[], i: number, end: number): [number, number, number] {
  const c = chars[i];
  if (i >= end) return [1, 1, i];
  if (c === "?") return [0, 1, i + 1];
  if (c === "*") return [0, Number.POSITIVE_INFINITY, i + 1];
  if (c === "+") return [1, Number.POSITIVE_INFINITY, i + 1];
  if (c !== "{") return [1, 1, i];
  const close = chars.indexOf("}", i);
  const body = close < 0 || close >= end ? "" : chars.slice(i + 1, close).join("");
  const m = /^(\d{1,4})(,(\d{1,4})?)?$/.exec(body);
  if (m === null) throw new PatternError("a count must be written {n}, {m,} or {m,n}");
  const low = Number(m[1]);
  const high = m[2] === undefined ? low : m[3] === undefined ? Number.POSITIVE_INFINITY : Number(m[3]);
  if (low > MAX_COUNT || (high !== Number.POSITIVE_INFINITY && high > MAX_COUNT)) throw new PatternError(`a count may be at most ${MAX_COUNT}`);
  if (high < low) throw new PatternError("a count {m,n} needs m at most n");
  const after = chars[close + 1];
  if (close + 1 < end && after !== undefined && "?*+{".includes(after)) throw new PatternError("one count per item: a count may not follow another");
  return [low, high, close + 1];
}
