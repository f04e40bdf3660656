import { InvalidPolicyError } from "../errors";
import type { Policy } from "./policy";
import { withParameters, type ParameterPatch } from "./with-parameters";
import { withRules, type RuleSwitches } from "./with-rules";

/**
 * A change to a policy, as a file or a proposal holds it: parameters to patch and rules to
 * switch. `{ "parameters": { "survey": { "targetRate": 0.15 } }, "rules": { "supervision.interval": { "enabled": true } } }`.
 */
export interface PolicyPatch {
  parameters?: ParameterPatch;
  rules?: RuleSwitches;
}

/**
 * Applies a patch to a policy: its parameters with {@link withParameters}, its rule switches
 * with {@link withRules}. The input policy is not changed.
 *
 * @param policy - the policy to start from
 * @param patch - `parameters` and/or `rules`
 * @returns the new policy
 * @throws InvalidPolicyError naming every bad path, a key other than `parameters` and `rules` included
 * @example
 * applyPolicyPatch(qafPolicy, { rules: { "governance.locality-management-oversight": { enabled: true } } });
 */
export function applyPolicyPatch(policy: Policy, patch: PolicyPatch): Policy {
  const extra = Object.keys(patch).filter((k) => k !== "parameters" && k !== "rules");
  if (extra.length > 0) {
    throw new InvalidPolicyError(extra.map((k) => ({ path: [k], message: "a policy patch takes only \"parameters\" and \"rules\"" })));
  }
  const patched = patch.parameters === undefined ? policy : withParameters(policy, patch.parameters);
  return patch.rules === undefined ? patched : withRules(patched, patch.rules);
}
