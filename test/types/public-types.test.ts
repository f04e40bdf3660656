import { describe, expect, expectTypeOf, it } from "vitest";
import { evaluate, isQafRuleId, qafPolicy, qafRules } from "../../src";
import type { Breach, DatasetInput, Evaluation, RuleId } from "../../src";

describe("RuleId", () => {
  it("is the union of the default policy's rule ids, derived from the rules", () => {
    expectTypeOf<"audit.feedback">().toExtend<RuleId>();
    expectTypeOf<"governance.team-briefing">().toExtend<RuleId>();
    expectTypeOf<"audit.manager-audits">().toExtend<RuleId>();
    expectTypeOf<"governance.attendance">().toExtend<RuleId>();
    expectTypeOf<"report.annual">().not.toExtend<RuleId>();
    expectTypeOf<"audit.feedbak">().not.toExtend<RuleId>();
    expectTypeOf<RuleId>().not.toEqualTypeOf<string>();
    // A result's ruleId stays a string: a council's own policy may add rules.
    expectTypeOf<Breach["ruleId"]>().toEqualTypeOf<string>();
  });

  it("isQafRuleId narrows a string to RuleId and knows exactly the default policy's ids", () => {
    const id: string = "supervision.interval";
    if (isQafRuleId(id)) expectTypeOf(id).toEqualTypeOf<RuleId>();
    expect(qafPolicy.rules.every((rule) => isQafRuleId(rule.id))).toBe(true);
    // 42, and the rulings of 2026-12-07: audit.manager-audits (shipped off) and governance.attendance.
    expect(qafRules.length).toBe(44);
    expect(isQafRuleId("audit.manager-audits")).toBe(true);
    expect(isQafRuleId("governance.attendance")).toBe(true);
    expect(isQafRuleId("audit.feedback-5-days")).toBe(false);
    expect(isQafRuleId("")).toBe(false);
    expect(isQafRuleId("toString")).toBe(false);
  });

  it("counts per rule as a Record<RuleId, number> type-check", () => {
    const counts = Object.fromEntries(qafRules.map((rule) => [rule.id, 0])) as Record<RuleId, number>;
    counts["audit.qisp"] += 1;
    // @ts-expect-error: not a rule of the default policy
    counts["audit.qsip"] = 1;
    expect(counts["audit.qisp"]).toBe(1);
  });
});

describe("evaluate's dataset", () => {
  it("is typed DatasetInput for completion, and still accepts unknown", async () => {
    expectTypeOf<DatasetInput>().toHaveProperty("staff");
    expectTypeOf<NonNullable<DatasetInput["staff"]>[number]>().toHaveProperty("lineManagerId");
    const typed: DatasetInput = { areas: [{ id: "a1", name: "North" }] };
    const fromJson: unknown = JSON.parse('{"areas": []}');
    expectTypeOf(evaluate(typed, { asOf: "2025-03-31" })).resolves.toEqualTypeOf<Evaluation>();
    expectTypeOf(evaluate(fromJson, { asOf: "2025-03-31" })).resolves.toEqualTypeOf<Evaluation>();
    expect((await evaluate(typed, { asOf: "2025-03-31" })).counts.areas?.evaluated).toBe(1);
    expect((await evaluate(fromJson, { asOf: "2025-03-31" })).counts.areas?.received).toBe(0);
    // @ts-expect-error: a dataset's collection holds records, not a string
    const wrong: DatasetInput = { staff: "everyone" };
    expect(wrong).toBeDefined();
  });
});
