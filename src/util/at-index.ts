/**
 * Reading a list at an index its caller knows holds a value.
 *
 * @module
 */

/**
 * The element at `index` of a list, for a caller whose loop, search or bookkeeping has already
 * made sure there is one there: a missing element is a bug here, not bad input, so it throws a
 * `RangeError` rather than passing `undefined` on.
 */
export function atIndex<T>(list: ArrayLike<T>, index: number): Exclude<T, undefined> {
  const value = list[index];
  if (value === undefined) throw new RangeError(`no element at index ${index} of a list of ${list.length}`);
  return value as Exclude<T, undefined>;
}

/**
 * The value of `key` in a map, for a caller that has already made sure the key is there (it
 * filled the map from the same keys): a missing key is a bug here, so it throws a `RangeError`.
 */
export function atKey<K, V>(map: ReadonlyMap<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined && !map.has(key)) throw new RangeError("a key the map was filled with is missing");
  return value as V;
}
