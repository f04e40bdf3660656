import { Engine } from "json-rules-engine";
import type { Condition } from "../model/policy";
import type { Parameters } from "../policy/parameters";

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
  (facts: Readonly<Record<string, unknown>>): Promise<boolean>;
}

/**
 * Compiles a rule's `when` condition into a test over a subject's facts.
 *
 * Each call of this function makes its own json-rules-engine `Engine`, never shared between
 * evaluations (a shared engine drops results when runs overlap). Results are memoised by the
 * values of the facts the condition reads, so the engine runs once per distinct combination,
 * not once per subject.
 *
 * @param condition - a json-rules-engine condition, or undefined for "always"
 * @param parameters - the policy's parameters, readable as the `parameters` fact
 * @returns the test
 */
export function compileCondition(condition: Condition | undefined, parameters: Parameters): ConditionTest {
  if (condition === undefined) return async () => true;
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const [name, fn] of Object.entries(customOperators)) engine.addOperator(name, fn);
  engine.addFact(PARAMETERS_FACT, parameters);
  engine.addRule({ conditions: condition as never, event: { type: "applies" } });
  const facts = [...factsOf(condition)].filter((f) => f !== PARAMETERS_FACT).sort();
  const memo = new Map<string, boolean>();
  return async (subjectFacts) => {
    const values = facts.map((f) => subjectFacts[f] ?? null);
    const key = JSON.stringify(values);
    const known = memo.get(key);
    if (known !== undefined) return known;
    const input = Object.fromEntries(facts.flatMap((f, i) => (values[i] === null ? [] : [[f, values[i]]])));
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
