import type { Issue } from "../../errors";
import { recordSchemas } from "../../model/dataset";
import type { RuleDefinition } from "../../model/policy";
import { unwrapOn } from "../../policy/dated";
import { retiredParameterMessage } from "../../policy/retired";
import { builtInOperators, customOperators, PARAMETERS_FACT, prepareCondition } from "../vocabulary/conditions";
import { filteredFields } from "../vocabulary/evidence";
import { bindKind, type RunnableRule } from "../kinds";
import type { NamesUsed } from "../kinds/kind";
import { resolveName } from "../vocabulary/resolve-name";
import { resolveServed } from "../vocabulary/needs";
import { partyResolvers, type PartyResolver } from "../vocabulary/owners";
import type { SubjectSource } from "../subjects/define-source";
import { subjectSources } from "../subjects/sources";
import { collectionFields, conditionParameterPaths, paramRefsOf } from "./rule-vocabulary";
import { objectsIn } from "../../util/walk-json";
import { descendParameters } from "../../policy/parameter-path";

const operators = new Set<string>([...builtInOperators, ...Object.keys(customOperators)]);

/** The source of a rule whose kind lists its own subjects: it offers no fact or date for the rule to name. */
const ownSubjects: SubjectSource = { ...subjectSources.service, facts: [], dates: [] };
/** Such a rule's subjects, in messages. */
const OWN_SUBJECTS = "its own subjects";

function hasParameter(parameters: unknown, name: string): boolean {
  return descendParameters(parameters, name.split("."), (node) => unwrapOn(node, Number.POSITIVE_INFINITY)) !== undefined;
}

const REFERRAL_DAYS = new Set(["day-after-due", "chain-start"]);

/** The record fields a rule names, checked against its subject's and its evidence's vocabulary. */
function fieldIssues(rule: RuleDefinition, names: NamesUsed, source: SubjectSource, at: (...p: (string | number)[]) => (string | number)[]): Issue[] {
  const subject = rule.subject ?? OWN_SUBJECTS;
  const issues: Issue[] = [];
  const expect = (path: (string | number)[], name: string, known: readonly string[], what: string) => {
    if (!known.includes(name)) issues.push({ path: at(...path), message: `unknown ${what} "${name}"; expected one of: ${known.join(", ")}` });
  };
  const dates = [...names.dates];
  if (rule.referral && !REFERRAL_DAYS.has(rule.referral.on)) dates.push([["referral", "on"], rule.referral.on]);
  for (const [path, name] of dates) expect(path, name, source.dates, `date of ${subject}`);
  for (const [path, name] of names.fields) expect(path, name, source.facts, `field of ${subject}`);
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
    const bound = bindKind(rule);
    const source = bound.listsOwnSubjects ? ownSubjects : resolveName(subjectSources, rule.subject ?? "", at("subject"), "subject source", issues);
    const subjectName = rule.subject ?? OWN_SUBJECTS;
    const owner = inPostOnAsOf(resolveServed(partyResolvers, rule.owner, source, subjectName, at("owner"), "owner", issues));
    const referralTo = typeof rule.referral?.to === "string"
      ? inPostOnAsOf(resolveServed(partyResolvers, rule.referral.to, source, subjectName, at("referral", "to"), "referral recipient", issues))
      : rule.referral?.to;
    const runnable = bound.compile(
      // `referralTo` always present (undefined when the rule refers no one): one shape for every compiled rule.
      { source: source ?? ownSubjects, owner: owner ?? (() => ({})), condition: prepareCondition(rule.when), referralTo: referralTo || undefined },
      at, issues, source,
    );
    for (const { path, node: { operator, fact } } of objectsIn(rule.when, at("when"))) {
      if (operator !== undefined && !operators.has(String(operator))) {
        issues.push({ path: [...path, "operator"], message: `unknown operator "${String(operator)}"; expected one of: ${[...operators].join(", ")}` });
      }
      if (typeof fact === "string" && fact !== PARAMETERS_FACT && source && !source.facts.includes(fact)) {
        issues.push({ path: [...path, "fact"], message: `unknown fact "${fact}" for subject ${rule.subject ?? ""}; expected one of: ${source.facts.join(", ")}` });
      }
    }
    if (source) issues.push(...fieldIssues(rule, bound.namesUsed(), source, at));
    if (parameters !== undefined) {
      for (const name of new Set([...paramRefsOf(rule), ...conditionParameterPaths(rule.when)])) {
        if (!hasParameter(parameters, name)) issues.push({ path: at(), message: retiredParameterMessage(name) ?? `unknown parameter "${name}"` });
      }
    }
    if (runnable && issues.length === before) compiled.push(runnable);
  });
  return { rules: compiled, issues };
}
