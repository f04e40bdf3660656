import type { Issue } from "../errors";
import type { Assertion, NumberSpec } from "../model/policy";
import { simplePatternProblem } from "../text/simple-pattern";
import { valuesOfParameter } from "./parameter-values";

type Site<T> = [(string | number)[], T];

/** What a rule reads from parameters where their schemas cannot know how: as its kind declares them. */
export interface ParameterUses {
  /** The numbers it reads that count days, months or times, with their paths. */
  wholeNumbers: readonly Site<NumberSpec>[];
  /** The assertions it makes of records, with their paths. */
  assertions: readonly Site<Assertion>[];
}

/**
 * Checks what a rule reads from a parameter by name, where the parameter's own schema cannot
 * know how it is used: every parameter an `allMatch` assertion reads as its pattern holds a
 * simple pattern, and every parameter a count of days, months or times reads holds a whole
 * number (a rate such as `survey.targetRate` would make fractional days). Each value is
 * checked, dated or keyed, so nothing is first read, and refused, while an evaluation runs.
 *
 * @param rules - what each of the policy's rules reads, in order (from its kind)
 * @param parameters - the policy's parameters
 * @returns one issue per reference that reads an unfit value, at its path
 */
export function parameterUseIssues(rules: readonly ParameterUses[], parameters: unknown): Issue[] {
  const issues: Issue[] = [];
  rules.forEach((rule, i) => {
    for (const [path, a] of rule.assertions) {
      if (a.test !== "allMatch" || typeof a.pattern === "string") continue;
      if (valuesOfParameter(parameters, a.pattern).some((v) => typeof v !== "string" || simplePatternProblem(v) !== undefined)) {
        issues.push({ path: ["rules", i, ...path, "pattern"], message: "names a parameter that is not a simple pattern such as ^[0-9]{1,12}$ in every value" });
      }
    }
    for (const [path, spec] of rule.wholeNumbers) {
      if (typeof spec === "number") continue;
      if (valuesOfParameter(parameters, spec).some((v) => v !== null && !Number.isInteger(v))) {
        issues.push({ path: ["rules", i, ...path], message: "names a parameter that is not a whole number in every value" });
      }
    }
  });
  return issues;
}
