import { defineRules } from "./define-rules";
import { all, parameter } from "./conditions";
import { assumption, firstRungOnly, graded, ladderOnly, qaf, reading } from "./basis";

const surveys = "Feedback from children, young people and families through representations/surveys";
const caseReviews = "Locality management";
const youngCarers = "Young Carers Charter";

const surveyQuote =
  "Case closure service user satisfaction surveys are undertaken for all families at the point of closure or step up/step down. A target of 10% in relation to the number of families that had been closed is set for completion of surveys. Three surveys are in place; one for parents/carers of a child/young person; one for young people (secondary school aged 11 and over) and one for children (primary school aged up to 11).";
const reviewQuote = "children and families open for 9 months(IFST team) 3 months (FCT); Children subjected to Neglect";

/** A locality management meeting or a case clinic that lists the case in `caseIds`, on the day it was held. */
const caseDiscussed = { collection: "meetings", key: "caseIds", date: "heldOn", where: { kind: ["locality-management", "case-clinic"] } };

/** Who sees that a case is discussed: the locality management row names no one. */
const opsManagerOfCase = reading("The locality management row names no one: the operations manager of the case's team's area, who holds the meeting.");

/** When a case is discussed again: the row's frequency is illegible. */
const reviewWithin = reading("The row's frequency is illegible in the QAF (\"M/o okh /\"): within two months, the case clinics' cadence (\"Case clinics | Bi-monthly\"), then again each two months while the case is open.", "case.reviewWithinMonths");

/** What counts as a discussion. */
const discussed = reading("A locality management meeting or a case clinic that lists the case: the row is a locality management meeting, and case clinics consider \"any other Children/families that are of concern\".");

/**
 * The rules of the QAF's families section: case closure surveys and their completion target,
 * locality management or case clinic discussion of long-open and neglect cases, and young
 * carers (assessment, involvement, the Young Carers Charter review).
 */
export const familyRules = defineRules([
  {
    id: "survey.offer",
    kind: "deadline",
    section: surveys,
    quote: surveyQuote,
    subject: "closed-cases",
    when: all({ fact: "closureReason", operator: "in", value: parameter("survey.closureReasons") }),
    due: { type: "working-days", after: "closedOn", count: { param: "survey.offerWorkingDays" } },
    fulfilment: "required-surveys-offered",
    owner: "key-worker",
    severity: "medium",
    message: "The closure surveys of case {subject} were due to be offered by {dueBy}; {outstanding}.",
    basis: {
      subjects: qaf("survey.closureReasons"),
      due: qaf("survey.offerWorkingDays"),
      fulfilment: reading("\"Undertaken for all families ... Three surveys are in place\" read per family: one parent/carer survey, one young person's survey if any child is 11 or over, one child's survey if any child is of primary school age, whichever child it names; \"child\" gives one per child of the right age.", "survey.offerPer", "survey.ageBasis"),
      owner: assumption("The QAF says surveys are undertaken, not by whom: the case's key worker."),
      escalation: ladderOnly,
      severity: graded,
    },
  },
  {
    id: "survey.completion-target",
    kind: "target",
    section: surveys,
    quote: surveyQuote,
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
    message: "{subject}: {completed} {counted} for the {closed} families closed in {period} by {dueBy}; the target needs {required}.",
    basis: {
      subjects: reading("The QAF sets one service-wide target; areas and teams can be measured too.", "survey.targetScopes", "survey.closureReasons"),
      due: assumption("The QAF sets a rate, not when it is measured: each quarter, counting completions up to 30 days after it ends.", "survey.targetGraceDays"),
      fulfilment: reading("\"10% in relation to the number of families that had been closed\" read as closed families with a completed survey; \"surveys\" counts completed surveys instead.", "survey.targetRate", "survey.targetCounts"),
      owner: assumption("The QAF names no owner of the target: the strategic manager."),
      escalation: reading("\"Results from surveys will be reported quarterly to the ... OPS Management Team\": a missed quarter is referred to it the day after the target is due."),
      severity: graded,
    },
  },
  {
    id: "case.duration-review",
    kind: "deadline-chain",
    section: caseReviews,
    quote: reviewQuote,
    subject: "cases",
    start: { date: "openedOn", plusMonths: { param: "case.reviewAfterMonths", by: "teamType" } },
    interval: { months: { param: "case.reviewWithinMonths" } },
    events: caseDiscussed,
    endsOn: "closedOn",
    owner: "ops-manager-of-case",
    severity: "medium",
    referral: {
      to: "ops-manager-of-case",
      on: "chain-start",
      reason: "A case open this long is for the operations manager's locality management meeting or case clinic.",
    },
    message: "Case {subject}, waiting since {waitStarted}, was due to be discussed at a locality management meeting or a case clinic by {dueBy}.",
    basis: {
      subjects: qaf("case.reviewAfterMonths"),
      due: reviewWithin,
      fulfilment: discussed,
      owner: opsManagerOfCase,
      escalation: reading("The row puts long-open cases before locality management: the operations manager is told on the threshold day."),
      severity: graded,
    },
  },
  {
    id: "case.neglect-review",
    kind: "deadline-chain",
    section: caseReviews,
    quote: reviewQuote,
    subject: "cases",
    when: all({ fact: "neglect", operator: "equal", value: true }),
    start: { date: "neglectIdentifiedOn" },
    interval: { months: { param: "case.reviewWithinMonths" } },
    events: caseDiscussed,
    endsOn: "closedOn",
    owner: "ops-manager-of-case",
    severity: "high",
    referral: {
      to: "ops-manager-of-case",
      on: "chain-start",
      reason: "Children subject to neglect are for the operations manager's locality management meeting or case clinic.",
    },
    message: "Case {subject}, where neglect was identified, waiting since {waitStarted}, was due to be discussed at a locality management meeting or a case clinic by {dueBy}.",
    basis: {
      subjects: qaf(),
      due: reviewWithin,
      fulfilment: discussed,
      owner: opsManagerOfCase,
      escalation: reading("The row puts children subject to neglect before locality management: the operations manager is told on the day neglect is identified."),
      severity: graded,
    },
  },
  {
    id: "young-carers.assessment",
    kind: "deadline",
    section: youngCarers,
    quote: "All YC are entitled to an assessment of their needs to ensure they are appropriately met",
    subject: "children",
    when: all({ fact: "youngCarer", operator: "equal", value: true }),
    due: {
      type: "days",
      after: "case.openedOn",
      count: { param: "young-carers.assessmentWithinDays" },
      orElse: { type: "on", date: "case.closedOn" },
    },
    fulfilment: "young-carer-assessed",
    endsOn: "case.closedOn",
    owner: "key-worker",
    severity: "high",
    message: "Young carer {subject} was due a young carer assessment by {dueBy}.",
    basis: {
      subjects: qaf(),
      due: reading("\"Entitled to an assessment\" with no deadline: due by the case's closure; a number of days from the case opening instead.", "young-carers.assessmentWithinDays"),
      fulfilment: qaf(),
      owner: assumption("The QAF says young carers are assessed, not by whom: the case's key worker."),
      escalation: ladderOnly,
      severity: graded,
    },
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
    basis: {
      subjects: qaf(),
      due: qaf(),
      fulfilment: qaf(),
      owner: assumption("The QAF says who is involved, not who answers for it: the case's key worker."),
      escalation: firstRungOnly,
      severity: graded,
    },
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
    basis: {
      subjects: qaf(),
      due: qaf("young-carers.charterReviewMonths"),
      fulfilment: qaf(),
      owner: assumption("Family Action reviews the charter; the QAF names no one in the service to see to it: the strategic manager."),
      escalation: ladderOnly,
      severity: graded,
    },
  },
]);
