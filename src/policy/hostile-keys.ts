import type { Issue } from "../errors";
import { walkJson } from "../util/walk-json";

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
  walkJson(node, (_value, at) => {
    const key = at.at(-1);
    if (at.length === path.length || typeof key !== "string" || !HOSTILE_KEYS.has(key)) return true;
    into.push({ path: [...at], message: "this key is not allowed" });
    return false;
  }, path);
  return into;
}
