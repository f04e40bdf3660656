/**
 * The example records of the dataset contract (spec/data.md), verbatim, plus the two
 * managers (s9, s20) the examples refer to, so that the whole dataset is valid.
 * The audit action is the one the contract means (its first half sits in a comment there).
 */
export const examples = {
  areas: [{ id: "north", name: "North Durham" }],
  teams: [{ id: "t-ifst-n", areaId: "north", type: "IFST", name: "North IFST" }],
  staff: [
    {
      id: "s1",
      role: "practitioner",
      teamId: "t-ifst-n",
      areaId: "north",
      lineManagerId: "s9",
      contract: "full-time",
      startedOn: "2022-09-01",
      leftOn: "2025-01-31",
      qualityImprovementChampion: false,
      contractChanges: [{ from: "2024-06-01", contract: "part-time" }],
    },
  ],
  absences: [{ staffId: "s1", from: "2024-07-01", to: "2024-09-30", reason: "sickness" }],
  lineManagement: [{ id: "lm1", staffId: "s1", lineManagerId: "s9", from: "2023-04-01", to: "2024-10-31" }],
  cases: [
    {
      id: "100234",
      teamId: "t-ifst-n",
      keyWorkerId: "s1",
      openedOn: "2024-01-15",
      closedOn: "2024-11-02",
      closureReason: "closed",
      neglectIdentifiedOn: "2024-03-01",
      children: [{ id: "c1", dateOfBirth: "2012-10-20", youngCarer: false }],
    },
  ],
  surveys: [
    {
      id: "sv1", caseId: "100234", instrument: "parent-carer", childId: "c1",
      offeredOn: "2024-11-02", completedOn: "2024-11-20", declinedOn: "2024-11-05",
    },
  ],
  youngCarerAssessments: [
    { id: "yca1", caseId: "100234", childId: "c1", assessedOn: "2024-05-01", youngCarerInvolved: true, parentInvolved: true },
  ],
  representations: [{ id: "r1", kind: "complaint", receivedOn: "2024-06-03", teamId: "t-ifst-n" }],
  supervisions: [
    {
      id: "sup1", superviseeId: "s1", supervisorId: "s9", heldOn: "2024-05-14",
      agenda: ["actions-progress", "wellbeing", "working-well", "worries",
        "personal-impact-families", "development-impact", "development-needs",
        "proud-of", "job-satisfaction", "disagreements"],
      reflection: true,
      personalImpactUrns: ["100234"],
      jobSatisfaction: 7,
    },
  ],
  pdrs: [
    {
      id: "p1", staffId: "s1", reviewerId: "s9", heldOn: "2024-04-20",
      covered: ["objectives", "audit-development-needs", "observation-development-needs",
        "development-pathway", "open-values"],
      preparedByManager: true, preparedByWorker: true,
    },
  ],
  observations: [
    {
      id: "o1", practitionerId: "s1", observerId: "s9", observedOn: "2024-10-01",
      plannedInAdvance: true, consent: "secured", templateUsed: true, recorded: true,
    },
  ],
  audits: [
    {
      id: "a1", kind: "case", auditorId: "s9", workerId: "s1", caseId: "100234",
      supervisionId: "sup1", completedOn: "2024-06-10", grade: 4, recordedOnCaseFile: true,
      feedbackMeetingOn: "2024-06-12", faceToFaceFeedback: true, qispSentOn: "2024-06-18",
      qispSentToId: "s20", moderatedOn: "2024-06-11", moderatorId: "s20", submittedOn: "2024-06-13",
      actions: [{ id: "a1-1", ownerId: "s1", dueOn: "2024-07-10", completedOn: "2024-07-01" }],
    },
  ],
  meetings: [
    {
      id: "m1", kind: "case-clinic", heldOn: "2024-05-20", endsOn: "2024-05-31",
      scope: { type: "staff", id: "s20" }, attendeeIds: ["s20", "s9"], caseIds: ["100234"],
    },
  ],
  reports: [
    {
      id: "rep1", kind: "service-improvement", period: { from: "2024-04-01", to: "2024-06-30" },
      publishedOn: "2024-07-25", sharedWith: ["ops-management-team", "ehivcmt", "cscqib"],
      covers: ["audits", "representations", "mp-letters", "surveys", "qic-topics", "iic-membership"],
    },
  ],
  oversight: [{ staffId: "s9", activity: "dashboard-review", on: "2024-05-13" }],
  qualityImprovementPlans: [{ id: "qip1", teamId: "t-ifst-n", approvedOn: "2024-04-30" }],
  iicAwards: [{ id: "iic1", areaId: "north", achievedOn: "2024-02-14" }],
  youngCarersCharterReviews: [{ id: "ycc1", reviewedOn: "2023-03-01" }],
} as const;

/** The managers the examples refer to. */
export const managers = [
  {
    id: "s9", role: "team-manager", teamId: "t-ifst-n", lineManagerId: "s20",
    contract: "full-time", startedOn: "2019-04-01",
  },
  { id: "s20", role: "operations-manager", areaId: "north", contract: "full-time", startedOn: "2015-04-01" },
] as const;

/** A fresh, mutable, fully valid dataset: the examples plus their managers. */
export function validDataset(): Record<string, unknown[]> {
  const copy = structuredClone(examples) as unknown as Record<string, unknown[]>;
  copy.staff = [...structuredClone(managers), ...(copy.staff ?? [])];
  return copy;
}
