import { canonicalJson } from "../compare/canonical-json";
import type { Policy } from "./policy";

const digests = new WeakMap<object, string>();

/** Two FNV-1a hashes of 32 bits with different offsets, as 16 hexadecimal digits: enough to tell policies apart, not a security hash. */
function fnv64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

/**
 * A digest of what a policy decides with: its calendar, every parameter value and every rule
 * (switches and effective dates included), whatever the key order; the `$schema` hint is left
 * out. Two evaluations with the same digest were made with the same policy, so `changes`
 * can tell a change in the data from a change in the policy.
 *
 * @param policy - a checked policy
 * @returns 16 hexadecimal digits
 * @example
 * policyDigest(qafPolicy) === policyDigest(withParameters(qafPolicy, {})); // true
 */
export function policyDigest(policy: Policy): string {
  let known = digests.get(policy);
  if (known === undefined) {
    known = fnv64(canonicalJson({ calendar: policy.calendar, parameters: policy.parameters, rules: policy.rules }));
    digests.set(policy, known);
  }
  return known;
}
