/**
 * The public API's types, checked by the compiler (vitest's typecheck mode): nothing here runs.
 */
import { describe, expectTypeOf, it } from "vitest";
import { evaluate, explain, isQafRuleId, parameterOn, qafPolicy, withParameters } from "../../src";
import type {
  Breach, DatasetInput, Escalation, Evaluation, EvaluateOptions, Explanation, Obligation, ObligationStatus, ParameterPath, Policy, RuleId,
} from "../../src";

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

  it("isQafRuleId narrows a string to RuleId", () => {
    const id: string = "supervision.interval";
    if (isQafRuleId(id)) expectTypeOf(id).toEqualTypeOf<RuleId>();
  });

  it("keys a Record<RuleId, number> by the default policy's ids only", () => {
    const counts = {} as Record<RuleId, number>;
    expectTypeOf(counts["audit.qisp"]).toEqualTypeOf<number>();
    // @ts-expect-error: not a rule of the default policy
    counts["audit.qsip"] = 1;
  });
});

describe("evaluate", () => {
  it("takes a DatasetInput for completion, or unknown, and resolves to an Evaluation", () => {
    expectTypeOf<DatasetInput>().toHaveProperty("staff");
    expectTypeOf<NonNullable<DatasetInput["staff"]>[number]>().toHaveProperty("lineManagerId");
    const typed: DatasetInput = { areas: [{ id: "a1", name: "North" }] };
    const fromJson: unknown = JSON.parse('{"areas": []}');
    expectTypeOf(evaluate(typed, { asOf: "2025-03-31" })).resolves.toEqualTypeOf<Evaluation>();
    expectTypeOf(evaluate(fromJson, { asOf: "2025-03-31" })).resolves.toEqualTypeOf<Evaluation>();
    // @ts-expect-error: a dataset's collection holds records, not a string
    const wrong: DatasetInput = { staff: "everyone" };
    expectTypeOf(wrong).toEqualTypeOf<DatasetInput>();
  });

  it("needs asOf, and takes a policy", () => {
    expectTypeOf<EvaluateOptions["asOf"]>().toEqualTypeOf<string>();
    expectTypeOf<EvaluateOptions["policy"]>().toEqualTypeOf<Policy | undefined>();
    // @ts-expect-error: asOf is required
    void evaluate({}, {});
  });

  it("gives results whose fields a caller can rely on", () => {
    expectTypeOf<Evaluation["obligations"]>().toEqualTypeOf<Obligation[]>();
    expectTypeOf<Evaluation["breaches"]>().toEqualTypeOf<Breach[]>();
    expectTypeOf<Evaluation["escalations"]>().toEqualTypeOf<Escalation[]>();
    expectTypeOf<Obligation["status"]>().toEqualTypeOf<ObligationStatus>();
    expectTypeOf<Obligation["dueBy"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Breach["status"]>().toEqualTypeOf<"active" | "resolved" | "lapsed">();
    expectTypeOf<Escalation["kind"]>().toEqualTypeOf<"referral" | "breach">();
  });
});

describe("explain and the policy helpers", () => {
  it("explain takes an evaluation, an id and the inputs, and gives an Explanation", () => {
    expectTypeOf(explain).parameter(0).toEqualTypeOf<Evaluation>();
    expectTypeOf(explain).parameter(1).toEqualTypeOf<string>();
    expectTypeOf(explain).returns.toEqualTypeOf<Explanation>();
    expectTypeOf<Explanation["steps"]>().toEqualTypeOf<string[]>();
  });

  it("withParameters keeps a Policy; parameterOn knows a parameter's type by its path", () => {
    expectTypeOf(withParameters(qafPolicy, {})).toEqualTypeOf<Policy>();
    expectTypeOf<"audit.qispMaxGrade">().toExtend<ParameterPath>();
    expectTypeOf<"audit.nope">().not.toExtend<ParameterPath>();
    expectTypeOf(parameterOn(qafPolicy, "audit.qispMaxGrade", 0)).toEqualTypeOf<number>();
  });
});
