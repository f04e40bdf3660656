import type { Issue } from "../../errors";

/**
 * Whether a name is one of a table's own keys: the one place a rule's string becomes a typed name.
 *
 * @returns true for a known name, narrowing it
 */
export function isNameIn<T extends object>(table: T, name: string): name is Extract<keyof T, string> {
  return Object.hasOwn(table, name);
}

/**
 * Resolves a name a rule uses to what the table holds for it, or records an issue at its path.
 *
 * @param table - the vocabulary (owners, fulfilments, measures, subject sources)
 * @param name - the name the rule wrote
 * @param path - where it is written, from the policy's root
 * @param what - what the name is, for the message
 * @param issues - where an unknown name is reported
 * @returns what it names, or undefined when it is unknown
 */
export function resolveName<T extends object>(
  table: T, name: string, path: (string | number)[], what: string, issues: Issue[],
): T[Extract<keyof T, string>] | undefined {
  if (isNameIn(table, name)) return table[name];
  issues.push({ path, message: `unknown ${what}; expected one of: ${Object.keys(table).join(", ")}` });
  return undefined;
}
