import { describe, expect, it } from "vitest";
import { subjectSources } from "../../src/engine/subjects/sources";
import { createPlacer } from "../../src/org/placement";

const dataset = {
  teams: [{ id: "T1", areaId: "A1" }, { id: "T2", areaId: "A2" }],
  staff: [{ id: "W1", teamId: "T1" }, { id: "M2", teamId: "T2" }, { id: "O1", areaId: "A2" }],
  cases: [{ id: "C1", teamId: "T2", children: [{ id: "K1" }] }],
  audits: [{ id: "AU1", workerId: "W1", actions: [{ id: "X1", ownerId: "M2" }] }],
  supervisions: [{ id: "S1", superviseeId: "W1" }],
  youngCarerAssessments: [{ id: "Y1", caseId: "C1" }],
};

describe("createPlacer: one placement for the scorecard, the reports and compare", () => {
  const place = createPlacer(dataset);
  it("places a subject by the record that says whose work it is", () => {
    expect(place({ type: "supervision", id: "S1" })).toEqual({ teamId: "T1", areaId: "A1" });
    expect(place({ type: "child", id: "K1" })).toEqual({ teamId: "T2", areaId: "A2" });
    expect(place({ type: "assessment", id: "Y1" })).toEqual({ teamId: "T2", areaId: "A2" });
    expect(place({ type: "staff", id: "O1" })).toEqual({ areaId: "A2" });
    expect(place({ type: "area", id: "A1" })).toEqual({ areaId: "A1" });
  });
  it("puts an action with its owner, the member of staff its own record names, not the audited worker", () => {
    expect(place({ type: "audit", id: "AU1" })).toEqual({ teamId: "T1", areaId: "A1" });
    expect(place({ type: "action", id: "X1" })).toEqual({ teamId: "T2", areaId: "A2" });
  });
  it("reads each source's place from a field its records have, or from the record it is listed in", () => {
    for (const source of Object.values(subjectSources)) {
      const via = source.place?.via;
      if (via === undefined || via === "self") continue;
      if (via === "parent") expect(source.nestedIn).toBeDefined();
      else expect(Object.keys(source.schema?.shape ?? {})).toContain(via.field);
    }
  });
  it("falls back to the owner's team, else no place", () => {
    expect(place({ type: "meeting", id: "M" }, { staffId: "M2" })).toEqual({ teamId: "T2", areaId: "A2" });
    expect(place({ type: "service", id: "service" })).toEqual({});
  });
});
