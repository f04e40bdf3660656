import type { Day } from "../calendar/day";
import type { ParamRef } from "../model/policy";
import { resolveOn, unwrapOn } from "./dated";
import type { ParameterValues, Parameters } from "./parameters";
import { descendParameters } from "./parameter-path";

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
  if (ref.by !== undefined && key === undefined) return undefined;
  const keys = ref.param.split(".");
  if (key !== undefined && ref.by !== undefined) keys.push(key);
  return resolveOn(descendParameters(parameters, keys, (node) => unwrapOn(node, on)), on);
}
