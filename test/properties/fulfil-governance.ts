/**
 * Fulfilling evidence for the families and governance rule families: meetings of every
 * kind and scope, case clinics, reports, oversight, plans, awards, charter reviews,
 * surveys and young carer assessments. See fulfil.ts.
 */
import { calendar } from "../../src";
import type { Data, Rec } from "./arbitraries";
import type { Change } from "./fulfil";
import { chance, int, pick, type Gen } from "./generators";

type Maker = (g: Gen, data: Data, day: number) => Change | undefined;

const add = (data: Data, name: keyof Data, record: Rec): Data => ({ ...data, [name]: [...data[name], record] });
const str = (v: unknown): string => String(v);
const on = (day: number): string => calendar.formatDay(day);

const SERVICE_KINDS = ["quality-performance-clinic", "optf-development-day", "practitioner-development-day", "ehivc-management-team", "practice-week"];
const REPORTS: [string, calendar.PeriodKind][] = [
  ["service-improvement", "quarter"], ["stronger-families-progress", "quarter"], ["population-outcomes", "half"],
  ["kpi", "month"], ["survey-results", "quarter"],
];

export const governanceMakers: Record<string, Maker> = {
  serviceMeeting: (g, data, day) => {
    const kind = pick(g, SERVICE_KINDS);
    const rec = { id: "new-meeting", kind, heldOn: on(day), scope: { type: "service" } };
    return { name: kind, data: add(data, "meetings", rec), targets: [{ ruleIds: [`governance.${kind}`], subject: "service:service" }] };
  },
  teamMeeting: (g, data, day) => {
    const team = pick(g, data.teams);
    const kind = pick(g, ["locality-management-oversight", "team-briefing"]);
    const rec = { id: "new-meeting", kind, heldOn: on(day), scope: { type: "team", id: team["id"] } };
    return { name: kind, data: add(data, "meetings", rec), targets: [{ ruleIds: [`governance.${kind}`], subject: `team:${str(team["id"])}` }] };
  },
  groupLearning: (g, data, day) => {
    const area = pick(g, data.areas);
    const rec = { id: "new-meeting", kind: "group-learning", heldOn: on(day), scope: { type: "area", id: area["id"] } };
    return { name: "group-learning", data: add(data, "meetings", rec), targets: [{ ruleIds: ["governance.group-learning"], subject: `area:${str(area["id"])}` }] };
  },
  caseClinic: (g, data, day) => {
    const om = pick(g, data.staff.filter((s) => s["role"] === "operations-manager"));
    const teams = new Set(data.teams.filter((t) => t["areaId"] === om["areaId"]).map((t) => t["id"]));
    const cases = data.cases.filter((c) => teams.has(c["teamId"]) && chance(g, 60));
    const rec = { id: "new-meeting", kind: "case-clinic", heldOn: on(day), scope: { type: "staff", id: om["id"] }, caseIds: cases.map((c) => c["id"]) };
    return {
      name: "case-clinic", data: add(data, "meetings", rec),
      targets: [
        { ruleIds: ["governance.case-clinic"], subject: `staff:${str(om["id"])}` },
        ...cases.map((c) => ({ ruleIds: ["case.duration-review", "case.neglect-review"], subject: `case:${str(c["id"])}` })),
      ],
    };
  },
  report: (g, data, day) => {
    const [kind, period] = pick(g, REPORTS);
    const p = calendar.periodContaining(period, day - int(g, 0, 200));
    const rec = {
      id: "new-report", kind, period: { from: on(p.from), to: on(p.to) }, publishedOn: on(Math.max(day, p.to)),
      sharedWith: ["ops-management-team", "ehivcmt", "cscqib", "cscmt", "cmt", "mhclg", "ops-smt-emt"],
      covers: ["audits", "representations", "mp-letters", "surveys", "qic-topics", "iic-membership"],
    };
    return { name: `report.${kind}`, data: add(data, "reports", rec), targets: [{ ruleIds: [`report.${kind}`], subject: "service:service" }] };
  },
  oversight: (g, data, day) => {
    const s = pick(g, data.staff.filter((x) => ["team-manager", "family-centre-team-manager", "operations-manager"].includes(str(x["role"]))));
    const activity = s["role"] === "operations-manager" ? "bi-access" : "dashboard-review";
    return { name: activity, data: add(data, "oversight", { staffId: s["id"], activity, on: on(day) }), targets: [{ ruleIds: [`oversight.${activity}`], subject: `staff:${str(s["id"])}` }] };
  },
  plan: (g, data, day) => {
    const team = pick(g, data.teams);
    return { name: "plan", data: add(data, "qualityImprovementPlans", { id: "new-qip", teamId: team["id"], approvedOn: on(day) }), targets: [{ ruleIds: ["quality.team-plan"], subject: `team:${str(team["id"])}` }] };
  },
  award: (g, data, day) => {
    const area = pick(g, data.areas);
    return { name: "award", data: add(data, "iicAwards", { id: "new-iic", areaId: area["id"], achievedOn: on(day) }), targets: [{ ruleIds: ["iic.annual"], subject: `area:${str(area["id"])}` }] };
  },
  charter: (_g, data, day) => ({
    name: "charter", data: add(data, "youngCarersCharterReviews", { id: "new-ycc", reviewedOn: on(day) }),
    targets: [{ ruleIds: ["young-carers.charter-review"], subject: "service:service" }],
  }),
  survey: (g, data, day) => {
    const closed = data.cases.filter((c) => c["closedOn"] !== undefined);
    if (closed.length === 0) return undefined;
    const c = pick(g, closed);
    const children = c["children"] as Rec[];
    const instrument = children.length === 0 ? "parent-carer" : pick(g, ["parent-carer", "young-person", "child"]);
    const rec: Rec = { id: "new-survey", caseId: c["id"], instrument, offeredOn: on(day) };
    if (instrument !== "parent-carer") rec["childId"] = pick(g, children)["id"];
    if (chance(g, 60)) rec["completedOn"] = on(day + int(g, 0, 30));
    const team = data.teams.find((t) => t["id"] === c["teamId"]) as Rec;
    return {
      name: "survey", data: add(data, "surveys", rec),
      targets: [
        { ruleIds: ["survey.offer"], subject: `case:${str(c["id"])}` },
        ...["service:service", `area:${str(team["areaId"])}`, `team:${str(team["id"])}`].map((subject) => ({ ruleIds: ["survey.completion-target"], subject })),
      ],
    };
  },
  assessment: (g, data, day) => {
    const withChildren = data.cases.filter((c) => (c["children"] as Rec[]).length > 0);
    if (withChildren.length === 0) return undefined;
    const c = pick(g, withChildren);
    const child = pick(g, c["children"] as Rec[]);
    const rec = { id: "new-yca", caseId: c["id"], childId: child["id"], assessedOn: on(day), youngCarerInvolved: true, parentInvolved: true };
    return { name: "assessment", data: add(data, "youngCarerAssessments", rec), targets: [{ ruleIds: ["young-carers.assessment"], subject: `child:${str(child["id"])}` }] };
  },
};
