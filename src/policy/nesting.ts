import type { Issue } from "../errors";

/** How deep a policy document may nest (a rule's condition of 32 groups is about 70 levels). */
export const MAX_POLICY_NESTING = 100;

/**
 * Finds where a document nests deeper than `limit` levels of objects and lists, without
 * recursion (so a document nested 100,000 deep cannot overflow the stack) and in time
 * linear in its size times `limit`, whatever objects it shares or cycles through (an object
 * reached again only at a greater depth is walked again; a cycle is reported as too deep).
 *
 * @param root - the document
 * @param limit - the deepest level allowed (the root is level 0)
 * @param hint - what the message adds after "nested more than N levels deep below here"
 * @returns an issue at the path of the first level-`limit` node that has something inside
 *   it (its first few keys only), or at a list's named key (which no JSON list has, and which
 *   in code breaks list methods), or undefined
 * @example
 * nestingIssue({ a: { b: {} } }, 1); // { path: ["a"], ... }
 */
export function nestingIssue(root: unknown, limit: number = MAX_POLICY_NESTING, hint = "; conditions may nest at most 32 groups"): Issue | undefined {
  const walkedAt = new Map<object, number>();
  const stack: { node: unknown; path: (string | number)[] }[] = [{ node: root, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop() as { node: unknown; path: (string | number)[] };
    if (node === null || typeof node !== "object") continue;
    const seenAt = walkedAt.get(node);
    if (seenAt !== undefined && seenAt >= path.length) continue;
    walkedAt.set(node, path.length);
    const keys: (string | number)[] = Object.keys(node);
    if (Array.isArray(node)) {
      // No JSON list has named keys; in code, one named `constructor` breaks every list method.
      const named = keys.find((k) => !/^(0|[1-9]\d*)$/.test(k as string));
      if (named !== undefined) return { path: [...path, named], message: "a list may hold only items, not named keys" };
      for (let i = 0; i < keys.length; i++) keys[i] = Number(keys[i]);
    }
    if (path.length >= limit && keys.length > 0) {
      return { path: path.slice(0, 4), message: `nested more than ${limit} levels deep below here${hint}` };
    }
    for (const key of keys) stack.push({ node: (node as Record<string | number, unknown>)[key], path: [...path, key] });
  }
  return undefined;
}
