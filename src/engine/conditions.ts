import { Engine } from "json-rules-engine";
import type { Day } from "../calendar/day";
import { parseDay } from "../calendar/day";
import type { Condition } from "../model/policy";
import { changeDays } from "../policy/dated";
import type { ParameterValues, Parameters } from "../policy/parameters";
import { parametersOn } from "../policy/parameter-on";

/** The operators that conditions may use beyond json-rules-engine's own. */
export const customOperators = {
  /** An ISO date on or before another. */
  onOrBefore: (a: unknown, b: unknown) => typeof a === "string" && typeof b === "string" && a <= b,
  /** An ISO date on or after another. */
  onOrAfter: (a: unknown, b: unknown) => typeof a === "string" && typeof b === "string" && a >= b,
  /** A list holding every one of the given values. */
  containsAll: (a: unknown, b: unknown) =>
    Array.isArray(a) && Array.isArray(b) && b.every((v) => a.includes(v)),
  /** A list sharing at least one value with the given list. */
  intersects: (a: unknown, b: unknown) =>
    Array.isArray(a) && Array.isArray(b) && b.some((v) => a.includes(v)),
  /** A value that is present (not undefined or null). */
  isPresent: (a: unknown, b: unknown) => (a !== undefined && a !== null) === (b !== false),
} satisfies Record<string, (fact: unknown, value: unknown) => boolean>;

/** Operators json-rules-engine has by itself. */
export const builtInOperators = [
  "equal", "notEqual", "lessThan", "lessThanInclusive", "greaterThan", "greaterThanInclusive",
  "in", "notIn", "contains", "doesNotContain",
] as const;

/** The fact that holds the policy's parameters, for conditions that compare with one. */
export const PARAMETERS_FACT = "parameters";

/** A compiled `when` condition of one rule, for one evaluation. */
export interface ConditionTest {
  /**
   * @param facts - the subject's facts
   * @param day - the day whose parameter values the condition compares with; without it,
   *   the latest values
   */
  (facts: Readonly<Record<string, unknown>>, day?: Day): Promise<boolean>;
}

/**
 * The record date that decides a `when` condition, per subject source: the parameters the
 * condition compares with are those in force on it (an audit's grade is judged by the
 * threshold in force on the day it was completed; a case's closure reason by the reasons in
 * force on the day it closed). Sources without one (staff, teams, children...), and a case
 * still open, are judged on `asOf`.
 */
export const conditionDateFields: Readonly<Record<string, string>> = {
  audits: "completedOn",
  cases: "closedOn",
  "closed-cases": "closedOn",
  supervisions: "heldOn",
  pdrs: "heldOn",
  observations: "observedOn",
  reports: "publishedOn",
  "young-carer-assessments": "assessedOn",
};

/**
 * The day a subject's `when` condition is judged on.
 *
 * @param source - the rule's subject source
 * @param facts - the subject's facts
 * @param asOf - the evaluation's day, for sources without a deciding date
 * @returns the day
 * @example
 * conditionDay("audits", { completedOn: "2025-04-02" }, asOf); // the day of 2025-04-02
 */
export function conditionDay(source: string, facts: Readonly<Record<string, unknown>>, asOf: Day): Day {
  const field = conditionDateFields[source];
  const raw = field === undefined ? undefined : facts[field];
  const day = typeof raw === "string" ? parseDay(raw) : undefined;
  return day === undefined || day > asOf ? asOf : day;
}

/**
 * Compiles a rule's `when` condition into a test over a subject's facts.
 *
 * Each call of this function makes its own json-rules-engine `Engine`, never shared between
 * evaluations (a shared engine drops results when runs overlap). Results are memoised by the
 * values of the facts the condition reads and, when it reads dated parameters, by which set
 * of values is in force on the day: the engine runs once per distinct combination.
 *
 * @param condition - a json-rules-engine condition, or undefined for "always"
 * @param parameters - the policy's parameters, readable as the `parameters` fact
 * @returns the test
 */
export function compileCondition(condition: Condition | undefined, parameters: Parameters | ParameterValues): ConditionTest {
  if (condition === undefined) return async () => true;
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const [name, fn] of Object.entries(customOperators)) engine.addOperator(name, fn);
  engine.addRule({ conditions: condition as never, event: { type: "applies" } });
  const read = factsOf(condition);
  const readsParameters = read.has(PARAMETERS_FACT);
  const facts = [...read].filter((f) => f !== PARAMETERS_FACT).sort();
  const changes = readsParameters ? changeDays(parameters) : [];
  const snapshots = new Map<number, ParameterValues>();
  const memo = new Map<string, boolean>();
  return async (subjectFacts, day = Number.POSITIVE_INFINITY) => {
    let era = 0;
    while (era < changes.length && (changes[era] as Day) <= day) era++;
    const values = facts.map((f) => subjectFacts[f] ?? null);
    const key = `${era}|${JSON.stringify(values)}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const input: Record<string, unknown> = Object.fromEntries(facts.flatMap((f, i) => (values[i] === null ? [] : [[f, values[i]]])));
    if (readsParameters) {
      let snapshot = snapshots.get(era);
      if (!snapshot) snapshots.set(era, (snapshot = parametersOn(parameters, day)));
      input[PARAMETERS_FACT] = snapshot;
    }
    const { events } = await engine.run(input);
    const result = events.length > 0;
    memo.set(key, result);
    return result;
  };
}

/**
 * Lists the fact names a condition reads, including facts used as comparison values.
 *
 * @param node - a condition or any part of one
 * @returns the fact names
 */
export function factsOf(node: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const n of node) factsOf(n, into);
  else if (node !== null && typeof node === "object") {
    const fact = (node as { fact?: unknown }).fact;
    if (typeof fact === "string") into.add(fact);
    for (const value of Object.values(node)) factsOf(value, into);
  }
  return into;
}
