import { describe, expect, it } from "vitest";
import { evaluate, isQafRuleId, qafPolicy, qafRules } from "../../src";
import type { DatasetInput } from "../../src";

// The types of the public API are checked in public-types.test-d.ts; these are what runs.
describe("RuleId at run time", () => {
  it("isQafRuleId knows exactly the default policy's ids", () => {
    expect(qafPolicy.rules.every((rule) => isQafRuleId(rule.id))).toBe(true);
    expect(qafRules.every((rule) => isQafRuleId(rule.id))).toBe(true);
    expect(isQafRuleId("audit.manager-audits")).toBe(true);
    expect(isQafRuleId("governance.attendance")).toBe(true);
    expect(isQafRuleId("audit.feedback-5-days")).toBe(false);
    expect(isQafRuleId("")).toBe(false);
    expect(isQafRuleId("toString")).toBe(false);
  });
});

describe("evaluate's dataset", () => {
  it("takes a typed DatasetInput and JSON read as unknown alike", async () => {
    const typed: DatasetInput = { areas: [{ id: "a1", name: "North" }] };
    const fromJson: unknown = JSON.parse('{"areas": []}');
    expect((await evaluate(typed, { asOf: "2025-03-31" })).counts.areas?.evaluated).toBe(1);
    expect((await evaluate(fromJson, { asOf: "2025-03-31" })).counts.areas?.received).toBe(0);
  });
});
