import type { Day } from "../calendar/day";
import type { ParamRef } from "../model/policy";
import { resolveOn, unwrapOn } from "./dated";
import type { ParameterValues, Parameters } from "./parameters";

/**
 * Reads a parameter by its dotted name, as in force on a day. Every read of a parameter goes
 * through here, so that how a value is stored (plain or dated) is known in one place.
 *
 * @param parameters - the policy's parameters
 * @param ref - the parameter's name, and for a keyed parameter the key to pick
 * @param key - the value of the subject's fact named by `ref.by`
 * @param on - the day that decides the obligation (a period's start, an anchor date); without
 *   it, a dated parameter reads its latest value (only for reads that no day decides)
 * @returns the plain value in force on that day, or `undefined` when the name or key is unknown
 * @example
 * readParameter(defaultParameters, { param: "audit.qispMaxGrade" }, undefined, toDay("2025-01-01")); // 5
 * readParameter(defaultParameters, { param: "supervision.perYear", by: "contract" }, "part-time", day); // 6
 */
export function readParameter(parameters: Parameters | ParameterValues, ref: ParamRef, key?: string, on: Day = Number.POSITIVE_INFINITY): unknown {
  let value: unknown = parameters;
  for (const part of ref.param.split(".")) value = childOf(unwrapOn(value, on), part);
  if (ref.by !== undefined) value = key === undefined ? undefined : childOf(unwrapOn(value, on), key);
  return resolveOn(value, on);
}

function childOf(value: unknown, key: string): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value) || !Object.hasOwn(value, key)) return undefined;
  return (value as Record<string, unknown>)[key];
}
