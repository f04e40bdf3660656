import type { Issue } from "../errors";
import { recordSchemas } from "../model/dataset";
import { auditActionSchema } from "../model/practice";
import { childSchema } from "../model/families";
import type { Due, RuleDefinition } from "../model/policy";
import { isoDateSchema } from "../model/primitives";
import { resolveOn } from "../policy/dated";
import { builtInOperators, customOperators, PARAMETERS_FACT } from "./conditions";
import { derivedFieldNames } from "./evidence";
import { fulfilments } from "./fulfilments";
import { measures } from "./measures";
import { partyResolvers } from "./owners";
import { subjectSources } from "./subjects";

const operators = new Set<string>([...builtInOperators, ...Object.keys(customOperators)]);

type ObjectSchema = { shape: Record<string, unknown> };
const fieldsOf = (schema: ObjectSchema): string[] => Object.keys(schema.shape);

/** The record schema behind each subject source (the service has no record). */
const subjectSchemas: Record<string, ObjectSchema | undefined> = {
  audits: recordSchemas.audits,
  "audit-actions": auditActionSchema,
  staff: recordSchemas.staff,
  teams: recordSchemas.teams,
  areas: recordSchemas.areas,
  service: undefined,
  cases: recordSchemas.cases,
  "closed-cases": recordSchemas.cases,
  children: childSchema,
  supervisions: recordSchemas.supervisions,
  pdrs: recordSchemas.pdrs,
  observations: recordSchemas.observations,
  reports: recordSchemas.reports,
  "young-carer-assessments": recordSchemas.youngCarerAssessments,
};

const caseFacts = ["teamType", "closed", "neglect"];

/** The facts the engine derives for a subject source, beyond its record's fields. */
const derivedFacts: Record<string, readonly string[]> = {
  "audit-actions": ["auditId", "auditKind", "workerId"],
  staff: ["hasLineManager"],
  service: ["id"],
  cases: caseFacts,
  "closed-cases": caseFacts,
  children: ["caseId", "keyWorkerId", "teamId"],
  "young-carer-assessments": ["keyWorkerId"],
};

/** The dates the engine derives for a subject source: a child's case dates. */
const derivedDates: Record<string, readonly string[]> = {
  children: ["case.openedOn", "case.closedOn"],
};

/** The fields of a record schema that hold a date (`YYYY-MM-DD`), optional or not. */
function dateFieldsOf(schema: ObjectSchema): string[] {
  const inner = (field: unknown): unknown => {
    const def = (field as { def?: { type?: string; innerType?: unknown } }).def;
    return def?.type === "optional" || def?.type === "nullable" ? inner(def.innerType) : field;
  };
  return Object.entries(schema.shape).filter(([, field]) => inner(field) === isoDateSchema).map(([name]) => name);
}

/**
 * The facts a `when` condition may name, per subject source: the record's fields (from the
 * dataset contract, `data.md`) plus the facts `subjects.ts` derives for that source.
 * A test checks this list against what the subject sources really expose.
 */
export const knownFacts: Record<string, readonly string[]> = Object.fromEntries(
  Object.entries(subjectSchemas).map(([source, schema]) => [source, [...(schema ? fieldsOf(schema) : []), ...(derivedFacts[source] ?? [])]]),
);

/** The dates a rule may count from or end on, per subject source: its record's date fields and derived dates. */
export const knownDates: Record<string, readonly string[]> = Object.fromEntries(
  Object.entries(subjectSchemas).map(([source, schema]) => [source, [...(schema ? dateFieldsOf(schema) : []), ...(derivedDates[source] ?? [])]]),
);

/**
 * The fields evidence may read in a dataset collection: its records' fields and the derived
 * fields `evidence.ts` computes for it.
 *
 * @returns the field names, or undefined when the collection is not in the dataset contract
 */
export function collectionFields(collection: string): readonly string[] | undefined {
  if (!Object.hasOwn(recordSchemas, collection)) return undefined;
  return [...fieldsOf(recordSchemas[collection as keyof typeof recordSchemas] as unknown as ObjectSchema), ...derivedFieldNames(collection)];
}

/**
 * Parameters a rule reads through its vocabulary rather than a `{ param }` in its definition:
 * by fulfilment or measure name, and `*` for every rule (the breach ladder).
 */
export const implicitParameters: Record<string, readonly string[]> = {
  "fulfilment:required-surveys-offered": ["survey.ageBasis"],
  "measure:survey.completion": ["survey.closureReasons"],
  "*": ["escalation.levelAfterWorkingDays"],
};

/** Every object inside a condition, with its path: where facts and operators are named. */
function conditionNodes(node: unknown, path: (string | number)[], into: { path: (string | number)[]; node: object }[] = []) {
  if (Array.isArray(node)) node.forEach((n, i) => conditionNodes(n, [...path, i], into));
  else if (node !== null && typeof node === "object") {
    into.push({ path, node });
    for (const [k, v] of Object.entries(node)) conditionNodes(v, [...path, k], into);
  }
  return into;
}

/** The `path`s of conditions that read the parameters fact (`$.audit.qispMaxGrade` gives `audit.qispMaxGrade`). */
export function conditionParameterPaths(node: unknown, into: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) conditionParameterPaths(n, into);
  else if (node !== null && typeof node === "object") {
    const { fact, path } = node as { fact?: unknown; path?: unknown };
    if (fact === PARAMETERS_FACT && typeof path === "string") into.push(path.replace(/^\$\.?/, ""));
    for (const value of Object.values(node)) conditionParameterPaths(value, into);
  }
  return into;
}

/** The `param` names a rule definition reads (`{ param: "audit.qispWorkingDays" }`). */
export function paramRefsOf(node: unknown, into: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) paramRefsOf(n, into);
  else if (node !== null && typeof node === "object") {
    const { param } = node as { param?: unknown };
    if (typeof param === "string") into.push(param);
    for (const value of Object.values(node)) paramRefsOf(value, into);
  }
  return into;
}

/**
 * Every parameter a rule reads: in its definition, in its condition, and through its
 * fulfilment or measure.
 *
 * @param rule - the rule definition
 * @returns dotted parameter names, each once, sorted
 */
export function parametersReadBy(rule: RuleDefinition): string[] {
  const names = [...paramRefsOf(rule), ...conditionParameterPaths(rule.when)];
  if (rule.kind === "deadline") names.push(...(implicitParameters[`fulfilment:${rule.fulfilment}`] ?? []));
  if (rule.kind === "target") names.push(...(implicitParameters[`measure:${rule.measure}`] ?? []));
  names.push(...(implicitParameters["*"] ?? []));
  return [...new Set(names)].sort();
}

function known(names: object, value: string, path: (string | number)[], what: string, issues: Issue[]) {
  if (!Object.hasOwn(names, value)) {
    issues.push({ path, message: `unknown ${what}; expected one of: ${Object.keys(names).join(", ")}` });
  }
}

function hasParameter(parameters: unknown, name: string): boolean {
  let node = parameters;
  for (const part of name.split(".")) {
    if (node === null || typeof node !== "object" || Array.isArray(node) || !Object.hasOwn(node, part)) return false;
    node = resolveOn((node as Record<string, unknown>)[part], Number.POSITIVE_INFINITY);
  }
  return true;
}

/**
 * Checks that every name a rule uses (subject source, owner, fulfilment, measure, referral
 * recipient, condition fact and operator, parameter) is one the engine knows.
 *
 * @param rules - the rule definitions
 * @param parameters - the policy's parameters, to check the parameter names rules read (optional)
 * @returns every problem, with its path from the policy's root
 */
export function vocabularyIssues(rules: readonly RuleDefinition[], parameters?: unknown): Issue[] {
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
    const facts = knownFacts[rule.subject];
    for (const { path, node } of conditionNodes(rule.when, at("when"))) {
      const { operator, fact } = node as { operator?: unknown; fact?: unknown };
      if (operator !== undefined && !operators.has(String(operator))) {
        issues.push({ path: [...path, "operator"], message: `unknown operator "${String(operator)}"; expected one of: ${[...operators].join(", ")}` });
      }
      if (typeof fact === "string" && fact !== PARAMETERS_FACT && rule.kind !== "target" && facts && !facts.includes(fact)) {
        issues.push({ path: [...path, "fact"], message: `unknown fact "${fact}" for subject ${rule.subject}; expected one of: ${facts.join(", ")}` });
      }
    }
    if (facts) issues.push(...fieldIssues(rule, facts, knownDates[rule.subject] ?? [], at));
    if (parameters !== undefined) {
      for (const name of new Set([...paramRefsOf(rule), ...conditionParameterPaths(rule.when)])) {
        if (!hasParameter(parameters, name)) issues.push({ path: at(), message: `unknown parameter "${name}"` });
      }
    }
  });
  return issues;
}

const REFERRAL_DAYS = new Set(["day-after-due", "chain-start"]);

/** The subject dates a rule names: due dates, ends, anchors, a check's date, a referral's day. */
function datesNamed(rule: RuleDefinition): [(string | number)[], string][] {
  const named: [(string | number)[], string][] = [];
  const due = (d: Due, path: (string | number)[]) => {
    const field = "on" in d ? "on" : "workingDaysAfter" in d ? "workingDaysAfter" : "monthsAfter" in d ? "monthsAfter" : "daysAfter";
    named.push([[...path, field], (d as Record<string, string>)[field] as string]);
    if ("orElse" in d && d.orElse) due(d.orElse, [...path, "orElse"]);
  };
  if (rule.kind === "deadline") due(rule.due, ["due"]);
  if ((rule.kind === "deadline" || rule.kind === "deadline-chain") && rule.endsOn) named.push([["endsOn"], rule.endsOn]);
  if (rule.kind === "deadline-chain" && rule.start) named.push([["start", "date"], rule.start.date]);
  if (rule.kind === "check") named.push([["date"], rule.date]);
  if (rule.referral && !REFERRAL_DAYS.has(rule.referral.on)) named.push([["referral", "on"], rule.referral.on]);
  return named;
}

/** The record fields a rule names, checked against its subject's and its evidence's vocabulary. */
function fieldIssues(
  rule: RuleDefinition, fields: readonly string[], dates: readonly string[], at: (...p: (string | number)[]) => (string | number)[],
): Issue[] {
  const issues: Issue[] = [];
  const expect = (path: (string | number)[], name: string, names: readonly string[], what: string) => {
    if (!names.includes(name)) issues.push({ path: at(...path), message: `unknown ${what} "${name}"; expected one of: ${names.join(", ")}` });
  };
  for (const [path, name] of datesNamed(rule)) expect(path, name, dates, `date of ${rule.subject}`);
  if (rule.kind === "check") rule.assertions.forEach((a, i) => expect(["assertions", i, "field"], a.field, fields, `field of ${rule.subject}`));
  const spec = rule.kind === "cadence" ? { name: "evidence", spec: rule.evidence } : rule.kind === "deadline-chain" ? { name: "events", spec: rule.events } : undefined;
  if (!spec) return issues;
  const recordFields = collectionFields(spec.spec.collection);
  if (!recordFields) {
    issues.push({ path: at(spec.name, "collection"), message: `unknown collection "${spec.spec.collection}"; expected one of: ${Object.keys(recordSchemas).join(", ")}` });
    return issues;
  }
  const what = `field of ${spec.spec.collection}`;
  expect([spec.name, "date"], spec.spec.date, recordFields, what);
  if (spec.spec.key !== undefined) expect([spec.name, "key"], spec.spec.key, recordFields, what);
  for (const field of Object.keys(spec.spec.where ?? {})) expect([spec.name, "where", field], field, recordFields, what);
  if (rule.kind === "cadence") {
    rule.contentCheck?.assertions.forEach((a, i) => expect(["contentCheck", "assertions", i, "field"], a.field, recordFields, what));
  }
  return issues;
}
