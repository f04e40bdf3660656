/** Numbers in a policy have realistic bounds: whole day and month counts up to ten years, rates 0 to 1. */
import { describe, expect, it } from "vitest";
import { issuesOf, paths } from "./refusals";
import { parsePolicy } from "../../src/engine/compile/parse-policy";
import { qafPolicy } from "../../src/policy/qaf-policy";
import { withParameters, type ParameterPatch } from "../../src/policy/with-parameters";

const copy = () => JSON.parse(JSON.stringify(qafPolicy));


describe("parameter bounds", () => {
  it.each<[ParameterPatch, string]>([
    [{ audit: { qispWorkingDays: 1e9 } }, "parameters.audit.qispWorkingDays"],
    [{ audit: { qispWorkingDays: 2.5 } }, "parameters.audit.qispWorkingDays"],
    [{ audit: { feedbackWorkingDays: -1 } }, "parameters.audit.feedbackWorkingDays"],
    [{ supervision: { maxIntervalDays: { "full-time": 1e9, "part-time": 61 } } }, "parameters.supervision.maxIntervalDays.full-time"],
    [{ supervision: { perYear: { "full-time": 1e6, "part-time": 6 } } }, "parameters.supervision.perYear.full-time"],
    [{ survey: { targetGraceDays: 1e15 } }, "parameters.survey.targetGraceDays"],
    [{ survey: { offerWorkingDays: 3651 } }, "parameters.survey.offerWorkingDays"],
    [{ survey: { targetRate: Number.NaN } }, "parameters.survey.targetRate"],
    [{ "young-carers": { assessmentWithinDays: 0.5 } }, "parameters.young-carers.assessmentWithinDays"],
    [{ pdr: { intervalMonths: 121 } }, "parameters.pdr.intervalMonths"],
    [{ case: { reviewAfterMonths: { IFST: 1e9, FCT: 3 } } }, "parameters.case.reviewAfterMonths.IFST"],
    [{ reports: { dueMonthsAfterPeriod: 1e9 } }, "parameters.reports.dueMonthsAfterPeriod"],
    [{ escalation: { levelAfterWorkingDays: [1, 1e9] } }, "parameters.escalation.levelAfterWorkingDays.1"],
    [{ survey: { targetGraceDays: [{ from: "2024-04-01", value: 1e9 }] } }, "parameters.survey.targetGraceDays.0.value"],
  ])("withParameters refuses %j at its path", (patch, path) => {
    const issues = issuesOf(() => withParameters(qafPolicy, patch));
    expect(paths(issues)).toEqual([path]);
    expect(issues[0]?.message).not.toMatch(/1e|1000000|NaN/);
  });

  it("accepts the edges: 0 and 3,650 days, 120 months", () => {
    const policy = withParameters(qafPolicy, { audit: { qispWorkingDays: 3650 }, survey: { targetGraceDays: 0 }, pdr: { intervalMonths: 120 } });
    expect(policy.parameters.audit.qispWorkingDays).toBe(3650);
  });

  it("says what the bound is, without the value", () => {
    const [issue] = issuesOf(() => withParameters(qafPolicy, { audit: { qispWorkingDays: 123456 } }));
    expect(issue?.message).toBe("must be at most 3,650 (ten years)");
    const [fraction] = issuesOf(() => withParameters(qafPolicy, { audit: { qispWorkingDays: 2.5 } }));
    expect(fraction?.message).toBe("must be a whole number of days");
  });
});

describe("numbers written in a rule", () => {
  const ruleIndex = (id: string) => qafPolicy.rules.findIndex((r) => r.id === id);

  it("a deadline's working days, a chain's interval, a cadence's count and a target's rate and grace are bounded", () => {
    const bad = copy();
    bad.rules[ruleIndex("audit.qisp")].due.count = 1e9;
    bad.rules[ruleIndex("supervision.interval")].interval = { days: 0 };
    bad.rules[ruleIndex("oversight.dashboard-review")].required = -3;
    bad.rules[ruleIndex("survey.completion-target")].rate = 2;
    bad.rules[ruleIndex("survey.completion-target")].graceDays = 1.5;
    const issues = issuesOf(() => parsePolicy(bad));
    expect(paths(issues).sort()).toEqual([
      `rules.${ruleIndex("audit.qisp")}.due.count`,
      `rules.${ruleIndex("supervision.interval")}.interval.days`,
      `rules.${ruleIndex("oversight.dashboard-review")}.required`,
      `rules.${ruleIndex("survey.completion-target")}.rate`,
      `rules.${ruleIndex("survey.completion-target")}.graceDays`,
    ].sort());
  });

  it("a count of days or months may not read a parameter that is not a whole number (a rate would make fractional days)", () => {
    const bad = copy();
    bad.rules[ruleIndex("survey.completion-target")].graceDays = { param: "survey.targetRate" };
    bad.rules[ruleIndex("audit.qisp")].due.count = { param: "supervision.urnPattern" };
    expect(paths(issuesOf(() => parsePolicy(bad))).sort()).toEqual([
      `rules.${ruleIndex("audit.qisp")}.due.count`,
      `rules.${ruleIndex("survey.completion-target")}.graceDays`,
    ].sort());
  });
});

describe("how many rules a policy holds", () => {
  it("refuses more than 1,000 rules, saying so", async () => {
    const { policyIssues, qafPolicy } = await import("../../src");
    const many = { ...qafPolicy, rules: Array.from({ length: 1001 }, (_, i) => ({ ...qafPolicy.rules[0], id: `audit.copy-${i}` })) };
    expect(policyIssues(many).map((i) => i.message)).toContain("a policy may hold at most 1,000 rules");
  });
});
