/**
 * The one walk over a JSON-like document.
 *
 * @module
 */
import { isPlainObject } from "./plain-object";

/** The keys and list positions from a document's root down to one value inside it. */
export type JsonPath = readonly (string | number)[];

/**
 * Visits `node` and every value inside it, depth first, in key and list order, each with its
 * path from `node` (prefixed by `path`). The visitor returns whether to go on below that value. The caller bounds the depth (see the nesting check) before walking input.
 *
 * @param node - the document, or any part of one
 * @param visit - called once per value, the container before what it holds
 * @param path - the path of `node` itself
 */
export function walkJson(node: unknown, visit: (value: unknown, path: JsonPath) => boolean, path: JsonPath = []): void {
  if (!visit(node, path)) return;
  if (Array.isArray(node)) node.forEach((n: unknown, i) => walkJson(n, visit, [...path, i]));
  else if (isPlainObject(node)) for (const [key, value] of Object.entries(node)) walkJson(value, visit, [...path, key]);
}

/**
 * Every object (not list) inside a document, `node` included, depth first, each with its path.
 *
 * @param node - the document, or any part of one
 * @param path - the path of `node` itself
 */
export function objectsIn(node: unknown, path: JsonPath = []): { node: Record<string, unknown>; path: JsonPath }[] {
  const out: { node: Record<string, unknown>; path: JsonPath }[] = [];
  walkJson(node, (value, at) => {
    if (isPlainObject(value)) out.push({ node: value, path: at });
    return true;
  }, path);
  return out;
}
