import type { Issue } from "../errors";
import type { RuleDefinition } from "../model/policy";
import { builtInOperators, customOperators, factsOf } from "./conditions";
import { fulfilments } from "./fulfilments";
import { measures } from "./measures";
import { partyResolvers } from "./owners";
import { subjectSources } from "./subjects";

const operators = new Set<string>([...builtInOperators, ...Object.keys(customOperators)]);

function operatorsOf(node: unknown, into: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) operatorsOf(n, into);
  else if (node !== null && typeof node === "object") {
    const op = (node as { operator?: unknown }).operator;
    if (op !== undefined) into.push(String(op));
    for (const value of Object.values(node)) operatorsOf(value, into);
  }
  return into;
}

function known(names: object, value: string, path: (string | number)[], what: string, issues: Issue[]) {
  if (!Object.hasOwn(names, value)) {
    issues.push({ path, message: `unknown ${what}; expected one of: ${Object.keys(names).join(", ")}` });
  }
}

/**
 * Checks that every name a rule uses (subject source, owner, fulfilment, measure, referral
 * recipient, condition operator) is one the engine knows.
 *
 * @param rules - the rule definitions
 * @returns every problem, with its path from the policy's root
 */
export function vocabularyIssues(rules: readonly RuleDefinition[]): Issue[] {
  const issues: Issue[] = [];
  const ids = new Set<string>();
  rules.forEach((rule, i) => {
    const at = (...p: (string | number)[]) => ["rules", i, ...p];
    if (ids.has(rule.id)) issues.push({ path: at("id"), message: "duplicate rule id" });
    ids.add(rule.id);
    if (rule.kind !== "target") known(subjectSources, rule.subject, at("subject"), "subject source", issues);
    known(partyResolvers, rule.owner, at("owner"), "owner", issues);
    if (rule.kind === "deadline") known(fulfilments, rule.fulfilment, at("fulfilment"), "fulfilment", issues);
    if (rule.kind === "target") known(measures, rule.measure, at("measure"), "measure", issues);
    if (typeof rule.referral?.to === "string") known(partyResolvers, rule.referral.to, at("referral", "to"), "referral recipient", issues);
    for (const op of operatorsOf(rule.when)) {
      if (!operators.has(op)) issues.push({ path: at("when"), message: `unknown operator; expected one of: ${[...operators].join(", ")}` });
    }
    if (rule.when && factsOf(rule.when).has("__proto__")) issues.push({ path: at("when"), message: "a fact may not be named __proto__" });
  });
  return issues;
}
