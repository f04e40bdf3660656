import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/evaluate";
import { qafPolicy } from "../../src/policy/qaf-policy";
import { withParameters } from "../../src/policy/with-parameters";

const staff = [
  { id: "sm", role: "strategic-manager", contract: "full-time", startedOn: "2020-01-01" },
  { id: "om", role: "operations-manager", areaId: "north", lineManagerId: "sm", contract: "full-time", startedOn: "2020-01-01" },
  { id: "tm", role: "team-manager", teamId: "t1", lineManagerId: "om", contract: "full-time", startedOn: "2020-01-01" },
  { id: "p1", role: "practitioner", teamId: "t1", lineManagerId: "tm", contract: "full-time", startedOn: "2020-01-01" },
];
const audit = (id: string, completedOn: string, grade: number) => ({
  id, kind: "case", auditorId: "tm", workerId: "p1", caseId: "100", completedOn, grade, recordedOnCaseFile: true,
});
const dataset = {
  areas: [{ id: "north" }],
  teams: [{ id: "t1", areaId: "north", type: "IFST" }],
  staff,
  cases: [{ id: "100", teamId: "t1", keyWorkerId: "p1", openedOn: "2024-01-01", children: [{ id: "c1", dateOfBirth: "2012-01-01" }] }],
  // Friday 28 June 2024 and Monday 1 July 2024, either side of the change.
  audits: [audit("a-before", "2024-06-28", 7), audit("a-after", "2024-07-01", 6)],
};

describe("an evaluation under dated parameters", () => {
  it("counts each deadline with the value in force on its anchor date", async () => {
    // Feedback within 10 working days until 30 June 2024, within 5 from 1 July 2024.
    const policy = withParameters(qafPolicy, {
      audit: { feedbackWorkingDays: [{ from: "2024-04-01", value: 10 }, { from: "2024-07-01", value: 5 }] },
    });
    const result = await evaluate(dataset, { asOf: "2024-09-30", from: "2024-04-01", policy });
    const due = Object.fromEntries(result.obligations.filter((o) => o.ruleId === "audit.feedback").map((o) => [o.subject.id, o.dueBy]));
    // Fri 28 Jun + 10 working days: 1,2,3,4,5,8,9,10,11,12 July. Mon 1 Jul + 5: 2,3,4,5,8 July.
    expect(due).toEqual({ "a-before": "2024-07-12", "a-after": "2024-07-08" });
  });

  it("judges an audit's grade by the threshold in force on the day it was completed", async () => {
    const policy = withParameters(qafPolicy, {
      audit: { qispMaxGrade: [{ from: "2024-04-01", value: 5 }, { from: "2024-07-01", value: 6 }] },
    });
    const result = await evaluate(dataset, { asOf: "2024-09-30", from: "2024-04-01", policy });
    const qisp = result.obligations.filter((o) => o.ruleId === "audit.qisp").map((o) => o.subject.id);
    // a-before (grade 7) never qualifies; a-after (grade 6, 1 July) qualifies under the new threshold.
    expect(qisp).toEqual(["a-after"]);
    const stillFive = withParameters(qafPolicy, {
      audit: { qispMaxGrade: [{ from: "2024-04-01", value: 5 }, { from: "2024-07-02", value: 6 }] },
    });
    const before = await evaluate(dataset, { asOf: "2024-09-30", from: "2024-04-01", policy: stillFive });
    expect(before.obligations.filter((o) => o.ruleId === "audit.qisp")).toEqual([]);
  });
});
