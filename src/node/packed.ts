/**
 * Values serialised one at a time into one shared buffer, to cross between threads in
 * pieces: neither side then spends seconds on one `postMessage` clone of a million records,
 * and the calling thread gets turns between pieces.
 *
 * @module
 */
import { deserialize, serialize } from "node:v8";
import { isPlainObject } from "../util/plain-object";

/** Serialised values in one shared buffer: value `i` is the bytes from `ends[i - 1]` (or 0) to `ends[i]`. */
export interface Packed {
  bytes: SharedArrayBuffer;
  ends: number[];
}

/**
 * Serialises values one at a time, yielding between them.
 *
 * @param values - structured-cloneable values
 * @returns steps, then the packed values
 * @throws DataCloneError (from `v8.serialize`) for a value that cannot be cloned (a function)
 */
export function* packSteps(values: Iterable<unknown>): Generator<void, Packed> {
  const pieces: Buffer[] = [];
  const ends: number[] = [];
  let size = 0;
  for (const value of values) {
    const piece = serialize(value);
    pieces.push(piece);
    size += piece.length;
    ends.push(size);
    yield;
  }
  const bytes = new SharedArrayBuffer(size);
  const view = new Uint8Array(bytes);
  pieces.forEach((piece, i) => view.set(piece, i === 0 ? 0 : ends[i - 1]));
  return { bytes, ends };
}

/**
 * Deserialises packed values one at a time, yielding between them.
 *
 * @param packed - what {@link packSteps} made
 * @returns steps, then the values in order
 */
export function* unpackSteps(packed: Packed): Generator<void, unknown[]> {
  const values: unknown[] = [];
  let start = 0;
  for (const end of packed.ends) {
    values.push(deserialize(new Uint8Array(packed.bytes, start, end - start)));
    start = end;
    yield;
  }
  return values;
}

/** Items per piece: a few milliseconds to serialise or to read back. */
const PIECE = 2048;

/** One piece of an object of lists: a run of one list, or a whole value (what is not a list, or a value that is not an object). */
type Piece = [key: string | null, items: unknown[] | undefined, whole?: unknown];

/**
 * Cuts an object of lists (a dataset, an evaluation's results) into pieces: each list in runs
 * of a few thousand items, anything else whole.
 *
 * @param dataset - the value as given
 * @returns the pieces, in key order
 */
export function* piecesOf(dataset: unknown): Generator<Piece> {
  if (!isPlainObject(dataset)) {
    yield [null, undefined, dataset];
    return;
  }
  for (const key of Object.keys(dataset)) {
    const value = dataset[key];
    if (!Array.isArray(value)) yield [key, undefined, value];
    else if (value.length === 0) yield [key, []];
    else for (let i = 0; i < value.length; i += PIECE) yield [key, value.slice(i, i + PIECE)];
  }
}

/**
 * Puts an object of lists together again from its pieces, keys in their order (a key such as
 * `__proto__` stays an own key, as `JSON.parse` makes it, so a dataset holding one is
 * rejected as it would be).
 *
 * @param pieces - what {@link piecesOf} gave, after a trip through {@link packSteps} and {@link unpackSteps}
 * @returns the value
 */
export function joinPieces(pieces: readonly unknown[]): unknown {
  const dataset: Record<string, unknown> = {};
  for (const piece of pieces as Piece[]) {
    const [key, records, whole] = piece;
    if (key === null) return whole;
    if (records === undefined) define(dataset, key, whole);
    else if (Object.hasOwn(dataset, key)) (dataset[key] as unknown[]).push(...records);
    else define(dataset, key, records);
  }
  return dataset;
}

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
