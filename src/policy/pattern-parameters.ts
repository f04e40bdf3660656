import type { Issue } from "../errors";
import type { Assertion, RuleDefinition } from "../model/policy";
import { simplePatternProblem } from "../text/simple-pattern";
import { isDated } from "./dated";

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * Checks that every parameter an `allMatch` assertion reads as its pattern holds a simple
 * pattern in each of its values (dated or keyed), so that no pattern is first read, and
 * refused, while an evaluation runs.
 *
 * @param rules - the policy's rules
 * @param parameters - the policy's parameters
 * @returns one issue per assertion whose parameter is not a pattern, at its `pattern`
 */
export function patternParameterIssues(rules: readonly RuleDefinition[], parameters: unknown): Issue[] {
  const issues: Issue[] = [];
  rules.forEach((rule, i) => {
    const sites: [(string | number)[], readonly Assertion[]][] = [];
    if (rule.kind === "check") sites.push([["rules", i, "assertions"], rule.assertions]);
    if (rule.kind === "cadence" && rule.contentCheck) sites.push([["rules", i, "contentCheck", "assertions"], rule.contentCheck.assertions]);
    for (const [path, assertions] of sites) {
      assertions.forEach((a, j) => {
        if (a.test !== "allMatch" || typeof a.pattern === "string") return;
        const values = valuesOf(parameters, a.pattern.param.split("."), a.pattern.by !== undefined);
        if (values.some((v) => typeof v !== "string" || simplePatternProblem(v) !== undefined)) {
          issues.push({ path: [...path, j, "pattern"], message: "names a parameter that is not a simple pattern such as ^[0-9]{1,12}$ in every value" });
        }
      });
    }
  });
  return issues;
}

/** Every value a parameter may take: each dated value, and with `keyed` each key's. Unknown names give none. */
function valuesOf(node: unknown, parts: readonly string[], keyed: boolean): unknown[] {
  if (isDated(node)) return node.flatMap((e) => valuesOf(e.value, parts, keyed));
  if (parts.length === 0) {
    if (!keyed) return [node];
    return isObject(node) ? Object.values(node).flatMap((v) => valuesOf(v, [], false)) : [undefined];
  }
  const [head, ...rest] = parts as [string, ...string[]];
  return isObject(node) && Object.hasOwn(node, head) ? valuesOf(node[head], rest, keyed) : [];
}
