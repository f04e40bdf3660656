import { beforeAll, describe, expect, it } from "vitest";
import { evaluate, qafPolicy, type Evaluation } from "../../../src";
import { familiesScenario, SCENARIO_AS_OF } from "./dataset";
import { expectedBreaches, expectedEscalations, expectedObligations } from "./expected";
import { FAMILY_RULE_IDS, familiesOnly } from "./support";

const families = new Set<string>(FAMILY_RULE_IDS);
const sorted = (ids: string[]) => [...ids].sort();

describe("families scenario: a small service over FY 2024/25", () => {
  let result: Evaluation;
  beforeAll(async () => {
    result = await evaluate(familiesScenario, { asOf: SCENARIO_AS_OF, policy: familiesOnly(qafPolicy) });
  });

  it("evaluates every record (none rejected) over the FY window", () => {
    expect(result.rejected).toEqual([]);
    expect(result.window).toEqual({ from: "2024-04-01", to: "2025-03-31" });
  });

  it.each(Object.entries(expectedObligations))("obligation %s", (id, expected) => {
    expect(result.obligations.find((o) => o.id === id)).toMatchObject({ id, ...expected });
  });

  it("has no obligation of these rules beyond the expected ones", () => {
    const ids = result.obligations.filter((o) => families.has(o.ruleId)).map((o) => o.id);
    expect(sorted(ids)).toEqual(sorted(Object.keys(expectedObligations)));
  });

  it.each(Object.entries(expectedBreaches))("breach %s", (id, expected) => {
    expect(result.breaches.find((b) => b.id === id)).toMatchObject({ id, ...expected });
  });

  it("has no unexpected breach of these rules", () => {
    const ids = result.breaches.filter((b) => families.has(b.ruleId)).map((b) => b.id);
    expect(sorted(ids)).toEqual(sorted(Object.keys(expectedBreaches)));
  });

  it("names what is missing in the survey.offer breach", () => {
    const breach = result.breaches.find((b) => b.id === "survey.offer/case:5002#breach");
    expect(breach?.details["missing"]).toEqual(["child survey for child f2a"]);
  });

  it.each(Object.entries(expectedEscalations))("escalation %s", (id, expected) => {
    expect(result.escalations.find((e) => e.id === id)).toMatchObject({ id, ...expected });
  });

  it("has no unexpected escalation of these rules", () => {
    const ids = result.escalations.filter((e) => families.has(e.ruleId)).map((e) => e.id);
    expect(sorted(ids)).toEqual(sorted(Object.keys(expectedEscalations)));
  });

  it("finds the same for the families rules when the whole QAF policy runs", async () => {
    const whole = await evaluate(familiesScenario, { asOf: SCENARIO_AS_OF, policy: qafPolicy });
    const ours = (list: { id: string; ruleId: string }[]) => sorted(list.filter((x) => families.has(x.ruleId)).map((x) => x.id));
    expect(ours(whole.obligations)).toEqual(sorted(Object.keys(expectedObligations)));
    expect(ours(whole.breaches)).toEqual(sorted(Object.keys(expectedBreaches)));
    expect(ours(whole.escalations)).toEqual(sorted(Object.keys(expectedEscalations)));
  });
});
