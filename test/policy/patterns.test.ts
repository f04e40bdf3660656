/** No pattern a policy gives can backtrack: supervision.urnPattern and allMatch patterns are simple patterns. */
import { describe, expect, it } from "vitest";
import { InvalidPolicyError } from "../../src/errors";
import { issuesOf, paths } from "./refusals";
import { evaluate } from "../../src/engine/run/evaluate";
import { checkPolicy } from "../../src/engine/compile/compile-policy";
import { qafPolicy } from "../../src/policy/qaf-policy";
import type { Policy } from "../../src/policy/policy";
import { withParameters } from "../../src/policy/with-parameters";
import { dataset } from "../fixtures/org";

const urnOnly = qafPolicy.rules.findIndex((r) => r.id === "supervision.urn-only");

describe("patterns in a policy", () => {
  it("refuses a backtracking urnPattern such as ^(a+)+$ at its path, before anything runs", async () => {
    expect(paths(issuesOf(() => withParameters(qafPolicy, { supervision: { urnPattern: "^(a+)+$" } })))).toEqual(["parameters.supervision.urnPattern"]);
    const policy = JSON.parse(JSON.stringify(qafPolicy));
    policy.parameters.supervision.urnPattern = [{ from: "2024-04-01", value: "^[0-9]{1,12}$" }, { from: "2025-01-01", value: "^(a+)+$" }];
    expect(paths(issuesOf(() => checkPolicy(policy)))).toEqual(["parameters.supervision.urnPattern.1.value"]);
    await expect(evaluate(dataset(), { asOf: "2025-03-31", policy })).rejects.toBeInstanceOf(InvalidPolicyError);
  });

  it("refuses a backtracking pattern written in a rule", () => {
    const policy = JSON.parse(JSON.stringify(qafPolicy));
    policy.rules[urnOnly].assertions[0].pattern = "^(a|aa)*$";
    expect(paths(issuesOf(() => checkPolicy(policy)))).toEqual([`rules.${urnOnly}.assertions.0.pattern`]);
  });

  it("refuses a pattern parameter that is not a pattern, or read by a key it does not have", () => {
    for (const pattern of [{ param: "audit.qispMaxGrade" }, { param: "supervision.agendaItems" }, { param: "supervision.urnPattern", by: "contract" }]) {
      const policy = JSON.parse(JSON.stringify(qafPolicy));
      policy.rules[urnOnly].assertions[0].pattern = pattern;
      expect(paths(issuesOf(() => checkPolicy(policy)))).toEqual([`rules.${urnOnly}.assertions.0.pattern`]);
    }
  });

  it("checks a 33-character URN (and a very long one) against a simple pattern quickly", async () => {
    const data = dataset() as Record<string, unknown[]>;
    const policy: Policy = { ...withParameters(qafPolicy, { supervision: { urnPattern: "^a*a*a*a*a*a*a*a*$" } }), rules: [qafPolicy.rules[urnOnly] as Policy["rules"][number]] };
    const staff = (data["staff"] ?? []) as { id: string; lineManagerId?: string }[];
    const worker = staff.find((s) => s.lineManagerId !== undefined);
    expect(worker).toBeDefined();
    data["supervisions"] = [{
      id: "sup-hostile", superviseeId: worker?.id, supervisorId: worker?.lineManagerId, heldOn: "2024-06-03",
      agenda: [], reflection: true, personalImpactUrns: [`${"a".repeat(33)}!`, `${"a".repeat(100_000)}!`, "aaaa"],
    }];
    const started = performance.now();
    const result = await evaluate(data, { asOf: "2025-03-31", policy });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(result.rejected).toEqual([]);
    const breach = result.breaches.find((b) => b.ruleId === "supervision.urn-only");
    expect(JSON.stringify(breach?.details)).toContain("[0,1]");
  });
});
