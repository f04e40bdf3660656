import type { RuleDefinition } from "../model/policy";
import { all, parameter } from "./conditions";

const surveys = "Feedback from children, young people and families through representations/surveys";
const caseClinics = "Case clinics";
const youngCarers = "Young Carers Charter";

const surveyQuote =
  "Case closure service user satisfaction surveys are undertaken for all families at the point of closure or step up/step down. A target of 10% in relation to the number of families that had been closed is set for completion of surveys. Three surveys are in place; one for parents/carers of a child/young person; one for young people (secondary school aged 11 and over) and one for children (primary school aged up to 11).";
const reviewQuote = "children and families open for 9 months(IFST team) 3 months (FCT); Children subjected to Neglect";

/** A case clinic (a `case-clinic` meeting) that lists the case in `caseIds`, on the day it was held. */
const caseClinic = { collection: "meetings", key: "caseIds", date: "heldOn", where: { kind: "case-clinic" } };

/**
 * The rules of the QAF's families section: case closure surveys and their completion target,
 * case clinics for long-open and neglect cases, and young carers (assessment, involvement,
 * the Young Carers Charter review).
 */
export const familyRules: RuleDefinition[] = [
  {
    id: "survey.offer",
    kind: "deadline",
    section: surveys,
    quote: surveyQuote,
    subject: "closed-cases",
    when: all({ fact: "closureReason", operator: "in", value: parameter("survey.closureReasons") }),
    due: { workingDaysAfter: "closedOn", workingDays: { param: "survey.offerWorkingDays" } },
    fulfilment: "required-surveys-offered",
    owner: "key-worker",
    severity: "medium",
    message: "The closure surveys of case {subject} were due to be offered by {dueBy}; {outstanding}.",
  },
  {
    id: "survey.completion-target",
    kind: "target",
    section: surveys,
    quote: surveyQuote,
    subject: "service",
    period: "quarter",
    measure: "survey.completion",
    scopes: { param: "survey.targetScopes" },
    rate: { param: "survey.targetRate" },
    graceDays: { param: "survey.targetGraceDays" },
    owner: "strategic-manager",
    severity: "medium",
    referral: {
      to: { body: "ops-management-team" },
      on: "day-after-due",
      when: "missed",
      reason: "The survey completion target was missed: the OPS Management Team, who receive the survey results, must know.",
    },
    message: "{subject}: {completed} of {closed} families closed in {period} completed a survey by {dueBy}; the target needs {required}.",
  },
  {
    id: "case.duration-review",
    kind: "deadline-chain",
    section: caseClinics,
    quote: reviewQuote,
    subject: "cases",
    start: { date: "openedOn", plusMonths: { param: "case.reviewAfterMonths", by: "teamType" } },
    interval: { months: { param: "case.clinicWithinMonths" } },
    events: caseClinic,
    endsOn: "closedOn",
    owner: "ops-manager-of-case",
    severity: "medium",
    referral: {
      to: "ops-manager-of-case",
      on: "chain-start",
      reason: "A case open this long is for the operations manager's case clinic.",
    },
    message: "Case {subject}, waiting since {waitStarted}, was due to be discussed at a case clinic by {dueBy}.",
  },
  {
    id: "case.neglect-review",
    kind: "deadline-chain",
    section: caseClinics,
    quote: reviewQuote,
    subject: "cases",
    when: all({ fact: "neglect", operator: "equal", value: true }),
    start: { date: "neglectIdentifiedOn" },
    interval: { months: { param: "case.clinicWithinMonths" } },
    events: caseClinic,
    endsOn: "closedOn",
    owner: "ops-manager-of-case",
    severity: "high",
    referral: {
      to: "ops-manager-of-case",
      on: "chain-start",
      reason: "Children subject to neglect are for the operations manager's case clinic.",
    },
    message: "Case {subject}, where neglect was identified, waiting since {waitStarted}, was due to be discussed at a case clinic by {dueBy}.",
  },
  {
    id: "young-carers.assessment",
    kind: "deadline",
    section: youngCarers,
    quote: "All YC are entitled to an assessment of their needs to ensure they are appropriately met",
    subject: "children",
    when: all({ fact: "youngCarer", operator: "equal", value: true }),
    due: {
      daysAfter: "case.openedOn",
      days: { param: "young-carers.assessmentWithinDays" },
      orElse: { on: "case.closedOn" },
    },
    fulfilment: "young-carer-assessed",
    endsOn: "case.closedOn",
    owner: "key-worker",
    severity: "high",
    message: "Young carer {subject} was due a young carer assessment by {dueBy}.",
  },
  {
    id: "young-carers.involvement",
    kind: "check",
    section: youngCarers,
    quote: "all YC are involved along with their parents in assessments.",
    subject: "young-carer-assessments",
    date: "assessedOn",
    assertions: [
      { test: "isTrue", field: "youngCarerInvolved", label: "made without involving the young carer" },
      { test: "isTrue", field: "parentInvolved", label: "made without involving their parents" },
    ],
    owner: "key-worker",
    severity: "medium",
    message: "Young carer assessment {subject} was {failures}.",
  },
  {
    id: "young-carers.charter-review",
    kind: "deadline-chain",
    section: youngCarers,
    quote: "DCC have Young Carer Charter Status which is reviewed every 2 years by Family Action.",
    subject: "service",
    interval: { months: { param: "young-carers.charterReviewMonths" } },
    events: { collection: "youngCarersCharterReviews", date: "reviewedOn" },
    owner: "strategic-manager",
    severity: "low",
    message: "The Young Carers Charter was due to be reviewed by {dueBy}.",
  },
];
