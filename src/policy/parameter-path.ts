/**
 * The one walk down a parameter tree by a dotted name.
 *
 * @module
 */
import { ownValue } from "../util/plain-object";

/**
 * Walks down a parameter tree one key at a time, settling each node on the way (unwrapping a
 * dated value, say) before taking the next key, and the last node too.
 *
 * @param root - the parameters
 * @param keys - the name's parts (`"audit.qispMaxGrade"` split on dots), a keyed parameter's key last
 * @param settle - what to do to each node before reading on: the identity for plain values
 * @returns the settled node at the end, or `undefined` when some key is not there
 */
export function descendParameters(root: unknown, keys: readonly string[], settle: (node: unknown) => unknown = (node) => node): unknown {
  let node = settle(root);
  for (const key of keys) node = settle(ownValue(node, key));
  return node;
}
