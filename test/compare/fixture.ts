/** A small service: one team, four staff, two case audits either side of 1 July 2024. */
export const auditDataset = {
  areas: [{ id: "north" }],
  teams: [{ id: "t1", areaId: "north", type: "IFST" }],
  staff: [
    { id: "sm", role: "strategic-manager", contract: "full-time", startedOn: "2020-01-01" },
    { id: "om", role: "operations-manager", areaId: "north", lineManagerId: "sm", contract: "full-time", startedOn: "2020-01-01" },
    { id: "tm", role: "team-manager", teamId: "t1", lineManagerId: "om", contract: "full-time", startedOn: "2020-01-01" },
    { id: "p1", role: "practitioner", teamId: "t1", lineManagerId: "tm", contract: "full-time", startedOn: "2020-01-01" },
  ],
  cases: [{ id: "100", teamId: "t1", keyWorkerId: "p1", openedOn: "2024-01-01", children: [{ id: "c1", dateOfBirth: "2012-01-01" }] }],
  audits: [
    // Friday 28 June 2024, no feedback given.
    { id: "a-before", kind: "case", auditorId: "tm", workerId: "p1", caseId: "100", completedOn: "2024-06-28", grade: 7, recordedOnCaseFile: true },
    // Monday 1 July 2024, face-to-face feedback on Wednesday 10 July.
    {
      id: "a-after", kind: "case", auditorId: "tm", workerId: "p1", caseId: "100", completedOn: "2024-07-01", grade: 6,
      recordedOnCaseFile: true, feedbackMeetingOn: "2024-07-10", faceToFaceFeedback: true,
    },
  ],
};
