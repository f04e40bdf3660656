import { organisation } from "./support";

/**
 * A small service over FY 2024/25 (window 2024-04-01 to 2025-03-31), for the families rules.
 *
 * North: IFST team t-ifst-n and FCT team t-fct-n, operations manager om-n, team manager tm-n,
 * key worker kw-n. South: IFST team t-ifst-s, operations manager om-s, key worker kw-s (line
 * managed by om-s). Strategic manager sm. Every expected result is in `expected.ts`, worked out
 * by hand with the reasoning beside it.
 */
export const familiesScenario = {
  ...organisation,
  cases: [
    // F1: FCT, closed Fri 2024-06-14; a primary-age and a secondary-age child; all surveys offered that day.
    {
      id: "5001", teamId: "t-fct-n", keyWorkerId: "kw-n", openedOn: "2024-02-05",
      closedOn: "2024-06-14", closureReason: "closed",
      children: [{ id: "f1a", dateOfBirth: "2015-03-01" }, { id: "f1b", dateOfBirth: "2009-11-20" }],
    },
    // F2: IFST, open since 2023, step-down Fri 2024-05-10; f2a turns 11 in August 2024 so is still primary: the young-person form is the wrong one.
    {
      id: "5002", teamId: "t-ifst-n", keyWorkerId: "kw-n", openedOn: "2023-06-01",
      closedOn: "2024-05-10", closureReason: "step-down",
      children: [{ id: "f2a", dateOfBirth: "2013-08-15" }],
    },
    // F3: IFST south, closed on Saturday 2024-06-29, survey offered the Monday after.
    { id: "5003", teamId: "t-ifst-s", keyWorkerId: "kw-s", openedOn: "2023-09-01", closedOn: "2024-06-29", closureReason: "closed", children: [] },
    // F4: IFST, neglect identified 2024-04-22, one clinic on 2024-06-10, closed 2024-08-30.
    {
      id: "5004", teamId: "t-ifst-n", keyWorkerId: "kw-n", openedOn: "2023-10-20", neglectIdentifiedOn: "2024-04-22",
      closedOn: "2024-08-30", closureReason: "closed",
      children: [{ id: "f4a", dateOfBirth: "2018-01-10" }],
    },
    // F5: IFST south, step-up 2024-09-13; f5a (born 2012-09-01) is of secondary age from 2024-09-01; a young carer never assessed.
    {
      id: "5005", teamId: "t-ifst-s", keyWorkerId: "kw-s", openedOn: "2023-11-10",
      closedOn: "2024-09-13", closureReason: "step-up",
      children: [{ id: "f5a", dateOfBirth: "2012-09-01", youngCarer: true }],
    },
    // F6: IFST, transferred 2024-11-20: no survey; its young carer was assessed before the window.
    {
      id: "5006", teamId: "t-ifst-n", keyWorkerId: "kw-n", openedOn: "2024-01-15",
      closedOn: "2024-11-20", closureReason: "transfer",
      children: [{ id: "f6a", dateOfBirth: "2010-06-06", youngCarer: true }],
    },
    // F7: FCT, closed 2025-02-14 after one clinic.
    { id: "5007", teamId: "t-fct-n", keyWorkerId: "kw-n", openedOn: "2024-10-01", closedOn: "2025-02-14", closureReason: "closed", children: [] },
    // F8: IFST, open; two young carers, one assessed (without the young carer), one not yet.
    {
      id: "5008", teamId: "t-ifst-n", keyWorkerId: "kw-n", openedOn: "2024-03-04",
      children: [{ id: "f8a", dateOfBirth: "2011-01-01", youngCarer: true }, { id: "f8b", dateOfBirth: "2013-01-01", youngCarer: true }],
    },
    // F9: IFST south, open; neglect identified 2024-12-02, never discussed.
    { id: "5009", teamId: "t-ifst-s", keyWorkerId: "kw-s", openedOn: "2024-05-01", neglectIdentifiedOn: "2024-12-02", children: [] },
    // F10: FCT, opened 2025-01-20: not yet 3 months open, owes nothing.
    { id: "5010", teamId: "t-fct-n", keyWorkerId: "kw-n", openedOn: "2025-01-20", children: [] },
  ],
  surveys: [
    { id: "sv1", caseId: "5001", instrument: "parent-carer", offeredOn: "2024-06-14", completedOn: "2024-06-28" },
    { id: "sv2", caseId: "5001", instrument: "child", childId: "f1a", offeredOn: "2024-06-14" },
    { id: "sv3", caseId: "5001", instrument: "young-person", childId: "f1b", offeredOn: "2024-06-14" },
    { id: "sv4", caseId: "5002", instrument: "parent-carer", offeredOn: "2024-05-10" },
    { id: "sv5", caseId: "5002", instrument: "young-person", childId: "f2a", offeredOn: "2024-05-10" },
    { id: "sv6", caseId: "5003", instrument: "parent-carer", offeredOn: "2024-07-01" },
    { id: "sv7", caseId: "5004", instrument: "parent-carer", offeredOn: "2024-08-30" },
    { id: "sv8", caseId: "5004", instrument: "child", childId: "f4a", offeredOn: "2024-08-30" },
    { id: "sv9", caseId: "5005", instrument: "parent-carer", offeredOn: "2024-09-13", completedOn: "2024-11-05" },
    { id: "sv10", caseId: "5005", instrument: "young-person", childId: "f5a", offeredOn: "2024-09-13" },
    { id: "sv11", caseId: "5007", instrument: "parent-carer", offeredOn: "2025-02-14" },
  ],
  youngCarerAssessments: [
    { id: "yca-f6a", caseId: "5006", childId: "f6a", assessedOn: "2024-03-10", youngCarerInvolved: true, parentInvolved: false },
    { id: "yca-f8b", caseId: "5008", childId: "f8b", assessedOn: "2024-05-20", youngCarerInvolved: false, parentInvolved: true },
  ],
  meetings: [
    { id: "m-a", kind: "case-clinic", heldOn: "2024-04-15", scope: { type: "staff", id: "om-n" }, caseIds: ["5002"] },
    { id: "m-b", kind: "case-clinic", heldOn: "2024-06-10", scope: { type: "staff", id: "om-n" }, caseIds: ["5004"] },
    { id: "m-c", kind: "case-clinic", heldOn: "2025-02-03", scope: { type: "staff", id: "om-n" }, caseIds: ["5007", "5008"] },
  ],
  youngCarersCharterReviews: [{ id: "ycc1", reviewedOn: "2023-03-01" }],
};

/** The scenario's evaluation day: the last day of FY 2024/25. */
export const SCENARIO_AS_OF = "2025-03-31";
