import type { Issue } from "../errors";

/** Keys that could reach an object's prototype when a document is merged or read by path. */
export const HOSTILE_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Finds every hostile key (`__proto__`, `constructor`, `prototype`) anywhere in a JSON
 * document, however deep (inside conditions too, where the schema accepts any key).
 *
 * @param node - the parsed document
 * @param path - the path of `node` from the root
 * @returns one issue per hostile key, at its path
 * @example
 * hostileKeyIssues(JSON.parse('{"a":{"__proto__":{}}}')); // [{ path: ["a", "__proto__"], ... }]
 */
export function hostileKeyIssues(node: unknown, path: (string | number)[] = [], into: Issue[] = []): Issue[] {
  if (Array.isArray(node)) node.forEach((n, i) => hostileKeyIssues(n, [...path, i], into));
  else if (node !== null && typeof node === "object") {
    for (const key of Object.keys(node)) {
      if (HOSTILE_KEYS.has(key)) into.push({ path: [...path, key], message: "this key is not allowed" });
      else hostileKeyIssues((node as Record<string, unknown>)[key], [...path, key], into);
    }
  }
  return into;
}
