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
