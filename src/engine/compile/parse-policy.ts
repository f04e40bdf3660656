import { InvalidPolicyError, parsedUpTo } from "../../errors";
import { checkPolicy } from "./compile-policy";
import type { Policy } from "../../policy/policy";

/**
 * Reads a policy document: the JSON text of a policy file, or the value `JSON.parse` made of
 * it. Validates the whole of it (see `checkPolicy`) and rejects a bad one with every problem's
 * path: an unknown rule kind, a parameter out of range, a condition naming an unknown fact or
 * operator, a hostile key such as `__proto__`.
 *
 * @param json - JSON text, or an already parsed value
 * @returns the policy
 * @throws InvalidPolicyError naming every bad path (or the JSON syntax error)
 * @example
 * const policy = parsePolicy(readFileSync("my-policy.json", "utf8"));
 */
export function parsePolicy(json: unknown): Policy {
  let value = json;
  if (typeof json === "string") {
    try {
      value = JSON.parse(json);
    } catch (e) {
      throw new InvalidPolicyError([{ path: [], message: `not valid JSON${parsedUpTo(e)}` }]);
    }
  }
  return checkPolicy(value);
}
