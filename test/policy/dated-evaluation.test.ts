import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/run/evaluate";
import { qafPolicy } from "../../src/policy/qaf-policy";
import { withParameters } from "../../src/policy/with-parameters";
import { caseAudit, dataset as fixtureDataset, familyCase } from "../fixtures/org";

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

describe("the engine's own parameter reads, each on the day that decides it", () => {
  it("escalation.levelAfterWorkingDays: each breach climbs by the ladder in force on the day it began", async () => {
    // Ten and twenty working days until 31 August 2024, two and four from 1 September.
    const policy = withParameters(qafPolicy, {
      escalation: { levelAfterWorkingDays: [{ from: "2024-04-01", value: [10, 20] }, { from: "2024-09-01", value: [2, 4] }] },
    });
    const withActions = fixtureDataset({
      audits: [caseAudit({
        grade: 7, feedbackMeetingOn: "2024-06-12", faceToFaceFeedback: true,
        actions: [{ id: "x-aug", ownerId: "p-n", dueOn: "2024-08-16" }, { id: "x-sep", ownerId: "p-n", dueOn: "2024-09-02" }],
      })],
    });
    const result = await evaluate(withActions, { asOf: "2024-09-10", from: "2024-04-01", policy });
    const ladder = (action: string) => result.escalations.find((e) => e.breachId === `audit.actions/action:${action}#breach`);
    // From Sat 17 Aug, 10 working days (26 Aug a bank holiday) is Mon 2 Sep; the 20th is 16 Sep.
    expect(ladder("x-aug")).toMatchObject({ level: 2, raisedOn: "2024-09-02", to: { staffId: "om-n" } });
    // From Tue 3 Sep, 2 working days is Thu 5 Sep, 4 is Mon 9 Sep.
    expect(ladder("x-sep")).toMatchObject({ level: 3, raisedOn: "2024-09-09", to: { staffId: "sm" } });
  });

  it("survey.ageBasis: each closed case's surveys follow the basis in force on the day it closed", async () => {
    const policy = withParameters(qafPolicy, {
      survey: { ageBasis: [{ from: "2024-04-01", value: "school-year" }, { from: "2024-09-01", value: "age-on-date" }] },
    });
    const closed = fixtureDataset({
      cases: [
        // 11 on the day it closed, but 10 on 31 August 2023: Year 6 by school year.
        familyCase({ id: "june", closedOn: "2024-06-28", closureReason: "closed", children: [{ id: "c-june", dateOfBirth: "2013-01-15" }] }),
        // 11 on the day it closed, but 10 on 31 August 2024.
        familyCase({ id: "nov", closedOn: "2024-11-01", closureReason: "closed", children: [{ id: "c-nov", dateOfBirth: "2013-10-01" }] }),
      ],
    });
    const result = await evaluate(closed, { asOf: "2024-12-31", from: "2024-04-01", policy });
    const missing = (id: string) => result.breaches.find((b) => b.id === `survey.offer/case:${id}#breach`)?.details["missing"];
    // Per family (survey.offerPer "family"): June's family owes a child's survey, November's a young person's.
    expect(missing("june")).toEqual(["parent-carer survey", "child survey"]);
    expect(missing("nov")).toEqual(["parent-carer survey", "young-person survey"]);
  });

  it("survey.closureReasons: a closure counts by the reasons in force on the day it closed, for the offer and the target", async () => {
    const policy = withParameters(qafPolicy, {
      survey: { closureReasons: [{ from: "2024-04-01", value: ["closed"] }, { from: "2024-07-01", value: ["closed", "step-up"] }] },
    });
    const stepUps = fixtureDataset({
      cases: [
        familyCase({ id: "june", closedOn: "2024-06-28", closureReason: "step-up", children: [{ id: "c-june", dateOfBirth: "2015-01-15" }] }),
        familyCase({ id: "july", closedOn: "2024-07-01", closureReason: "step-up", children: [{ id: "c-july", dateOfBirth: "2015-01-15" }] }),
      ],
    });
    const result = await evaluate(stepUps, { asOf: "2024-12-31", from: "2024-04-01", policy });
    expect(result.obligations.filter((o) => o.ruleId === "survey.offer").map((o) => o.subject.id)).toEqual(["july"]);
    const service = result.obligations.filter((o) => o.ruleId === "survey.completion-target" && o.subject.type === "service");
    // Quarter 1 counts no family (a step-up was not yet a closure); quarter 2 counts one, so needs one survey.
    // The quarter before the window, due inside it, closed no family.
    expect(service.map((o) => [o.period?.from, o.progress?.required])).toEqual([["2024-01-01", 0], ["2024-04-01", 0], ["2024-07-01", 1], ["2024-10-01", 0]]);
  });

  it("checks: a record is held to the standard in force on its own date", async () => {
    // From 1 October 2024 the observer may also be a senior key worker of the practitioner's team.
    const before: ("team-manager" | "family-centre-team-manager" | "senior-key-worker")[] = ["team-manager", "family-centre-team-manager"];
    const policy = withParameters(qafPolicy, {
      observation: { observerRoles: [{ from: "2024-04-01", value: before }, { from: "2024-10-01", value: [...before, "senior-key-worker"] }] },
    });
    const observed = (id: string, observedOn: string) => ({
      id, practitionerId: "p-n", observerId: "skw-n", observedOn, plannedInAdvance: true, consent: "secured", templateUsed: true, recorded: true,
    });
    const base = fixtureDataset({ observations: [observed("o-sep", "2024-09-30"), observed("o-oct", "2024-10-01")] });
    const skw = { id: "skw-n", role: "senior-key-worker", teamId: "t-n", lineManagerId: "tm-n", contract: "full-time", startedOn: "2020-01-01" };
    const ds = { ...base, staff: [...(base["staff"] ?? []), skw] };
    const result = await evaluate(ds, { asOf: "2024-12-31", from: "2024-04-01", policy });
    expect(result.rejected).toEqual([]);
    expect(result.breaches.filter((b) => b.ruleId === "observation.observer").map((b) => b.subject.id)).toEqual(["o-sep"]);
  });

  it("targets: each quarter is measured for the scopes listed on its first day", async () => {
    const policy = withParameters(qafPolicy, {
      survey: { targetScopes: [{ from: "2024-04-01", value: ["service"] }, { from: "2024-07-01", value: ["service", "area"] }] },
    });
    const result = await evaluate(fixtureDataset(), { asOf: "2024-09-30", from: "2024-04-01", policy });
    const scopes = result.obligations
      .filter((o) => o.ruleId === "survey.completion-target")
      .map((o) => `${o.period?.from} ${o.subject.type}:${o.subject.id}`)
      .sort();
    // The quarter before the window (due inside it) reads the first listed value.
    expect(scopes).toEqual(["2024-01-01 service:service", "2024-04-01 service:service", "2024-07-01 area:north", "2024-07-01 area:south", "2024-07-01 service:service"]);
  });
});
