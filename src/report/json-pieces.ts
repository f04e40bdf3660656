/**
 * The text of `JSON.stringify(value, null, 2) + "\n"`, exactly, in pieces: each element of a
 * top-level list is its own piece, so that an evaluation of a whole region (hundreds of
 * megabytes of JSON, past V8's longest string) can be written without ever being one string.
 *
 * @param value - a JSON-serialisable object whose lists may be long (an evaluation)
 * @returns the pieces, in order; joined, they are the whole text
 * @example
 * for (const piece of jsonPieces(evaluation)) stream.write(piece);
 */
export function* jsonPieces(value: object): Generator<string> {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== "function");
  if (entries.length === 0) {
    yield `${JSON.stringify(value, null, 2)}\n`;
    return;
  }
  yield "{";
  for (const [i, [key, v]] of entries.entries()) {
    yield `${i === 0 ? "" : ","}\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(v) && v.length > 0) {
      yield "[";
      for (const [j, item] of v.entries()) {
        // Inside a list two levels deep: every line of the item moves in by four spaces.
        yield `${j === 0 ? "" : ","}\n    ${(JSON.stringify(item, null, 2) ?? "null").replace(/\n/g, "\n    ")}`;
      }
      yield "\n  ]";
    } else {
      yield (JSON.stringify(v, null, 2) ?? "null").replace(/\n/g, "\n  ");
    }
  }
  yield "\n}\n";
}
