import { expect } from "vitest";
import { InvalidPolicyError, type Issue } from "../../src/errors";

/**
 * The issues of the InvalidPolicyError a call throws; fails the test if it throws anything
 * else, or accepts the policy.
 *
 * @param run - the call that must refuse a policy
 * @returns the issues
 */
export function issuesOf(run: () => unknown): Issue[] {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidPolicyError);
    return (e as InvalidPolicyError).issues;
  }
  throw new Error("the policy was accepted");
}

/** The issues' paths, dotted: `parameters.audit.qispWorkingDays`. */
export const paths = (issues: Issue[]): string[] => issues.map((i) => i.path.join("."));
