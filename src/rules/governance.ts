import type { Assertion, EvidenceSpec, RuleDefinition, RuleOfKind } from "../model/policy";
import type { AuthoredBasis, AuthoredCondition, FactOf, NamedParams, OwnerOf } from "./authoring";
import { defineRules, type RuleWithId } from "./define-rules";
import { all, parameter } from "./conditions";
import { assumption, firstRungOnly, graded, ladderOnly, neverEscalated, qaf, reading } from "./basis";

const section = "Governance, oversight and service standing";

type Period = RuleOfKind<"cadence">["period"];

/** The meeting structure's subjects: whom a meeting's `scope` names. */
const scopeOf = { service: "service", staff: "staff", teams: "team", areas: "area" } as const;

/** A meeting row's footing: the table states the meeting, its cadence and its scope; `owner` is who sees to it. */
const meetingBasis = (owner: AuthoredBasis["owner"], changes: Partial<AuthoredBasis> = {}): AuthoredBasis => ({
  subjects: qaf(), due: qaf(), fulfilment: qaf(), owner, escalation: ladderOnly, severity: graded, ...changes,
});

/** Who sees that a meeting is held, where the table's "Who is involved?" names them first. */
const namedFirst = (who: string) => reading(`The table names who is involved, not who convenes: ${who}, named first.`);

/** A meeting of `kind` for its scope's subject, counted on the day it was held. */
const meetingsOf = (kind: string, scope: string): EvidenceSpec =>
  ({ collection: "meetings", key: "scopeId", date: "heldOn", where: { kind, scopeType: scope } });

/** What a row of the meetings table can change: its condition, its evidence, its ladder and severity, whether it is on. */
interface MeetingOptions<S extends keyof typeof scopeOf> {
  when?: AuthoredCondition<FactOf<S>>;
  evidence?: EvidenceSpec;
  ladder?: RuleDefinition["ladder"];
  severity?: RuleDefinition["severity"];
  enabled?: boolean;
}

/**
 * One row of the QAF's meetings table: a meeting of `kind` each `period`, scoped to the
 * subject (the whole service, an operations manager, a team or an area), counted for the
 * period containing `heldOn`.
 */
function meeting<const Kind extends string, const S extends keyof typeof scopeOf>(
  kind: Kind, period: Period, subject: S, owner: OwnerOf<S>, quote: string, message: string,
  basis: AuthoredBasis, options: MeetingOptions<S> = {},
) {
  return {
    id: `governance.${kind}` as const,
    kind: "cadence" as const,
    section,
    quote,
    subject,
    ...(options.when ? { when: options.when } : {}),
    period,
    required: 1,
    evidence: options.evidence ?? meetingsOf(kind, scopeOf[subject]),
    owner,
    severity: options.severity ?? ("medium" as const),
    ...(options.ladder ? { ladder: options.ladder } : {}),
    ...(options.enabled === undefined ? {} : { enabled: options.enabled }),
    message,
    basis,
  };
}

const sharedWith = (values: string[]): NamedParams<Assertion, "service"> => ({
  test: "includesAll", field: "sharedWith", values, label: "not shared with every body the QAF names",
});
const covers = (values: string[]): NamedParams<Assertion, "service"> => ({
  test: "includesAll", field: "covers", values, label: "not covering every topic the QAF names",
});

/** A report row's footing: the table states the report, its cadence, recipients and topics; not its deadline or author. */
const reportBasis = (owner: AuthoredBasis["owner"], fulfilment: AuthoredBasis["fulfilment"] = qaf()): AuthoredBasis => ({
  subjects: qaf(),
  due: assumption("The table says how often each report is made, not when it is due: by the end of the month after its period.", "reports.dueMonthsAfterPeriod"),
  fulfilment,
  owner,
  escalation: ladderOnly,
  severity: graded,
});

/**
 * One row of the QAF's reports table: for each period, a report of `kind` whose `period`
 * covers it, published by the end of the month after the period ends; when the table lists
 * bodies or topics, a published report missing any of them is one check breach.
 */
function report<const Kind extends string>(
  kind: Kind, period: Period, owner: OwnerOf<"service">, quote: string, name: string, checks: NamedParams<Assertion, "service">[], basis: AuthoredBasis,
  evidence: EvidenceSpec = { collection: "reports", date: "publishedOn", where: { kind }, match: "covers-period" },
): RuleWithId<`report.${Kind}`> {
  return {
    id: `report.${kind}`,
    kind: "cadence",
    section,
    quote,
    subject: "service",
    period,
    required: 1,
    evidence,
    dueMonthsAfterPeriod: { param: "reports.dueMonthsAfterPeriod" },
    ...(checks.length > 0
      ? { contentCheck: { assertions: checks, message: `${name} {subject} has gaps: {failures} (missing {missing}).` } }
      : {}),
    owner,
    severity: "medium",
    message: `The ${name.toLowerCase()} for {period} was due to be published by {dueBy}.`,
    basis,
  };
}

/** The service improvement report's recipients and topics, as the reports table lists them. */
const serviceImprovementBodies = ["ops-management-team", "ehivcmt", "cscqib"];
const serviceImprovementTopics = ["audits", "representations", "mp-letters", "surveys", "qic-topics", "iic-membership"];

/** The strategic manager sees to the service-wide meetings and reports the table puts under them. */
const strategicManager = namedFirst("the Strategic Manager OP&TF");
/** The quality improvement manager, named first for the service improvement report. */
const qualityImprovementManager = namedFirst("the Quality Improvement Manager");

const isOpsManager = all({ fact: "role", operator: "equal", value: "operations-manager" });

/** The rules of the QAF's section: Governance, oversight and service standing. */
export const governanceRules = defineRules([
  meeting("quality-performance-clinic", "month", "areas", "ops-manager-of-area",
    "The OP&TFS Strategic Manager and Locality Operations Manager will hold monthly performance clinic all team managers",
    "No quality and performance clinic was held for area {subject} in the month {period}.",
    meetingBasis(reading("The Locality Operations Manager holds the clinic with the strategic manager: the area's operations manager."), {
      subjects: reading("\"Locality Operations Manager ... monthly performance clinic\" read as one clinic a month for each area; a service-wide clinic counts for every area."),
    }),
    {
      evidence: {
        collection: "meetings", key: "scopeId", date: "heldOn",
        where: [{ kind: "quality-performance-clinic", scopeType: "area" }, { kind: "quality-performance-clinic", scopeType: "service" }],
        forEvery: { scopeType: "service" },
      },
    }),
  meeting("case-clinic", "two-month", "staff", "self",
    "Operations Manager case clinics are held bi monthly with Team Managers",
    "Operations manager {subject} held no case clinic in the two months {period}.",
    meetingBasis(qaf(), { due: reading("\"Bi-monthly\" read as every two months (blocks from the year's start), not twice a month.") }),
    { when: isOpsManager }),
  meeting("locality-management-oversight", "week", "teams", "team-manager-of-team",
    "Locality management oversight | Weekly",
    "No locality management oversight meeting was held for team {subject} in the week {period}.",
    meetingBasis(namedFirst("the team manager"), {
      subjects: assumption("Suggested, off by default: the row is the team managers' weekly review of the Liquid Logic dashboards, which oversight.dashboard-review already checks; on, it asks each team for a meeting every week."),
    }),
    { enabled: false }),
  meeting("team-briefing", "week", "teams", "team-manager-of-team",
    "Team Briefing | Weekly",
    "No team briefing was held for team {subject} in the week {period}.",
    meetingBasis(reading("\"All team members\" are involved: the team manager sees that the briefing is held."))),
  meeting("group-learning", "month", "areas", "ops-manager-of-area",
    "Group Learning ... | Monthly",
    "No group learning session was held in area {subject} in the month {period}.",
    meetingBasis(reading("The table names the Locality Operations Managers among those it is shared with: the area's operations manager."), {
      subjects: reading("\"All OPS practitioners and managers\" read as a session for each area each month."),
    })),
  meeting("optf-development-day", "quarter", "service", "strategic-manager",
    "OP&TF Development Days | Quarterly",
    "No OP&TF development day was held in the quarter {period}.",
    meetingBasis(strategicManager)),
  meeting("practitioner-development-day", "half", "service", "strategic-manager",
    "Practitioners Development Days | Six monthly",
    "No practitioners' development day was held in the half-year {period}.",
    meetingBasis(assumption("The table names no one to convene it: the strategic manager."))),
  meeting("ehivc-management-team", "month", "service", "strategic-manager",
    "EHIVC Management Team Meetings | Monthly",
    "No EHIVC management team meeting was held in the month {period}.",
    meetingBasis(qaf())),
  meeting("practice-week", "year", "service", "strategic-manager",
    "Practice week/fortnight is usually held once or twice a year",
    "No practice week was held in the year {period}.",
    meetingBasis(assumption("The QAF names no one to convene it: the strategic manager."), {
      escalation: neverEscalated,
      severity: reading("Permissive wording (\"usually held\"): low, and never climbs."),
    }),
    { ladder: "none", severity: "low" }),
  {
    id: "governance.attendance",
    kind: "check",
    section,
    quote: "The OP&TFS Strategic Manager and Locality Operations Manager will hold monthly performance clinic all team managers; the meetings table's \"Who is involved?\"",
    subject: "meetings",
    when: all({ fact: "attendeesRecorded", operator: "equal", value: true }),
    date: "heldOn",
    assertions: [
      {
        test: "attendance", field: "attendeeIds", roles: { param: "governance.requiredAttendees", by: "kind" },
        label: "not every role the meetings table names was among those who attended",
      },
    ],
    owner: "owner-of-meeting",
    severity: "low",
    message: "Meeting {subject} had no one attending in these roles: {missing}.",
    basis: {
      subjects: qaf(),
      due: qaf(),
      fulfilment: reading("The table's \"Who is involved?\" read as at least one active attendee of each role named; a team briefing's \"All team members\" read as its own team manager. A meeting with no attendees recorded is not checked.", "governance.requiredAttendees"),
      owner: reading("Whoever the meetings table makes responsible for the meeting's scope: the strategic manager, the area's operations manager, the team's manager, or the operations manager whose clinic it is."),
      escalation: firstRungOnly,
      severity: graded,
    },
  },
  report("service-improvement", "quarter", "quality-improvement-manager",
    "Service Improvement Report | Quarterly", "Service improvement report", [
      sharedWith(serviceImprovementBodies),
      covers(serviceImprovementTopics),
    ], reportBasis(qualityImprovementManager)),
  report("stronger-families-progress", "quarter", "strategic-manager",
    "Stronger Families Earned Autonomy Progress Reports | Quarterly", "Stronger families progress report", [
      sharedWith(["ehivcmt", "cscmt", "cmt"]),
    ], reportBasis(qaf())),
  report("population-outcomes", "half", "strategic-manager",
    "Population Outcomes | Bi annually", "Population outcomes report", [
      sharedWith(["ehivcmt", "cscmt", "cmt", "mhclg"]),
    ], reportBasis(qaf(), reading("\"Bi annually\" read as twice a year (each half), not every two years."))),
  report("kpi", "month", "strategic-manager",
    "Key performance indicators will be reported on a monthly basis", "KPI report", [],
    reportBasis(assumption("The QAF names no author: the strategic manager, who holds the performance clinic."))),
  report("survey-results", "quarter", "quality-improvement-manager",
    "Results from surveys will be reported quarterly to the One Point Service (OPS) Management Team",
    "Survey results report", [sharedWith(["ops-management-team"])],
    reportBasis(
      assumption("The QAF names no author: the quality improvement manager, whose service improvement report covers surveys."),
      reading("A survey results report shared with the OPS Management Team, or that quarter's service improvement report when it covers surveys and is shared with it (the reports table puts survey results in the service improvement report)."),
    ),
    {
      collection: "reports", date: "publishedOn", match: "covers-period",
      where: [
        { kind: "survey-results" },
        { kind: "service-improvement", covers: { includes: ["surveys"] }, sharedWith: { includes: ["ops-management-team"] } },
      ],
    }),
  {
    id: "oversight.dashboard-review",
    kind: "cadence",
    section,
    quote: "Team Managers are also expected to review the Liquid Logic Dashboards on a weekly basis",
    subject: "staff",
    when: all({ fact: "role", operator: "in", value: parameter("oversight.dashboardRoles") }),
    period: "week",
    required: 1,
    evidence: { collection: "oversight", key: "staffId", date: "on", where: { activity: "dashboard-review" } },
    owner: "self",
    severity: "low",
    message: "Team manager {subject} logged no Liquid Logic dashboard review in the week {period}.",
    basis: { subjects: qaf("oversight.dashboardRoles"), due: qaf(), fulfilment: qaf(), owner: qaf(), escalation: ladderOnly, severity: graded },
  },
  {
    id: "oversight.bi-access",
    kind: "cadence",
    section,
    quote: "Operations Managers will access the BI system on a weekly basis",
    subject: "staff",
    when: isOpsManager,
    period: "week",
    required: 1,
    evidence: { collection: "oversight", key: "staffId", date: "on", where: { activity: "bi-access" } },
    owner: "self",
    severity: "low",
    message: "Operations manager {subject} logged no access to the BI system in the week {period}.",
    basis: { subjects: qaf(), due: qaf(), fulfilment: qaf(), owner: qaf(), escalation: ladderOnly, severity: graded },
  },
  {
    id: "quality.team-plan",
    kind: "deadline-chain",
    section,
    quote: "Each OPS team will be responsible for developing and implementing a team Quality Improvement Plan",
    subject: "teams",
    interval: { months: { param: "quality.teamPlanMonths" } },
    events: { collection: "qualityImprovementPlans", key: "teamId", date: "approvedOn" },
    owner: "team-manager-of-team",
    severity: "medium",
    message: "Team {subject} was due an approved Quality Improvement Plan by {dueBy}.",
    basis: {
      subjects: qaf(),
      due: reading("The QAF sets no renewal: a team owes a plan from the window's start until one is on record (null); a number of months asks for a new plan that often.", "quality.teamPlanMonths"),
      fulfilment: qaf(),
      owner: reading("\"Each OPS team will be responsible\": its team manager."),
      escalation: ladderOnly,
      severity: graded,
    },
  },
  {
    id: "iic.annual",
    kind: "cadence",
    section,
    quote: "Each One Point Service Area will be expected to achieve Investing in Children status on an annual basis",
    subject: "areas",
    period: "year",
    required: 1,
    evidence: { collection: "iicAwards", key: "areaId", date: "achievedOn" },
    owner: "ops-manager-of-area",
    severity: "medium",
    message: "Area {subject} had not achieved Investing in Children status in the year {period}.",
    basis: {
      subjects: qaf(),
      due: reading("\"On an annual basis\" read as once in each financial year."),
      fulfilment: qaf(),
      owner: assumption("The QAF names the area, not a person: its operations manager."),
      escalation: ladderOnly,
      severity: graded,
    },
  },
]);
