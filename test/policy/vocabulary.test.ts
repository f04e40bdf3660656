import { describe, expect, it } from "vitest";
import { toDay } from "../../src/calendar/day";
import { prepareCondition } from "../../src/engine/vocabulary/conditions";
import { selectSubjects } from "../engine/select-subjects";
import { parameterTable } from "../../src/engine/context/parameter-table";
import { conditionDayOf } from "../../src/engine/subjects/define-source";
import { ListedSubject, dateNames } from "../../src/engine/subjects/subject";
import { subjectSources } from "../../src/engine/subjects/sources";
import { knownFacts, parametersReadBy } from "../../src/engine/compile/rule-vocabulary";
import { qafPolicy } from "../../src/policy/qaf-policy";
import { withParameters } from "../../src/policy/with-parameters";
import { examples } from "../model/fixtures";
import { contextFor } from "./engine-context";

describe("the known facts of each subject source", () => {
  it("name every fact the subject sources really expose (a new derived fact must be listed)", () => {
    const ctx = contextFor(examples, "2025-03-31", "2024-04-01");
    for (const [source, descriptor] of Object.entries(subjectSources)) {
      for (const subject of descriptor.list(ctx)) {
        for (const fact of Object.keys(subject.facts)) expect(knownFacts[source], `${source}.${fact}`).toContain(fact);
      }
    }
  });
});

describe("parametersReadBy", () => {
  it("lists what a rule reads in its definition, its condition and its fulfilment", () => {
    const qisp = qafPolicy.rules.find((r) => r.id === "audit.qisp");
    if (!qisp) throw new Error("audit.qisp is missing");
    expect(parametersReadBy(qisp)).toEqual(["audit.qispMaxGrade", "audit.qispWorkingDays", "escalation.levelAfterWorkingDays"]);
  });
});

describe("conditions over dated parameters", () => {
  const policy = withParameters(qafPolicy, {
    audit: { qispMaxGrade: [{ from: "2024-04-01", value: 5 }, { from: "2024-07-01", value: 6 }] },
  });
  const when = { all: [{ fact: "grade", operator: "lessThanInclusive", value: { fact: "parameters", path: "$.audit.qispMaxGrade" } }] };

  it("compare with the value in force on the day given", async () => {
    const candidates = [
      { grade: 6, day: "2024-06-30" },
      { grade: 6, day: "2024-07-01" },
      { grade: 6, day: "2024-06-30" },
      { grade: 5, day: "2024-05-01" },
    ].map((c) => ({ ...c, fact: (name: string) => (name === "grade" ? c.grade : undefined) }));
    const selected = await selectSubjects(prepareCondition(when), candidates, (c) => toDay(c.day), parameterTable(policy.parameters));
    expect(selected.map((c) => candidates.indexOf(c))).toEqual([1, 3]);
  });

  it("judge an audit on the day it was completed, and a staff member on asOf", () => {
    const asOf = toDay("2025-03-31");
    const subject = (type: "audit" | "staff", dates: Record<string, string>) =>
      new ListedSubject(
        { type, id: "x" }, dates, undefined,
        Object.fromEntries(Object.entries(dates).map(([name, date]) => [name, toDay(date)])),
        dateNames(Object.keys(dates), asOf), -1,
      );
    expect(conditionDayOf(subjectSources.audits, subject("audit", { completedOn: "2024-06-30" }), asOf)).toBe(toDay("2024-06-30"));
    expect(conditionDayOf(subjectSources.audits, subject("audit", { completedOn: "2025-06-30" }), asOf)).toBe(asOf);
    expect(conditionDayOf(subjectSources.staff, subject("staff", { startedOn: "2020-01-01" }), asOf)).toBe(asOf);
  });
});
