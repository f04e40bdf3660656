import { atIndex } from "../../util/at-index";
/** A message template cut into its text and its placeholders: text at even places, names at odd. */
type Pieces = readonly string[];

/** Templates already cut: a policy has a few dozen, each filled thousands of times. */
const cut = new Map<string, Pieces>();
const MAX_CUT = 10_000;

function piecesOf(template: string): Pieces {
  let pieces = cut.get(template);
  if (pieces === undefined) {
    // split with a capture group keeps the names: ["Due by ", "dueBy", "."]
    pieces = template.split(/\{([a-zA-Z]+)\}/);
    if (cut.size < MAX_CUT) cut.set(template, pieces);
  }
  return pieces;
}

/**
 * Fills a message template: `{name}` is replaced by the value of `name`; a list is joined
 * with commas. Unknown names are left as they are, so a typo shows rather than vanishes.
 *
 * @param template - plain English with `{placeholders}`
 * @param values - the values to put in, or a function giving the value of a name
 * @returns the sentence
 * @example
 * fillMessage("Due by {dueBy}.", { dueBy: "2025-01-15" }); // "Due by 2025-01-15."
 */
export function fillMessage(template: string, values: Readonly<Record<string, unknown>> | ((name: string) => unknown)): string {
  const pieces = piecesOf(template);
  const valueOf = typeof values === "function" ? values : (name: string) => values[name];
  let text = atIndex(pieces, 0);
  for (let i = 1; i < pieces.length; i += 2) {
    const name = atIndex(pieces, i);
    const value = valueOf(name);
    text += value === undefined || value === null ? `{${name}}` : Array.isArray(value) ? value.join(", ") : String(value);
    text += atIndex(pieces, i + 1);
  }
  return text;
}
