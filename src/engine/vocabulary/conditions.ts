import { Engine } from "json-rules-engine";
import type { Day } from "../../calendar/day";
import type { Condition } from "../../model/policy";
import type { ParameterTable } from "../context/parameter-table";
import { atIndex } from "../../util/at-index";
import { objectsIn } from "../../util/walk-json";

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

/** A rule's `when` condition, prepared once by the compiler. */
export interface PreparedCondition {
  /** The condition, or undefined for "always". */
  readonly condition: Condition | undefined;
  /** The subject facts it reads, sorted (the parameters fact aside). */
  readonly facts: readonly string[];
  /** Whether it compares with a parameter (then the era of the day it is judged on matters). */
  readonly readsParameters: boolean;
}

/**
 * Prepares a rule's `when` condition: which facts it reads, and whether it reads parameters.
 *
 * @param condition - a json-rules-engine condition, or undefined for "always"
 * @returns the prepared condition
 */
export function prepareCondition(condition: Condition | undefined): PreparedCondition {
  // The same three fields either way: a judge reads one object shape.
  if (condition === undefined) return { condition, facts: [], readsParameters: false };
  const read = factsOf(condition);
  return {
    condition,
    facts: [...read].filter((f) => f !== PARAMETERS_FACT).sort(),
    readsParameters: read.has(PARAMETERS_FACT),
  };
}

/** Whether a condition applies to a subject: read once {@link ConditionJudge.decide} has run. */
export interface Verdict {
  readonly applies: boolean;
}

/**
 * A condition judged over many subjects. json-rules-engine decides each distinct combination
 * of the facts the condition reads (and, when it reads dated parameters, of the era of the
 * day it is judged on) once, in one batch before any subject is looked at: an audit
 * condition reading `kind` and `grade` runs at most 30 times for a million audits.
 * {@link verdictOf} for every subject, then {@link decide} once, then each
 * verdict's `applies`. The subjects need not outlive `verdictOf` (a listing may judge one
 * reused view of its records). Its json-rules-engine is made for this judge only, never shared
 * (a shared engine drops results when runs overlap).
 */
export class ConditionJudge {
  private readonly combinations = new Combinations();

  /**
   * @param prepared - the prepared condition (one that is not "always")
   * @param parameters - the policy's parameters, readable as the `parameters` fact
   */
  constructor(private readonly prepared: PreparedCondition, private readonly parameters: ParameterTable) {}

  /**
   * The verdict on one subject, undecided until {@link decide}.
   *
   * @param subject - the subject; read now, never kept
   * @param dayOf - the day its condition is judged on (read only when the condition reads parameters)
   * @returns its verdict
   */
  verdictOf<S extends { fact(name: string): unknown }>(subject: S, dayOf: (subject: S) => Day): Verdict {
    const era = this.prepared.readsParameters ? this.parameters.eraOf(dayOf(subject)) : 0;
    return this.combinations.of(era, this.prepared.facts, subject);
  }

  /**
   * Decides every combination met so far, in one batch.
   *
   * @param pause - called between runs of the engine; when it returns a promise, the work waits for it
   */
  async decide(pause: () => Promise<void> | undefined = () => undefined): Promise<void> {
    const { condition, facts, readsParameters } = this.prepared;
    const engine = new Engine([], { allowUndefinedFacts: true });
    for (const [name, fn] of Object.entries(customOperators)) engine.addOperator(name, fn);
    engine.addRule({ conditions: condition as never, event: { type: "applies" } });
    for (const combination of this.combinations.all()) {
      // The engine's promises settle in microtasks, which never give the host a turn: pause here too.
      const turn = pause();
      if (turn) await turn;
      const input: Record<string, unknown> = {};
      facts.forEach((f, i) => {
        if (combination.values[i] !== null) input[f] = combination.values[i];
      });
      if (readsParameters) input[PARAMETERS_FACT] = this.parameters.onEra(combination.era);
      const { events } = await engine.run(input);
      combination.applies = events.length > 0;
    }
  }
}

/** One distinct combination of a condition's facts (and era), decided once. */
interface Combination {
  era: number;
  values: unknown[];
  applies: boolean;
}

/**
 * The distinct combinations of facts seen so far, in the order first seen. Plain values (no
 * list or object among them) are looked up through one map per fact, keyed by the values
 * themselves: no string or list is built per subject. A combination holding a list or an
 * object is keyed by its era and values as JSON, in a map of its own, so the two kinds of key
 * never meet.
 */
class Combinations {
  /** Era, then each fact's value in turn, to the combination: for values that are no objects. */
  private readonly byValues = new Map<number, Map<unknown, unknown>>();
  private readonly byJson = new Map<string, Combination>();
  private readonly found: Combination[] = [];

  of(era: number, facts: readonly string[], subject: { fact(name: string): unknown }): Combination {
    let level = this.byValues.get(era);
    if (level === undefined) this.byValues.set(era, (level = new Map()));
    // Down one map per fact; the last fact's value (or, with no fact, the era's own entry) holds the combination.
    let key: unknown = NO_FACT;
    for (let k = 0; k < facts.length; k++) {
      const value = subject.fact(atIndex(facts, k)) ?? null;
      if (value !== null && typeof value === "object") return this.ofJson(era, facts, subject);
      if (k === facts.length - 1) {
        key = value;
        break;
      }
      let next = level.get(value) as Map<unknown, unknown> | undefined;
      if (next === undefined) level.set(value, (next = new Map()));
      level = next;
    }
    let found = level.get(key) as Combination | undefined;
    if (found === undefined) level.set(key, (found = this.added(era, facts.map((f) => subject.fact(f) ?? null))));
    return found;
  }

  /** A combination with a list or an object among its values, keyed by them as JSON. */
  private ofJson(era: number, facts: readonly string[], subject: { fact(name: string): unknown }): Combination {
    const values = facts.map((f) => subject.fact(f) ?? null);
    const key = `${era}|${JSON.stringify(values)}`;
    let found = this.byJson.get(key);
    if (found === undefined) this.byJson.set(key, (found = this.added(era, values)));
    return found;
  }

  private added(era: number, values: unknown[]): Combination {
    const combination = { era, values, applies: false };
    this.found.push(combination);
    return combination;
  }

  all(): readonly Combination[] {
    return this.found;
  }
}

/** The key of the combination of a condition that reads no fact of its subjects (parameters alone). */
const NO_FACT = Symbol("no fact");

/**
 * Lists the fact names a condition reads, including facts used as comparison values.
 *
 * @param node - a condition or any part of one
 * @returns the fact names
 */
export function factsOf(node: unknown): Set<string> {
  return new Set(objectsIn(node).flatMap(({ node: { fact } }) => (typeof fact === "string" ? [fact] : [])));
}
