import type { Issue } from "../errors";
import type { Assertion, Due, NumberSpec, RuleDefinition } from "../model/policy";
import { simplePatternProblem } from "../text/simple-pattern";
import { valuesOfParameter } from "./parameter-values";

type Site = [(string | number)[], NumberSpec];

/**
 * Checks what a rule reads from a parameter by name, where the parameter's own schema cannot
 * know how it is used: every parameter an `allMatch` assertion reads as its pattern holds a
 * simple pattern, and every parameter a count of days, months or times reads holds a whole
 * number (a rate such as `survey.targetRate` would make fractional days). Each value is
 * checked, dated or keyed, so nothing is first read, and refused, while an evaluation runs.
 *
 * @param rules - the policy's rules
 * @param parameters - the policy's parameters
 * @returns one issue per reference that reads an unfit value, at its path
 */
export function parameterUseIssues(rules: readonly RuleDefinition[], parameters: unknown): Issue[] {
  const issues: Issue[] = [];
  rules.forEach((rule, i) => {
    for (const [path, a] of assertionsOf(rule)) {
      if (a.test !== "allMatch" || typeof a.pattern === "string") continue;
      if (valuesOfParameter(parameters, a.pattern).some((v) => typeof v !== "string" || simplePatternProblem(v) !== undefined)) {
        issues.push({ path: ["rules", i, ...path, "pattern"], message: "names a parameter that is not a simple pattern such as ^[0-9]{1,12}$ in every value" });
      }
    }
    for (const [path, spec] of wholeNumberSites(rule)) {
      if (typeof spec === "number") continue;
      if (valuesOfParameter(parameters, spec).some((v) => v !== null && !Number.isInteger(v))) {
        issues.push({ path: ["rules", i, ...path], message: "names a parameter that is not a whole number in every value" });
      }
    }
  });
  return issues;
}

function assertionsOf(rule: RuleDefinition): [(string | number)[], Assertion][] {
  const list = rule.kind === "check" ? rule.assertions.map((a, j): [(string | number)[], Assertion] => [["assertions", j], a]) : [];
  if (rule.kind === "cadence" && rule.contentCheck) {
    list.push(...rule.contentCheck.assertions.map((a, j): [(string | number)[], Assertion] => [["contentCheck", "assertions", j], a]));
  }
  return list;
}

/** The numbers of a rule that count days, months or times, with their paths. */
function wholeNumberSites(rule: RuleDefinition): Site[] {
  const sites: Site[] = [];
  const due = (d: Due, path: (string | number)[]): void => {
    if ("workingDays" in d) sites.push([[...path, "workingDays"], d.workingDays]);
    if ("months" in d) sites.push([[...path, "months"], d.months]);
    if ("days" in d) {
      sites.push([[...path, "days"], d.days]);
      if (d.orElse) due(d.orElse, [...path, "orElse"]);
    }
  };
  if (rule.kind === "deadline") due(rule.due, ["due"]);
  if (rule.kind === "deadline-chain") {
    if (rule.start?.plusMonths !== undefined) sites.push([["start", "plusMonths"], rule.start.plusMonths]);
    sites.push("days" in rule.interval ? [["interval", "days"], rule.interval.days] : [["interval", "months"], rule.interval.months]);
  }
  if (rule.kind === "cadence") {
    if (rule.required !== undefined) sites.push([["required"], rule.required]);
    if (rule.perYear !== undefined) sites.push([["perYear"], rule.perYear]);
    if (rule.dueMonthsAfterPeriod !== undefined) sites.push([["dueMonthsAfterPeriod"], rule.dueMonthsAfterPeriod]);
  }
  if (rule.kind === "target") sites.push([["graceDays"], rule.graceDays]);
  return sites;
}
