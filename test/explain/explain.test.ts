import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/run/evaluate";
import { InvalidOptionsError } from "../../src/errors";
import { explain } from "../../src/explain";
import { qafPolicy } from "../../src/policy/qaf-policy";
import { withParameters } from "../../src/policy/with-parameters";
import { withRules } from "../../src/policy/with-rules";

const staff = [
  { id: "sm", role: "strategic-manager", contract: "full-time", startedOn: "2020-01-01" },
  { id: "om", role: "operations-manager", areaId: "north", lineManagerId: "sm", contract: "full-time", startedOn: "2020-01-01" },
  { id: "tm", role: "team-manager", teamId: "t1", lineManagerId: "om", contract: "full-time", startedOn: "2020-01-01" },
  { id: "p1", role: "practitioner", teamId: "t1", lineManagerId: "tm", contract: "full-time", startedOn: "2024-11-01" },
];
const dataset = {
  areas: [{ id: "north" }],
  teams: [{ id: "t1", areaId: "north", type: "IFST" }],
  staff,
  absences: [{ staffId: "p1", from: "2024-12-10", to: "2024-12-19", reason: "sickness" }],
  cases: [{ id: "100", teamId: "t1", keyWorkerId: "p1", openedOn: "2024-01-01", children: [] }],
  supervisions: [
    { id: "sup1", superviseeId: "p1", supervisorId: "tm", heldOn: "2024-12-01", agenda: [], reflection: true, personalImpactUrns: [] },
  ],
  audits: [
    // Graded 4; feedback on Friday 20 December 2024, face to face; no support plan sent.
    {
      id: "a1", kind: "case", auditorId: "tm", workerId: "p1", caseId: "100", completedOn: "2024-12-16", grade: 4,
      recordedOnCaseFile: false, feedbackMeetingOn: "2024-12-20", faceToFaceFeedback: true,
    },
  ],
};
// The support plan's deadline was 10 working days until 30 November 2024, 5 from 1 December.
const policy = withParameters(qafPolicy, {
  audit: { qispWorkingDays: [{ from: "2024-04-01", value: 10 }, { from: "2024-12-01", value: 5 }] },
});
const options = { asOf: "2025-02-28", from: "2024-04-01", policy };
// supervision.interval is a suggested rule, shipped off: switched on to explain its waits.
const intervalPolicy = withRules(policy, { "supervision.interval": { enabled: true } });
const intervalOptions = { ...options, policy: intervalPolicy };

describe("explain", () => {
  it("explains a missed deadline: quote, values and their dates, working days skipped", async () => {
    const result = await evaluate(dataset, options);
    const why = explain(result, "audit.qisp/audit:a1#breach", { dataset, policy });
    expect(why.kind).toBe("breach");
    expect(why.rule.quote).toContain("within 5 working days of the feedback meeting");
    expect(why.decidedOn).toBe("2024-12-20");
    expect(why.parameters.filter((p) => p.name.startsWith("audit."))).toEqual([
      { name: "audit.qispMaxGrade", value: 5, on: "2024-12-16", inForce: {} },
      { name: "audit.qispWorkingDays", value: 5, on: "2024-12-20", inForce: { from: "2024-12-01" } },
    ]);
    // Fri 20 Dec + 5 working days: Mon 23, Tue 24, (25 and 26 bank holidays) Fri 27, Mon 30, Tue 31.
    expect(why.due).toEqual({
      rule: "5 working days after feedbackMeetingOn (2024-12-20)",
      from: { field: "feedbackMeetingOn", date: "2024-12-20" },
      skipped: [
        { day: "2024-12-21", why: "weekend" }, { day: "2024-12-22", why: "weekend" },
        { day: "2024-12-25", why: "bank holiday" }, { day: "2024-12-26", why: "bank holiday" },
        { day: "2024-12-28", why: "weekend" }, { day: "2024-12-29", why: "weekend" },
      ],
      paused: [],
      dueBy: "2024-12-31",
    });
    expect(why.records).toEqual([]);
    expect(why.breach?.since).toBe("2025-01-01");
    expect(why.steps.join("\n")).toContain("audit.qispWorkingDays = 5 (in force from 2024-12-01).");
  });

  it("lists the records that met an obligation", async () => {
    const result = await evaluate(dataset, options);
    const why = explain(result, "audit.feedback/audit:a1", { dataset, policy });
    expect(why.kind).toBe("obligation");
    expect(why.obligation?.status).toBe("met");
    expect(why.records).toEqual([{ collection: "audits", id: "a1" }]);
  });

  it("says when a rule with effective dates is in force, beside the day that decided", async () => {
    const dated = { ...policy, rules: policy.rules.map((r) => (r.id === "audit.recorded" ? { ...r, effective: { from: "2024-12-01" } } : r)) };
    const result = await evaluate(dataset, { ...options, policy: dated });
    const why = explain(result, "audit.recorded/audit:a1", { dataset, policy: dated });
    expect(why.steps).toContain("The rule is in force from 2024-12-01; this was decided on 2024-12-16.");
  });

  it("explains a check breach by the record checked, on its own date", async () => {
    const result = await evaluate(dataset, options);
    const why = explain(result, "audit.recorded/audit:a1", { dataset, policy });
    expect(why.decidedOn).toBe("2024-12-16");
    expect(why.records).toEqual([{ collection: "audits", id: "a1" }]);
    expect(why.due).toBeUndefined();
  });

  it("shows the absence that paused a supervision wait", async () => {
    const result = await evaluate(dataset, intervalOptions);
    // The wait from 1 Dec 2024: 41 days gives 11 Jan 2025; ten days absent (10-19 Dec) move it to 21 Jan.
    const why = explain(result, "supervision.interval/staff:p1/2024-12-01", { dataset, policy: intervalPolicy });
    expect(why.obligation?.dueBy).toBe("2025-01-21");
    expect(why.decidedOn).toBe("2024-12-01");
    expect(why.parameters).toEqual(expect.arrayContaining([
      { name: "supervision.maxIntervalDays.full-time", value: 41, on: "2024-12-01", inForce: {} },
      { name: "supervision.pauseDuringAbsence", value: true, on: "2024-12-01", inForce: {} },
    ]));
    expect(why.due?.paused).toEqual([{ from: "2024-12-10", to: "2024-12-19" }]);
    expect(why.due?.rule).toBe("at most 41 days after the wait started (2024-12-01)");
  });

  it("follows an escalation back to its breach and obligation", async () => {
    const result = await evaluate(dataset, options);
    const why = explain(result, "audit.qisp/audit:a1#breach#escalation", { dataset, policy });
    expect(why.kind).toBe("escalation");
    expect(why.breach?.id).toBe("audit.qisp/audit:a1#breach");
    expect(why.obligation?.id).toBe("audit.qisp/audit:a1");
    expect(why.steps.at(-2)).toContain("[10,20] working days");
    // Last, how firmly it rests on the QAF: the breach ladder is the library's assumption.
    expect(why.steps.at(-1)).toMatch(/^Basis: assumption\. /);
    expect(why.steps.at(-1)).toContain("(escalation.levelAfterWorkingDays)");
    const referral = explain(result, "audit.qisp/audit:a1#referral", { dataset, policy });
    expect(referral.obligation?.id).toBe("audit.qisp/audit:a1");
    expect(referral.steps.at(-2)).toMatch(/^Referred to om on 2024-12-16/);
    expect(referral.steps.at(-1)).toMatch(/^Basis: reading\. /);
    // A note's own full stop is not doubled.
    expect(referral.steps.at(-1)).not.toContain("..");
  });

  it("says a check's escalation stops at the first rung", async () => {
    const result = await evaluate(dataset, options);
    const why = explain(result, "audit.recorded/audit:a1#escalation", { dataset, policy });
    expect(why.steps.at(-2)).toContain("and no further");
    expect(why.steps.at(-2)).not.toContain("working days");
  });

  it("reads a chain wait's start from its id, also for the second wait of a day", async () => {
    const onFirstDay = { ...dataset, supervisions: [{ ...dataset.supervisions[0], heldOn: "2024-11-01" }] };
    const result = await evaluate(onFirstDay, intervalOptions);
    const why = explain(result, "supervision.interval/staff:p1/2024-11-01/2", { dataset: onFirstDay, policy: intervalPolicy });
    expect(why.decidedOn).toBe("2024-11-01");
    expect(why.due?.from).toEqual({ field: "wait start", date: "2024-11-01" });
  });

  it("rejects an id the evaluation does not have", async () => {
    const result = await evaluate(dataset, options);
    expect(() => explain(result, "audit.qisp/audit:zz", { dataset, policy })).toThrow(InvalidOptionsError);
  });
});
