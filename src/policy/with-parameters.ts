import { InvalidPolicyError } from "../errors";
import { zodEnglish } from "../model/messages";
import { HOSTILE_KEYS } from "./hostile-keys";
import { parameterIssues } from "./retired";
import { parametersSchema, type Parameters } from "./parameters";
import type { Policy } from "./policy";
import { isPlainObject } from "../util/plain-object";

/**
 * A deep-partial patch of parameters: any subset of the tree, down to single values. A value
 * may be dated: `{ survey: { targetRate: [{ from: "2024-04-01", value: 0.1 }, { from: "2025-04-01", value: 0.15 }] } }`.
 */
export type ParameterPatch = DeepPartial<Parameters>;

type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/**
 * A new policy whose parameters are the given policy's with a patch laid over them. Lists,
 * dated lists and values are replaced whole; objects are merged. The input policy is not changed.
 *
 * @param policy - the policy to start from
 * @param patch - the parameters to change, nested by the dots of their names
 * @returns the new policy
 * @throws InvalidPolicyError naming every bad path (an unknown name, a value out of range)
 * @example
 * const stricter = withParameters(qafPolicy, { survey: { targetRate: 0.15 } });
 * const fromApril = withParameters(qafPolicy, {
 *   survey: { targetRate: [{ from: "2024-04-01", value: 0.1 }, { from: "2025-04-01", value: 0.15 }] },
 * });
 */
export function withParameters(policy: Policy, patch: ParameterPatch): Policy {
  const merged = merge(policy.parameters, patch, []);
  const result = parametersSchema.safeParse(merged, { error: zodEnglish });
  if (!result.success) throw new InvalidPolicyError(parameterIssues(result.error.issues, ["parameters"]));
  return { ...policy, parameters: result.data };
}

function merge(base: unknown, patch: unknown, path: string[]): unknown {
  if (!isPlainObject(patch) || !isPlainObject(base)) return patch === undefined ? base : patch;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (HOSTILE_KEYS.has(key)) {
      throw new InvalidPolicyError([{ path: ["parameters", ...path, key], message: "this key is not allowed" }]);
    }
    out[key] = Object.hasOwn(base, key) ? merge(base[key], value, [...path, key]) : value;
  }
  return out;
}
