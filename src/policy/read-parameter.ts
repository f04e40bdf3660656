import type { ParamRef } from "../model/policy";
import type { Parameters } from "./parameters";

/**
 * Reads a parameter by its dotted name. Every read of a parameter goes through here, so
 * that how a value is stored (plain today, dated later) is known in one place.
 *
 * @param parameters - the policy's parameters
 * @param ref - the parameter's name, and for a keyed parameter the key to pick
 * @param key - the value of the subject's fact named by `ref.by`
 * @returns the value, or `undefined` when the name or key is unknown
 * @example
 * readParameter(defaultParameters, { param: "audit.qispMaxGrade" }); // 5
 * readParameter(defaultParameters, { param: "supervision.perYear", by: "contract" }, "part-time"); // 6
 */
export function readParameter(parameters: Parameters, ref: ParamRef, key?: string): unknown {
  let value: unknown = parameters;
  for (const part of ref.param.split(".")) value = childOf(value, part);
  if (ref.by !== undefined) value = key === undefined ? undefined : childOf(value, key);
  return value;
}

function childOf(value: unknown, key: string): unknown {
  if (value === null || typeof value !== "object" || !Object.hasOwn(value, key)) return undefined;
  return (value as Record<string, unknown>)[key];
}
