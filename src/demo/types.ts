/**
 * The shape of the dataset the demo generator produces: a local mirror of the dataset's
 * collections (the zod schemas in `src/model`), kept structural so that it is assignable to the library's
 * own dataset input type. Only plain JSON values: strings, numbers, booleans, arrays.
 */

/** Staff roles of the dataset contract. */
export type DemoRole =
  | "practitioner"
  | "senior-key-worker"
  | "team-manager"
  | "family-centre-team-manager"
  | "operations-manager"
  | "strategic-manager"
  | "quality-improvement-manager";

/** An OPS area (locality). */
export interface DemoArea { id: string; name?: string }
/** A team: IFST (intensive family support) or FCT (family centre). */
export interface DemoTeam { id: string; areaId: string; type: "IFST" | "FCT"; name?: string }
/** A change of contract from a day on. */
export interface DemoContractChange { from: string; contract: "full-time" | "part-time" }
/** A member of staff. */
export interface DemoStaff {
  id: string;
  role: DemoRole;
  teamId?: string;
  areaId?: string;
  lineManagerId?: string;
  contract: "full-time" | "part-time";
  startedOn: string;
  leftOn?: string;
  qualityImprovementChampion?: boolean;
  contractChanges?: DemoContractChange[];
}
/** A recorded absence, both ends inclusive. */
export interface DemoAbsence {
  staffId: string;
  from: string;
  to: string;
  reason?: "sickness" | "maternity" | "leave" | "other";
}
/** Who line-managed a staff member from `from` to `to` (both inclusive; no `to`: still in force). */
export interface DemoLineManagement {
  id: string;
  staffId: string;
  lineManagerId: string;
  from: string;
  to?: string;
}
/** A child of a case. */
export interface DemoChild { id: string; dateOfBirth: string; youngCarer?: boolean }
/** A case (a family), identified by its URN. */
export interface DemoCase {
  id: string;
  teamId: string;
  keyWorkerId: string;
  openedOn: string;
  closedOn?: string;
  closureReason?: "closed" | "step-up" | "step-down" | "transfer" | "other";
  neglectIdentifiedOn?: string;
  children: DemoChild[];
}
/** A case closure satisfaction survey. */
export interface DemoSurvey {
  id: string;
  caseId: string;
  instrument: "parent-carer" | "young-person" | "child";
  childId?: string;
  offeredOn: string;
  completedOn?: string;
  declinedOn?: string;
}
/** A young carer assessment. */
export interface DemoYoungCarerAssessment {
  id: string;
  caseId: string;
  childId: string;
  assessedOn: string;
  youngCarerInvolved: boolean;
  parentInvolved: boolean;
}
/** A complaint, compliment or MP letter. */
export interface DemoRepresentation {
  id: string;
  kind: "complaint" | "compliment" | "mp-letter";
  receivedOn: string;
  teamId: string;
}
/** A supervision session. */
export interface DemoSupervision {
  id: string;
  superviseeId: string;
  supervisorId: string;
  heldOn: string;
  agenda: string[];
  reflection: boolean;
  personalImpactUrns: string[];
  jobSatisfaction?: number;
}
/** A Personal Development Review. */
export interface DemoPdr {
  id: string;
  staffId: string;
  reviewerId: string;
  heldOn: string;
  covered: string[];
  preparedByManager: boolean;
  preparedByWorker: boolean;
}
/** A practice observation. */
export interface DemoObservation {
  id: string;
  practitionerId: string;
  observerId: string;
  observedOn: string;
  plannedInAdvance: boolean;
  consent: "secured" | "not-required" | "not-secured";
  templateUsed: boolean;
  recorded: boolean;
}
/** An action arising from an audit. */
export interface DemoAuditAction { id: string; ownerId: string; dueOn: string; completedOn?: string }
/** A case, thematic or supervision audit. */
export interface DemoAudit {
  id: string;
  kind: "case" | "thematic" | "supervision";
  auditorId: string;
  workerId: string;
  caseId?: string;
  supervisionId?: string;
  completedOn: string;
  grade?: number;
  recordedOnCaseFile?: boolean;
  feedbackMeetingOn?: string;
  faceToFaceFeedback?: boolean;
  qispSentOn?: string;
  qispSentToId?: string;
  moderatedOn?: string;
  moderatorId?: string;
  submittedOn?: string;
  actions?: DemoAuditAction[];
}
/** Meeting kinds of the dataset contract. */
export type DemoMeetingKind =
  | "quality-performance-clinic"
  | "case-clinic"
  | "locality-management"
  | "locality-management-oversight"
  | "team-briefing"
  | "group-learning"
  | "optf-development-day"
  | "practitioner-development-day"
  | "ehivc-management-team"
  | "practice-week";
/** What a meeting is for. */
export type DemoScope =
  | { type: "service" }
  | { type: "area" | "team" | "staff"; id: string };
/** A meeting or event. */
export interface DemoMeeting {
  id: string;
  kind: DemoMeetingKind;
  heldOn: string;
  endsOn?: string;
  scope: DemoScope;
  attendeeIds?: string[];
  caseIds?: string[];
}
/** Report kinds of the dataset contract. */
export type DemoReportKind =
  | "service-improvement"
  | "stronger-families-progress"
  | "population-outcomes"
  | "kpi"
  | "survey-results";
/** Bodies a report is shared with. */
export type DemoBody = "ops-management-team" | "ehivcmt" | "cscqib" | "cscmt" | "cmt" | "mhclg" | "ops-smt-emt";
/** A published report. */
export interface DemoReport {
  id: string;
  kind: DemoReportKind;
  period: { from: string; to: string };
  publishedOn: string;
  sharedWith: DemoBody[];
  covers?: string[];
}
/** A dashboard review or BI system access. */
export interface DemoOversight { staffId: string; activity: "dashboard-review" | "bi-access"; on: string }
/** An approved team Quality Improvement Plan. */
export interface DemoQualityImprovementPlan { id: string; teamId: string; approvedOn: string }
/** An Investing in Children award. */
export interface DemoIicAward { id: string; areaId: string; achievedOn: string }
/** A review of the Young Carers Charter. */
export interface DemoCharterReview { id: string; reviewedOn: string }

/**
 * A complete dataset as produced by `generateCounty`: every collection of the dataset
 * contract, each an array (possibly empty).
 */
export interface DatasetInput {
  areas: DemoArea[];
  teams: DemoTeam[];
  staff: DemoStaff[];
  absences: DemoAbsence[];
  lineManagement: DemoLineManagement[];
  cases: DemoCase[];
  surveys: DemoSurvey[];
  youngCarerAssessments: DemoYoungCarerAssessment[];
  representations: DemoRepresentation[];
  supervisions: DemoSupervision[];
  pdrs: DemoPdr[];
  observations: DemoObservation[];
  audits: DemoAudit[];
  meetings: DemoMeeting[];
  reports: DemoReport[];
  oversight: DemoOversight[];
  qualityImprovementPlans: DemoQualityImprovementPlan[];
  iicAwards: DemoIicAward[];
  youngCarersCharterReviews: DemoCharterReview[];
}
