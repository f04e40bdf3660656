import type { Issue } from "../errors";
import { atIndex } from "../util/at-index";
import { isPlainObject } from "../util/plain-object";

/** How deep `all`, `any` and `not` groups may nest in one condition. */
export const MAX_CONDITION_DEPTH = 32;

const GROUP_KEYS = ["all", "any", "not"] as const;
const LEAF_KEYS: ReadonlySet<string> = new Set(["fact", "operator", "value", "path", "name"]);
/** A fact path: `$` then dotted names (`$.audit.qispMaxGrade`); no filters, no recursion. */
const FACT_PATH = /^\$(\.[A-Za-z0-9_-]+)*$/;


/**
 * Checks a rule's `when` condition against the grammar the engine runs: the root is an
 * `all`, `any` or `not` group; a group has exactly one of them (`all`/`any` a list, `not`
 * one condition) and may have a `name`; a leaf has a `fact`, an `operator` and a `value`
 * (a value may name another fact: `{ "fact": "parameters", "path": "$.audit.qispMaxGrade" }`),
 * and may have a `path` and a `name`. Groups nest at most 32 deep. Fact paths are plain
 * dotted names. Which facts and operators exist is checked elsewhere (the vocabulary).
 *
 * @param condition - the condition, as written
 * @returns every problem, its path relative to the condition
 * @example
 * conditionIssues({ all: [{ fact: "grade", operator: "lessThan" }] });
 * // [{ path: ["all", 0, "value"], message: "a condition on a fact needs a value" }]
 */
export function conditionIssues(condition: unknown): Issue[] {
  const issues: Issue[] = [];
  if (isPlainObject(condition) && !GROUP_KEYS.some((k) => Object.hasOwn(condition, k))) {
    issues.push({ path: [], message: "a rule's condition must be an `all`, `any` or `not` group" });
    return issues;
  }
  check(condition, [], 1, issues);
  return issues;
}

function check(node: unknown, path: (string | number)[], depth: number, issues: Issue[]): void {
  if (!isPlainObject(node)) {
    issues.push({ path, message: "must be a condition: an object with `all`, `any` or `not`, or with `fact`, `operator` and `value`" });
    return;
  }
  const groups = GROUP_KEYS.filter((k) => Object.hasOwn(node, k));
  if (groups.length === 0) return checkLeaf(node, path, issues);
  if (groups.length > 1) {
    issues.push({ path, message: `a condition group has exactly one of all, any or not; this one has ${groups.join(" and ")}` });
    return;
  }
  if (depth > MAX_CONDITION_DEPTH) {
    issues.push({ path, message: `conditions may nest at most ${MAX_CONDITION_DEPTH} groups deep` });
    return;
  }
  const key = atIndex(groups, 0);
  for (const other of Object.keys(node)) {
    if (other !== key && other !== "name") issues.push({ path: [...path, other], message: `unknown key in a condition group; a group has ${key} and an optional name` });
  }
  if (Object.hasOwn(node, "name") && typeof node["name"] !== "string") issues.push({ path: [...path, "name"], message: "must be a string" });
  const inner = node[key];
  if (key === "not") {
    if (Array.isArray(inner)) issues.push({ path: [...path, key], message: "`not` takes one condition, not a list" });
    else check(inner, [...path, key], depth + 1, issues);
  } else if (!Array.isArray(inner)) {
    issues.push({ path: [...path, key], message: `\`${key}\` takes a list of conditions` });
  } else {
    inner.forEach((c, i) => check(c, [...path, key, i], depth + 1, issues));
  }
}

function checkLeaf(node: Record<string, unknown>, path: (string | number)[], issues: Issue[]): void {
  for (const key of Object.keys(node)) {
    if (!LEAF_KEYS.has(key)) issues.push({ path: [...path, key], message: "unknown key in a condition; a condition has fact, operator, value and optionally path and name" });
  }
  if (typeof node["fact"] !== "string" || node["fact"] === "") issues.push({ path: [...path, "fact"], message: "a condition needs a fact: the name of what it tests" });
  if (typeof node["operator"] !== "string" || node["operator"] === "") issues.push({ path: [...path, "operator"], message: "a condition needs an operator, such as equal or lessThanInclusive" });
  if (!Object.hasOwn(node, "value") || node["value"] === undefined) issues.push({ path: [...path, "value"], message: "a condition on a fact needs a value" });
  if (Object.hasOwn(node, "path")) checkFactPath(node["path"], [...path, "path"], issues);
  if (Object.hasOwn(node, "name") && typeof node["name"] !== "string") issues.push({ path: [...path, "name"], message: "must be a string" });
  const value = node["value"];
  if (isPlainObject(value) && Object.hasOwn(value, "fact")) {
    if (typeof value["fact"] !== "string" || value["fact"] === "") issues.push({ path: [...path, "value", "fact"], message: "must be the name of a fact" });
    for (const key of Object.keys(value)) {
      if (key !== "fact" && key !== "path") issues.push({ path: [...path, "value", key], message: "unknown key in a fact reference; it has fact and optionally path" });
    }
    if (Object.hasOwn(value, "path")) checkFactPath(value["path"], [...path, "value", "path"], issues);
  }
}

function checkFactPath(value: unknown, path: (string | number)[], issues: Issue[]): void {
  if (typeof value !== "string" || !FACT_PATH.test(value)) {
    issues.push({ path, message: "must be a plain path such as $.audit.qispMaxGrade: `$` then dotted names" });
  }
}
