import { beforeAll, describe, expect, it } from "vitest";
import { evaluate, type Evaluation } from "../../../src";
import { AS_OF, governanceScenario } from "./dataset";
import { expectedBreaches, expectedObligationCounts, expectedObligations } from "./expected";
import { GOVERNANCE_RULE_IDS } from "./org";

const ours = new Set<string>(GOVERNANCE_RULE_IDS);

describe("governance scenario: a small service over FY 2024/25, asOf 2025-03-31", () => {
  let result: Evaluation;
  beforeAll(async () => {
    result = await evaluate(governanceScenario, { asOf: AS_OF });
  });

  it("accepts every record", () => {
    expect(result.rejected).toEqual([]);
    expect(result.window).toEqual({ from: "2024-04-01", to: "2025-03-31" });
  });

  it.each(expectedBreaches.map((b) => [b.id, b] as const))("breach %s", (id, expected) => {
    expect(result.breaches.find((b) => b.id === id)).toMatchObject(expected);
  });

  it("has no unexpected breach of these rules", () => {
    const got = result.breaches.filter((b) => ours.has(b.ruleId)).map((b) => b.id).sort();
    expect(got).toEqual(expectedBreaches.map((b) => b.id).sort());
  });

  it.each(expectedObligations.map((o) => [o.id, o] as const))("obligation %s", (id, expected) => {
    expect(result.obligations.find((o) => o.id === id)).toMatchObject(expected);
  });

  it("owes the hand-counted number of obligations per rule", () => {
    const counts: Record<string, number> = {};
    for (const o of result.obligations) if (ours.has(o.ruleId)) counts[o.ruleId] = (counts[o.ruleId] ?? 0) + 1;
    expect(counts).toEqual(expectedObligationCounts);
  });

  it("escalates each active breach from its owner's line manager: a team's week missed in January has reached the top", async () => {
    const e = result.escalations.find((x) => x.breachId === "governance.team-briefing/team:t-n/2025-W03#breach");
    // since 2025-01-20; the 20th working day after is 2025-02-17
    expect(e).toMatchObject({ level: 3, to: { body: "ehivcmt" }, raisedOn: "2025-02-17" });
    // an operations manager's ladder is short: rung 1 their line manager sm, rung 2 the body.
    // since 2025-03-10; the 10th working day after is 2025-03-24
    expect(result.escalations.find((x) => x.breachId === "oversight.bi-access/staff:om-n/2025-W10#breach"))
      .toMatchObject({ level: 2, to: { body: "ehivcmt" }, raisedOn: "2025-03-24" });
    const early = await evaluate(governanceScenario, { asOf: "2025-03-21" });
    expect(early.escalations.find((x) => x.breachId === "oversight.bi-access/staff:om-n/2025-W10#breach"))
      .toMatchObject({ level: 1, to: { staffId: "sm" }, raisedOn: "2025-03-10" });
    // resolved breaches do not escalate
    expect(result.escalations.find((x) => x.breachId === "report.service-improvement/service:service/2024/25 Q2#breach")).toBeUndefined();
  });
});
