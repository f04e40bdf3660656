import type { Assertion, RuleDefinition, RuleOfKind } from "../model/policy";
import { defineRules, type RuleWithId } from "./define-rules";
import { all } from "./conditions";

const section = "Governance, oversight and service standing";

type Period = RuleOfKind<"cadence">["period"];

/** The meeting structure's subjects: whom a meeting's `scope` names. */
const scopeOf = { service: "service", staff: "staff", teams: "team", areas: "area" } as const;

/**
 * One row of the QAF's meetings table: a meeting of `kind` each `period`, scoped to the
 * subject (the whole service, an operations manager, a team or an area), counted for the
 * period containing `heldOn`.
 */
function meeting<const Kind extends string>(
  kind: Kind, period: Period, subject: keyof typeof scopeOf, owner: string, quote: string, message: string,
  when?: RuleDefinition["when"],
): RuleWithId<`governance.${Kind}`> {
  return {
    id: `governance.${kind}`,
    kind: "cadence",
    section,
    quote,
    subject,
    ...(when ? { when } : {}),
    period,
    required: 1,
    evidence: { collection: "meetings", key: "scopeId", date: "heldOn", where: { kind, scopeType: scopeOf[subject] } },
    owner,
    severity: "medium",
    message,
  };
}

const sharedWith = (values: string[]): Assertion => ({
  test: "includesAll", field: "sharedWith", values, label: "not shared with every body the QAF names",
});
const covers = (values: string[]): Assertion => ({
  test: "includesAll", field: "covers", values, label: "not covering every topic the QAF names",
});

/**
 * One row of the QAF's reports table: for each period, a report of `kind` whose `period`
 * covers it, published by the end of the month after the period ends; when the table lists
 * bodies or topics, a published report missing any of them is one check breach.
 */
function report<const Kind extends string>(
  kind: Kind, period: Period, owner: string, quote: string, name: string, checks: Assertion[],
): RuleWithId<`report.${Kind}`> {
  return {
    id: `report.${kind}`,
    kind: "cadence",
    section,
    quote,
    subject: "service",
    period,
    required: 1,
    evidence: { collection: "reports", date: "publishedOn", where: { kind }, match: "covers-period" },
    dueMonthsAfterPeriod: { param: "reports.dueMonthsAfterPeriod" },
    ...(checks.length > 0
      ? { contentCheck: { assertions: checks, message: `${name} {subject} has gaps: {failures} (missing {missing}).` } }
      : {}),
    owner,
    severity: "medium",
    message: `The ${name.toLowerCase()} for {period} was due to be published by {dueBy}.`,
  };
}

const isOpsManager = all({ fact: "role", operator: "equal", value: "operations-manager" });
const isTeamManager = all({ fact: "role", operator: "in", value: ["team-manager", "family-centre-team-manager"] });

/** The rules of the QAF's section: Governance, oversight and service standing. */
export const governanceRules = defineRules([
  meeting("quality-performance-clinic", "month", "service", "strategic-manager",
    "Quality and Performance Clinics | Monthly",
    "No quality and performance clinic was held for the service in the month {period}."),
  meeting("case-clinic", "two-month", "staff", "self",
    "Case clinics | Bi-monthly",
    "Operations manager {subject} held no case clinic in the two months {period}.", isOpsManager),
  meeting("locality-management-oversight", "week", "teams", "team-manager-of-team",
    "Locality management oversight | Weekly",
    "No locality management oversight meeting was held for team {subject} in the week {period}."),
  meeting("team-briefing", "week", "teams", "team-manager-of-team",
    "Team Briefing | Weekly",
    "No team briefing was held for team {subject} in the week {period}."),
  meeting("group-learning", "month", "areas", "ops-manager-of-area",
    "Group Learning ... | Monthly",
    "No group learning session was held in area {subject} in the month {period}."),
  meeting("optf-development-day", "quarter", "service", "strategic-manager",
    "OP&TF Development Days | Quarterly",
    "No OP&TF development day was held in the quarter {period}."),
  meeting("practitioner-development-day", "half", "service", "strategic-manager",
    "Practitioners Development Days | Six monthly",
    "No practitioners' development day was held in the half-year {period}."),
  meeting("ehivc-management-team", "month", "service", "strategic-manager",
    "EHIVC Management Team Meetings | Monthly",
    "No EHIVC management team meeting was held in the month {period}."),
  meeting("practice-week", "year", "service", "strategic-manager",
    "Practice week/fortnight is usually held once or twice a year",
    "No practice week was held in the year {period}."),
  report("service-improvement", "quarter", "quality-improvement-manager",
    "Service Improvement Report | Quarterly", "Service improvement report", [
      sharedWith(["ops-management-team", "ehivcmt", "cscqib"]),
      covers(["audits", "representations", "mp-letters", "surveys", "qic-topics", "iic-membership"]),
    ]),
  report("stronger-families-progress", "quarter", "strategic-manager",
    "Stronger Families Earned Autonomy Progress Reports | Quarterly", "Stronger families progress report", [
      sharedWith(["ehivcmt", "cscmt", "cmt"]),
    ]),
  report("population-outcomes", "half", "strategic-manager",
    "Population Outcomes | Bi annually", "Population outcomes report", [
      sharedWith(["ehivcmt", "cscmt", "cmt", "mhclg"]),
    ]),
  report("kpi", "month", "strategic-manager",
    "Key performance indicators will be reported on a monthly basis", "KPI report", []),
  report("survey-results", "quarter", "quality-improvement-manager",
    "Results from surveys will be reported quarterly to the One Point Service (OPS) Management Team",
    "Survey results report", [sharedWith(["ops-management-team"])]),
  {
    id: "oversight.dashboard-review",
    kind: "cadence",
    section,
    quote: "Team Managers are also expected to review the Liquid Logic Dashboards on a weekly basis",
    subject: "staff",
    when: isTeamManager,
    period: "week",
    required: 1,
    evidence: { collection: "oversight", key: "staffId", date: "on", where: { activity: "dashboard-review" } },
    owner: "self",
    severity: "low",
    message: "Team manager {subject} logged no Liquid Logic dashboard review in the week {period}.",
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
    message: "Team {subject} was due a newly approved Quality Improvement Plan by {dueBy}.",
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
  },
]);
