import { addDays, formatDay, parseDay, type Day } from "../calendar/day";
import { bindKind } from "../engine/kinds";
import { conditionParameterPaths } from "../engine/compile/rule-vocabulary";
import type { ParamRef, RuleDefinition } from "../model/policy";
import { indexInForce, isDated } from "../policy/dated";
import type { Parameters } from "../policy/parameters";
import { objectsIn } from "../util/walk-json";
import { descendParameters } from "../policy/parameter-path";

/** A parameter value as an obligation used it, with the dates it was in force. */
export interface ParameterValue {
  /** Dotted name, with the key for a keyed parameter (`supervision.perYear.part-time`). */
  name: string;
  value: unknown;
  /** The day that decided which value applies. */
  on: string;
  /** First and last day the value is in force; absent ends are open (a plain value is always in force). */
  inForce: { from?: string; to?: string };
}

/**
 * Reads one parameter on a day and says from when to when that value is in force.
 *
 * @param parameters - the policy's parameters
 * @param name - dotted name, key included for a keyed parameter
 * @param day - the deciding day
 * @returns the value and its dates
 */
export function valueInForce(parameters: Parameters, name: string, day: Day): ParameterValue {
  let from: Day | undefined;
  let to: Day | undefined;
  const settle = (node: unknown): unknown => {
    while (isDated(node)) {
      const i = indexInForce(node, day);
      const start = i === 0 ? undefined : parseDay(node[i]?.from ?? "");
      const next = node[i + 1] === undefined ? undefined : addDays(parseDay(node[i + 1]?.from ?? "") as Day, -1);
      if (start !== undefined && (from === undefined || start > from)) from = start;
      if (next !== undefined && (to === undefined || next < to)) to = next;
      node = node[i]?.value;
    }
    return node;
  };
  const node = descendParameters(parameters, name.split("."), settle);
  return {
    name, value: node, on: formatDay(day),
    inForce: { ...(from === undefined ? {} : { from: formatDay(from) }), ...(to === undefined ? {} : { to: formatDay(to) }) },
  };
}

function refsOf(node: unknown): ParamRef[] {
  return objectsIn(node).flatMap(({ node: { param, by } }) =>
    typeof param === "string" ? [{ param, ...(typeof by === "string" ? { by } : {}) }] : []);
}

/**
 * The parameter values one obligation of a rule used, each as in force on its deciding day.
 *
 * @param rule - the rule
 * @param parameters - the policy's parameters
 * @param day - the deciding day
 * @param keyOn - the subject's key for a keyed parameter (its contract on the day)
 * @param conditionOn - the day the rule's `when` condition is judged on, for the parameters it compares with
 * @returns the values, each name once
 */
export function parameterValuesOf(
  rule: RuleDefinition,
  parameters: Parameters,
  day: Day,
  keyOn: (fact: string, day: Day) => string | undefined,
  conditionOn: Day = day,
): ParameterValue[] {
  const names = new Set<string>();
  for (const ref of refsOf(rule)) {
    const key = ref.by === undefined ? undefined : keyOn(ref.by, day);
    names.add(key === undefined ? ref.param : `${ref.param}.${key}`);
  }
  const inCondition = new Set(conditionParameterPaths(rule.when));
  for (const n of bindKind(rule).namesUsed().parameters) names.add(n);
  for (const name of inCondition) names.add(name);
  return [...names].sort().map((name) => valueInForce(parameters, name, inCondition.has(name) && !refsOf(rule).some((r) => r.param === name) ? conditionOn : day));
}
