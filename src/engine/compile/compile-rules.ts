import type { Issue } from "../../errors";
import { recordSchemas } from "../../model/dataset";
import type { RuleDefinition } from "../../model/policy";
import { resolveOn } from "../../policy/dated";
import { retiredParameterMessage } from "../../policy/retired";
import { builtInOperators, customOperators, PARAMETERS_FACT, prepareCondition } from "../vocabulary/conditions";
import { filteredFields } from "../vocabulary/evidence";
import { bindKind, type RunnableRule } from "../kinds";
import type { NamesUsed } from "../kinds/kind";
import { isNameIn, resolveName } from "../vocabulary/resolve-name";
import { partyResolvers, type PartyResolver } from "../vocabulary/owners";
import type { SubjectSource } from "../subjects/define-source";
import { subjectSources } from "../subjects/sources";
import { collectionFields, conditionParameterPaths, paramRefsOf } from "./rule-vocabulary";

const operators = new Set<string>([...builtInOperators, ...Object.keys(customOperators)]);

/** Where a target's subjects come from: it lists its scopes itself, per period. */
const scopesOnly: SubjectSource = { ...subjectSources.service, facts: [], dates: [] };

/** Every object inside a condition, with its path: where facts and operators are named. */
function conditionNodes(node: unknown, path: (string | number)[], into: { path: (string | number)[]; node: object }[] = []) {
  if (Array.isArray(node)) node.forEach((n, i) => conditionNodes(n, [...path, i], into));
  else if (node !== null && typeof node === "object") {
    into.push({ path, node });
    for (const [k, v] of Object.entries(node)) conditionNodes(v, [...path, k], into);
  }
  return into;
}

function hasParameter(parameters: unknown, name: string): boolean {
  let node = parameters;
  for (const part of name.split(".")) {
    if (node === null || typeof node !== "object" || Array.isArray(node) || !Object.hasOwn(node, part)) return false;
    node = resolveOn((node as Record<string, unknown>)[part], Number.POSITIVE_INFINITY);
  }
  return true;
}

const REFERRAL_DAYS = new Set(["day-after-due", "chain-start"]);

/** The record fields a rule names, checked against its subject's and its evidence's vocabulary. */
function fieldIssues(rule: RuleDefinition, names: NamesUsed, source: SubjectSource, at: (...p: (string | number)[]) => (string | number)[]): Issue[] {
  const issues: Issue[] = [];
  const expect = (path: (string | number)[], name: string, known: readonly string[], what: string) => {
    if (!known.includes(name)) issues.push({ path: at(...path), message: `unknown ${what} "${name}"; expected one of: ${known.join(", ")}` });
  };
  const dates = [...names.dates];
  if (rule.referral && !REFERRAL_DAYS.has(rule.referral.on)) dates.push([["referral", "on"], rule.referral.on]);
  for (const [path, name] of dates) expect(path, name, source.dates, `date of ${rule.subject}`);
  for (const [path, name] of names.fields) expect(path, name, source.facts, `field of ${rule.subject}`);
  const evidence = names.evidence;
  if (!evidence) return issues;
  const recordFields = collectionFields(evidence.spec.collection);
  if (!recordFields) {
    issues.push({ path: at(evidence.name, "collection"), message: `unknown collection "${evidence.spec.collection}"; expected one of: ${Object.keys(recordSchemas).join(", ")}` });
    return issues;
  }
  const what = `field of ${evidence.spec.collection}`;
  expect([evidence.name, "date"], evidence.spec.date, recordFields, what);
  if (evidence.spec.key !== undefined) expect([evidence.name, "key"], evidence.spec.key, recordFields, what);
  for (const field of filteredFields(evidence.spec)) expect([evidence.name, "where", field], field, recordFields, what);
  for (const [path, name] of evidence.fields) expect(path, name, recordFields, what);
  return issues;
}

/**
 * Owners and a referral's recipient are read on `asOf` (who must act, or know, now): a named
 * person not in post that day is stood in for by the first active person up their line.
 */
function inPostOnAsOf(resolver: PartyResolver | undefined): PartyResolver | undefined {
  return resolver && ((s, ctx) => ctx.people.inPost(resolver(s, ctx)));
}

/**
 * Compiles a policy's rules: checks every name each rule uses (subject source, owner,
 * fulfilment, measure, referral recipient, condition fact and operator, dates and fields,
 * parameter) against the engine's vocabulary, and resolves each to what it names, once.
 *
 * @param rules - the rule definitions (holes where a rule did not parse are skipped)
 * @param parameters - the policy's parameters, to check the parameter names rules read (optional)
 * @returns the compiled rules (those whose names all resolved) and every problem, with its path from the policy's root
 */
export function compileRules(rules: readonly RuleDefinition[], parameters?: unknown): { rules: RunnableRule[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const compiled: RunnableRule[] = [];
  const ids = new Set<string>();
  rules.forEach((rule, i) => {
    const at = (...p: (string | number)[]) => ["rules", i, ...p];
    const before = issues.length;
    if (ids.has(rule.id)) issues.push({ path: at("id"), message: "duplicate rule id" });
    ids.add(rule.id);
    const named = isNameIn(subjectSources, rule.subject) ? subjectSources[rule.subject] : undefined;
    if (rule.kind !== "target" && !named) resolveName(subjectSources, rule.subject, at("subject"), "subject source", issues);
    const owner = inPostOnAsOf(resolveName(partyResolvers, rule.owner, at("owner"), "owner", issues));
    const referralTo = typeof rule.referral?.to === "string"
      ? inPostOnAsOf(resolveName(partyResolvers, rule.referral.to, at("referral", "to"), "referral recipient", issues))
      : rule.referral?.to;
    const bound = bindKind(rule);
    const runnable = bound.compile(
      { source: named ?? scopesOnly, owner: owner ?? (() => ({})), condition: prepareCondition(rule.when), ...(referralTo ? { referralTo } : {}) },
      at, issues,
    );
    for (const { path, node } of conditionNodes(rule.when, at("when"))) {
      const { operator, fact } = node as { operator?: unknown; fact?: unknown };
      if (operator !== undefined && !operators.has(String(operator))) {
        issues.push({ path: [...path, "operator"], message: `unknown operator "${String(operator)}"; expected one of: ${[...operators].join(", ")}` });
      }
      if (typeof fact === "string" && fact !== PARAMETERS_FACT && rule.kind !== "target" && named && !named.facts.includes(fact)) {
        issues.push({ path: [...path, "fact"], message: `unknown fact "${fact}" for subject ${rule.subject}; expected one of: ${named.facts.join(", ")}` });
      }
    }
    if (named) issues.push(...fieldIssues(rule, bound.namesUsed(), named, at));
    if (parameters !== undefined) {
      for (const name of new Set([...paramRefsOf(rule), ...conditionParameterPaths(rule.when)])) {
        if (!hasParameter(parameters, name)) issues.push({ path: at(), message: retiredParameterMessage(name) ?? `unknown parameter "${name}"` });
      }
    }
    if (runnable && issues.length === before) compiled.push(runnable);
  });
  return { rules: compiled, issues };
}
