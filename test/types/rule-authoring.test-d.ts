/**
 * The strict authoring type of the built-in rules: each `@ts-expect-error` below is a name the
 * engine does not know, or one the rule's subjects cannot give, and must fail to compile (an
 * unused directive is itself an error, so each case proves its refusal). Checked by `tsc`
 * (`test/` is in the project) and by vitest's typecheck mode.
 */
import { describe, expectTypeOf, it } from "vitest";
import type { AuthoredRule, ParameterName } from "../../src/rules/authoring";
import { qaf } from "../../src/rules/basis";
import { all, parameter } from "../../src/rules/conditions";
import { defineRules } from "../../src/rules/define-rules";

const basis = { subjects: qaf(), due: qaf(), fulfilment: qaf(), owner: qaf(), escalation: qaf(), severity: qaf() };
const head = { section: "s", quote: "q", severity: "low", message: "m", basis } as const;

describe("the rule authoring type", () => {
  it("accepts a rule whose every name the engine knows", () => {
    const rules = defineRules([
      {
        ...head, id: "audit.typed", kind: "deadline", subject: "audits",
        when: all({ fact: "grade", operator: "lessThanInclusive", value: parameter("audit.qispMaxGrade") }),
        due: { type: "working-days", after: "feedbackMeetingOn", count: { param: "audit.qispWorkingDays" } },
        fulfilment: "qisp-sent-to-ops-manager", owner: "auditor",
        referral: { to: "ops-manager-of-worker", on: "completedOn", reason: "r" },
      },
    ]);
    expectTypeOf(rules).items.toHaveProperty("id").toEqualTypeOf<"audit.typed">();
    expectTypeOf<"audit.qispWorkingDays">().toExtend<ParameterName>();
  });

  it("refuses an owner the rule's subjects cannot give", () => {
    // @ts-expect-error staff have no auditorId: "auditor" cannot own a rule on staff
    defineRules([{ ...head, id: "x.owner", kind: "cadence", subject: "staff", period: "month", evidence: { collection: "audits", date: "completedOn" }, owner: "auditor" }]);
  });

  it("refuses a misspelt owner, fulfilment, date, fact and parameter", () => {
    const deadline = { ...head, id: "x.deadline", kind: "deadline", subject: "audits" } as const;
    const due = { type: "on", date: "submittedOn" } as const;
    // @ts-expect-error "auditer" is no owner
    defineRules([{ ...deadline, due, fulfilment: "face-to-face-feedback", owner: "auditer" }]);
    // @ts-expect-error "qisp-sent" is no fulfilment
    defineRules([{ ...deadline, due, fulfilment: "qisp-sent", owner: "auditor" }]);
    // @ts-expect-error "submitedOn" is no date of an audit
    defineRules([{ ...deadline, due: { type: "on", date: "submitedOn" }, fulfilment: "face-to-face-feedback", owner: "auditor" }]);
    // @ts-expect-error "grde" is no fact of an audit
    defineRules([{ ...deadline, due, fulfilment: "face-to-face-feedback", owner: "auditor", when: all({ fact: "grde", operator: "equal", value: 1 }) }]);
    // @ts-expect-error "audit.qispWorkDays" is no parameter
    defineRules([{ ...deadline, due: { type: "working-days", after: "completedOn", count: { param: "audit.qispWorkDays" } }, fulfilment: "face-to-face-feedback", owner: "auditor" }]);
  });

  it("refuses a fulfilment that reads what the rule's subjects do not have", () => {
    // @ts-expect-error an audit action has no qispSentOn or qispSentToId
    defineRules([{ ...head, id: "x.fulfil", kind: "deadline", subject: "audit-actions", due: { type: "on", date: "dueOn" }, fulfilment: "qisp-sent-to-ops-manager", owner: "action-owner" }]);
  });

  it("refuses a target that names a subject or a condition", () => {
    const target = {
      ...head, id: "x.target", kind: "target", period: "quarter", measure: "survey.completion",
      rate: 0.1, graceDays: 30, owner: "strategic-manager",
    } as const;
    expectTypeOf(defineRules([{ ...target, scopes: ["service"] }])).items.toExtend<AuthoredRule>();
    // @ts-expect-error a target lists its own subjects
    defineRules([{ ...target, scopes: ["service"], subject: "service" }]);
    // @ts-expect-error a target takes no condition
    defineRules([{ ...target, scopes: ["service"], when: all({ fact: "id", operator: "equal", value: "service" }) }]);
  });
});
