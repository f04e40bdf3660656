import type { z } from "zod/mini";
import type { Issue } from "../errors";
import { toIssues } from "./issues";

/** Parameters renamed or retired, by their old dotted name: what to write instead. */
export const RETIRED_PARAMETERS: Readonly<Record<string, string>> = {
  "case.clinicWithinMonths":
    "was renamed case.reviewWithinMonths (a case is discussed at a case clinic or a locality management meeting): write case.reviewWithinMonths",
  "observation.perYear":
    "was retired: observation.annual is a chain, each observation due within observation.intervalMonths of the last; set observation.intervalMonths",
};

/**
 * Turns zod's issues about the parameters into the library's issues, naming the new name for
 * a renamed or retired parameter instead of calling it an unknown key.
 *
 * @param issues - zod's issues from parsing the parameters (or a whole policy)
 * @param prefix - the parsed value's path from the document's root
 * @param root - where the parameters sit in the parsed value (`["parameters"]` in a policy)
 * @returns the issues
 */
export function parameterIssues(issues: readonly z.core.$ZodIssue[], prefix: (string | number)[], root: readonly string[] = []): Issue[] {
  const nameOf = (at: readonly (string | number)[], key: string) =>
    root.every((r, n) => at[n] === r) ? [...at.slice(root.length), key].join(".") : "";
  return issues.flatMap((i) => {
    if (i.code !== "unrecognized_keys") return toIssues([i], prefix);
    const at = i.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    const retired = i.keys.filter((k) => Object.hasOwn(RETIRED_PARAMETERS, nameOf(at, k)));
    if (retired.length === 0) return toIssues([i], prefix);
    const rest = i.keys.filter((k) => !retired.includes(k));
    return [
      ...retired.map((k) => ({ path: [...prefix, ...at, k], message: RETIRED_PARAMETERS[nameOf(at, k)] as string })),
      ...(rest.length > 0 ? toIssues([{ ...i, keys: rest, message: `Unrecognized key${rest.length > 1 ? "s" : ""}: ${rest.map((k) => `"${k}"`).join(", ")}` }], prefix) : []),
    ];
  });
}

/**
 * The message for a rule that reads a parameter by a retired name, or undefined.
 *
 * @param name - the dotted name the rule reads
 */
export function retiredParameterMessage(name: string): string | undefined {
  return Object.hasOwn(RETIRED_PARAMETERS, name) ? `parameter "${name}" ${RETIRED_PARAMETERS[name] as string}` : undefined;
}
