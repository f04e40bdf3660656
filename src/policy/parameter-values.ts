import type { ParamRef } from "../model/policy";
import { isDated } from "./dated";
import { isPlainObject } from "../util/plain-object";


/**
 * Every value a parameter reference may read, on any day and for any key: each dated value,
 * and for a keyed reference (`by`) each key's. A keyed reference to a parameter that has no
 * keys gives `undefined` (nothing it could read); an unknown name gives no value at all (the
 * vocabulary reports it).
 *
 * @param parameters - the policy's parameters
 * @param ref - the reference, as written in a rule
 * @returns the values
 * @example
 * valuesOfParameter(defaultParameters, { param: "supervision.perYear", by: "contract" }); // [9, 6]
 */
export function valuesOfParameter(parameters: unknown, ref: ParamRef): unknown[] {
  return valuesOf(parameters, ref.param.split("."), ref.by !== undefined);
}

function valuesOf(node: unknown, parts: readonly string[], keyed: boolean): unknown[] {
  if (isDated(node)) return node.flatMap((e) => valuesOf(e.value, parts, keyed));
  if (parts.length === 0) {
    if (!keyed) return [node];
    return isPlainObject(node) ? Object.values(node).flatMap((v) => valuesOf(v, [], false)) : [undefined];
  }
  const [head, ...rest] = parts;
  return isPlainObject(node) && head !== undefined && Object.hasOwn(node, head) ? valuesOf(node[head], rest, keyed) : [];
}
