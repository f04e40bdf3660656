import { describe, expect, it } from "vitest";
import type { z } from "zod/mini";
import {
  auditSchema, caseSchema, meetingSchema, qafErrorMap, recordSchemas, reportSchema, staffSchema,
  absenceSchema, supervisionSchema, surveySchema,
} from "../../src/model";
import type { CollectionName } from "../../src/model";
import { examples, managers } from "./fixtures";

/** The paths of the problems a schema finds in a record. */
function paths(schema: z.ZodMiniType, record: unknown): string[] {
  const r = schema.safeParse(record, { error: qafErrorMap });
  return r.success ? [] : r.error.issues.map((i) => i.path.join("."));
}

/** A copy of a record without some fields. */
function omit(record: object, ...keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => !keys.includes(k)));
}

describe("the data.md examples", () => {
  for (const [name, records] of Object.entries(examples)) {
    it(`${name}: every example is accepted`, () => {
      const schema = recordSchemas[name as CollectionName] as z.ZodMiniType;
      for (const record of records) expect(paths(schema, record)).toEqual([]);
    });
  }
  it("the managers the examples refer to are accepted", () => {
    for (const m of managers) expect(paths(staffSchema, m)).toEqual([]);
  });
});

describe("extra fields and defaults", () => {
  it("tolerates extra fields and keeps them out of the parsed record", () => {
    const parsed = caseSchema.parse({ ...examples.cases[0], lastEditedBy: "someone", x: { y: 1 } });
    expect(parsed).not.toHaveProperty("lastEditedBy");
    expect(parsed).not.toHaveProperty("x");
  });
  it("defaults optional booleans to false and optional arrays to []", () => {
    const staff = omit(examples.staff[0], "qualityImprovementChampion", "contractChanges");
    expect(staffSchema.parse(staff)).toMatchObject({ qualityImprovementChampion: false, contractChanges: [] });
    const audit = omit(examples.audits[0], "actions", "faceToFaceFeedback");
    expect(auditSchema.parse(audit)).toMatchObject({ actions: [], faceToFaceFeedback: false });
    const meeting = omit(examples.meetings[0], "attendeeIds", "caseIds");
    expect(meetingSchema.parse(meeting)).toMatchObject({ attendeeIds: [], caseIds: [] });
    const child = caseSchema.parse({ ...examples.cases[0], children: [{ id: "c", dateOfBirth: "2015-01-01" }] });
    expect(child.children[0]?.youngCarer).toBe(false);
  });
});

describe("conditional requirements", () => {
  const audit = examples.audits[0];
  it.each(["grade", "caseId", "recordedOnCaseFile"])("%s is required for case and thematic audits", (field) => {
    for (const kind of ["case", "thematic"]) {
      expect(paths(auditSchema, { ...audit, kind, [field]: undefined })).toEqual([field]);
    }
    expect(paths(auditSchema, { ...audit, kind: "supervision", [field]: undefined })).toEqual([]);
  });
  it("supervisionId is required for supervision audits only", () => {
    expect(paths(auditSchema, { ...audit, kind: "supervision", supervisionId: undefined })).toEqual(["supervisionId"]);
    expect(paths(auditSchema, { ...audit, supervisionId: undefined })).toEqual([]);
  });
  it("grade is a whole number from 1 to 10", () => {
    for (const grade of [0, 11, 4.5, "4"]) expect(paths(auditSchema, { ...audit, grade })).toEqual(["grade"]);
    for (const grade of [1, 10]) expect(paths(auditSchema, { ...audit, grade })).toEqual([]);
  });
  it("moderatorId goes with moderatedOn, qispSentToId with qispSentOn", () => {
    expect(paths(auditSchema, { ...audit, moderatorId: undefined })).toEqual(["moderatorId"]);
    expect(paths(auditSchema, { ...audit, qispSentToId: undefined })).toEqual(["qispSentToId"]);
  });
  it("reports every problem at once, with nested paths", () => {
    const bad = { ...audit, grade: undefined, completedOn: "2024-02-30", actions: [{ id: "x", ownerId: "", dueOn: "2024-07-10" }] };
    expect(paths(auditSchema, bad).sort()).toEqual(["actions.0.ownerId", "completedOn", "grade"]);
  });
  it("childId is required for young-person and child surveys", () => {
    const survey = { ...examples.surveys[0], childId: undefined };
    expect(paths(surveySchema, survey)).toEqual([]);
    expect(paths(surveySchema, { ...survey, instrument: "young-person" })).toEqual(["childId"]);
    expect(paths(surveySchema, { ...survey, instrument: "child" })).toEqual(["childId"]);
  });
  it("closureReason is required with closedOn", () => {
    expect(paths(caseSchema, { ...examples.cases[0], closureReason: undefined })).toEqual(["closureReason"]);
    expect(paths(caseSchema, { ...examples.cases[0], closureReason: undefined, closedOn: undefined })).toEqual([]);
  });
  it("staff need a team or an area by role", () => {
    expect(paths(staffSchema, { ...examples.staff[0], teamId: undefined })).toEqual(["teamId"]);
    expect(paths(staffSchema, { ...managers[1], areaId: undefined })).toEqual(["areaId"]);
  });
  it("meeting scope: service without id, area/team/staff with one", () => {
    const m = examples.meetings[0];
    expect(paths(meetingSchema, { ...m, scope: { type: "service" } })).toEqual([]);
    expect(paths(meetingSchema, { ...m, scope: { type: "team" } })).toEqual(["scope.id"]);
    expect(paths(meetingSchema, { ...m, scope: { type: "region", id: "x" } })).toEqual(["scope.type"]);
  });
  it("jobSatisfaction is an optional whole number 0-10", () => {
    const s = examples.supervisions[0];
    expect(paths(supervisionSchema, { ...s, jobSatisfaction: undefined })).toEqual([]);
    expect(paths(supervisionSchema, { ...s, jobSatisfaction: 0 })).toEqual([]);
    expect(paths(supervisionSchema, { ...s, jobSatisfaction: 11 })).toEqual(["jobSatisfaction"]);
  });
});

describe("date order", () => {
  it.each([
    [absenceSchema, { ...examples.absences[0], to: "2024-06-30" }, "to"],
    [caseSchema, { ...examples.cases[0], closedOn: "2024-01-14" }, "closedOn"],
    [staffSchema, { ...examples.staff[0], leftOn: "2022-08-31" }, "leftOn"],
    [reportSchema, { ...examples.reports[0], period: { from: "2024-04-01", to: "2024-03-31" } }, "period.to"],
    [meetingSchema, { ...examples.meetings[0], endsOn: "2024-05-19" }, "endsOn"],
  ] as const)("rejects an end before its start (%#)", (schema, record, path) => {
    expect(paths(schema, record)).toEqual([path]);
  });
  it("accepts an end on the start day", () => {
    expect(paths(absenceSchema, { ...examples.absences[0], to: "2024-07-01" })).toEqual([]);
  });
});
