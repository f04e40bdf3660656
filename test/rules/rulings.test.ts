/**
 * The rulings of 2026-12-07, each from the QAF's own words, with its edges. Each test here
 * failed on the code before the rulings.
 */
import { describe, expect, it } from "vitest";
import { evaluate, InvalidPolicyError, qafPolicy, withParameters, withRules } from "../../src";
import type { Evaluation, Policy } from "../../src";
import { caseAudit, dataset, familyCase, org, person, type Row } from "../fixtures/org";

const only = (policy: Policy, ...ids: string[]): Policy => ({ ...policy, rules: policy.rules.filter((r) => ids.includes(r.id)) });
const run = (data: unknown, asOf: string, policy: Policy, from?: string): Promise<Evaluation> =>
  evaluate(data, { asOf, policy, ...(from ? { from } : {}) });
const ofRule = <T extends { ruleId: string }>(list: readonly T[], ruleId: string) => list.filter((r) => r.ruleId === ruleId);

describe("survey.offer per family (\"undertaken for all families ... Three surveys are in place\")", () => {
  // A family closed 2024-11-04 with a 3-, a 7- and a 12-year-old (school ages on 31 August 2024: 3, 7, 12).
  const family = familyCase({
    closedOn: "2024-11-04", closureReason: "closed",
    children: [
      { id: "c3", dateOfBirth: "2021-06-01" },
      { id: "c7", dateOfBirth: "2017-06-01" },
      { id: "c12", dateOfBirth: "2012-06-01" },
    ],
  });
  const offered = (id: string, instrument: string, childId?: string): Row =>
    ({ id, caseId: "100", instrument, ...(childId ? { childId } : {}), offeredOn: "2024-11-04" });
  const policy = only(qafPolicy, "survey.offer");

  it("asks one parent/carer, one young person's and one child's survey of the family, whichever child each names", async () => {
    const r = await run(dataset({ cases: [family], surveys: [offered("s1", "parent-carer"), offered("s2", "young-person", "c12"), offered("s3", "child", "c7")] }), "2024-11-30", policy);
    expect(ofRule(r.obligations, "survey.offer")).toMatchObject([{ status: "met", metOn: "2024-11-04", basis: "reading", assumptions: ["survey.offerPer", "survey.ageBasis"] }]);
    expect(r.breaches).toEqual([]);
  });

  it("counts a child's survey naming another child of the family (the 3-year-old needs none of their own)", async () => {
    const r = await run(dataset({ cases: [family], surveys: [offered("s1", "parent-carer"), offered("s2", "young-person", "c12"), offered("s3", "child", "c3")] }), "2024-11-30", policy);
    expect(r.breaches).toEqual([]);
  });

  it("lists what the family was not offered, once each", async () => {
    const r = await run(dataset({ cases: [family], surveys: [offered("s1", "parent-carer")] }), "2024-11-30", policy);
    expect(r.breaches).toMatchObject([{ status: "active", since: "2024-11-05", details: { missing: ["young-person survey", "child survey"] } }]);
  });

  it("gives the earlier reading with survey.offerPer = child: a survey for each child of school age, matched on childId", async () => {
    const perChild = withParameters(policy, { survey: { offerPer: "child" } });
    const r = await run(dataset({ cases: [family], surveys: [offered("s1", "parent-carer"), offered("s2", "young-person", "c12"), offered("s3", "child", "c3")] }), "2024-11-30", perChild);
    expect(r.breaches).toMatchObject([{ details: { missing: ["child survey for child c7"] } }]);
  });

  it("asks a young person's survey of a family whose only child is 18 (\"11 and over\", no upper bound)", async () => {
    const adult = familyCase({ closedOn: "2024-11-04", closureReason: "closed", children: [{ id: "c18", dateOfBirth: "2006-06-01" }] });
    const r = await run(dataset({ cases: [adult], surveys: [offered("s1", "parent-carer")] }), "2024-11-30", policy);
    expect(r.breaches).toMatchObject([{ details: { missing: ["young-person survey"] } }]);
  });
});

describe("survey.completion-target, survey.targetCounts (\"10% in relation to the number of families that had been closed\")", () => {
  // Ten families closed in Q1 2024/25; one of them completed three surveys.
  const cases = Array.from({ length: 10 }, (_, i) => familyCase({ id: `${200 + i}`, closedOn: "2024-05-01", closureReason: "closed", children: [{ id: `c-${200 + i}`, dateOfBirth: "2015-03-01" }] }));
  const surveys = ["a", "b", "c"].map((k) => ({ id: `sv-${k}`, caseId: "200", instrument: "parent-carer", offeredOn: "2024-05-01", completedOn: "2024-05-10" }));
  const policy = only(withParameters(qafPolicy, { survey: { targetRate: 0.2 } }), "survey.completion-target");
  const q1 = (r: Evaluation) => ofRule(r.obligations, "survey.completion-target").find((o) => o.period?.from === "2024-04-01");

  it("counts families by default: one family of ten misses 20%", async () => {
    const r = await run(dataset({ cases, surveys }), "2024-08-31", policy);
    expect(q1(r)).toMatchObject({ status: "overdue", progress: { done: 1, required: 2 } });
  });

  it("counts completed surveys with targetCounts = surveys: three of ten reach 20%", async () => {
    const r = await run(dataset({ cases, surveys }), "2024-08-31", withParameters(policy, { survey: { targetCounts: "surveys" } }));
    expect(q1(r)).toMatchObject({ status: "met", progress: { done: 3, required: 2 } });
  });
});

describe("report.survey-results (\"Results from surveys will be reported quarterly to the ... OPS Management Team\")", () => {
  const policy = only(qafPolicy, "report.survey-results");
  const improvement = (covers: string[], sharedWith: string[]): Row => ({
    id: "rep-si", kind: "service-improvement", period: { from: "2024-04-01", to: "2024-06-30" }, publishedOn: "2024-07-20", sharedWith, covers,
  });

  it("is met by that quarter's service improvement report when it covers surveys and goes to the OPS Management Team", async () => {
    const r = await run(dataset({ reports: [improvement(["audits", "surveys"], ["ops-management-team", "ehivcmt"])] }), "2024-08-31", policy);
    expect(ofRule(r.obligations, "report.survey-results").find((o) => o.period?.from === "2024-04-01")).toMatchObject({ status: "met", evidence: ["rep-si"] });
    expect(r.breaches.filter((b) => b.subject.type === "report")).toEqual([]);
  });

  it("is not met by one that leaves surveys out", async () => {
    const r = await run(dataset({ reports: [improvement(["audits"], ["ops-management-team"])] }), "2024-08-31", policy);
    expect(ofRule(r.obligations, "report.survey-results").find((o) => o.period?.from === "2024-04-01")).toMatchObject({ status: "overdue" });
  });
});

describe("case reviews at locality management (\"children and families open for 9 months(IFST team) ...\")", () => {
  const policy = only(qafPolicy, "case.duration-review");
  // Case 100 (IFST) opened 2024-01-15: the threshold is 2024-10-15, a discussion due by 2024-12-15.
  const meeting = (kind: string): Row => ({ id: "m1", kind, heldOn: "2024-12-02", scope: { type: "area", id: "north" }, caseIds: ["100"] });

  it("is met by a locality management meeting that lists the case", async () => {
    const r = await run(dataset({ meetings: [meeting("locality-management")] }), "2024-12-31", policy);
    expect(ofRule(r.obligations, "case.duration-review")[0]).toMatchObject({ dueBy: "2024-12-15", status: "met", metOn: "2024-12-02" });
  });

  it("is met by a case clinic as before, and not by another kind of meeting", async () => {
    expect(ofRule((await run(dataset({ meetings: [meeting("case-clinic")] }), "2024-12-31", policy)).obligations, "case.duration-review")[0]).toMatchObject({ status: "met" });
    expect(ofRule((await run(dataset({ meetings: [meeting("group-learning")] }), "2024-12-31", policy)).obligations, "case.duration-review")[0]).toMatchObject({ status: "overdue" });
  });

  it("names case.reviewWithinMonths when a policy still says case.clinicWithinMonths", () => {
    const patch = { case: { clinicWithinMonths: 3 } } as unknown as Parameters<typeof withParameters>[1];
    expect(() => withParameters(qafPolicy, patch)).toThrow(/case\.clinicWithinMonths[\s\S]*renamed case\.reviewWithinMonths/);
    expect(() => withParameters(qafPolicy, { observation: { perYear: 1 } } as unknown as Parameters<typeof withParameters>[1]))
      .toThrow(/observation\.intervalMonths/);
  });
});

describe("governance.quality-performance-clinic per area (\"Locality Operations Manager will hold monthly performance clinic\")", () => {
  const policy = only(qafPolicy, "governance.quality-performance-clinic");
  const clinic = (id: string, scope: Row): Row => ({ id, kind: "quality-performance-clinic", heldOn: "2024-04-10", scope });
  const april = (r: Evaluation, area: string) =>
    r.obligations.find((o) => o.subject.id === area && o.period?.from === "2024-04-01");

  it("owes each area its own clinic, owned by its operations manager: north's clinic does not count for south", async () => {
    const r = await run(dataset({ meetings: [clinic("m-n", { type: "area", id: "north" })] }), "2024-05-31", policy);
    expect(april(r, "north")).toMatchObject({ status: "met", owner: { staffId: "om-n" } });
    expect(april(r, "south")).toMatchObject({ status: "overdue", owner: { staffId: "om-s" } });
  });

  it("counts a service-wide clinic for every area", async () => {
    const r = await run(dataset({ meetings: [clinic("m-s", { type: "service" })] }), "2024-05-31", policy);
    expect(april(r, "north")).toMatchObject({ status: "met", evidence: ["m-s"] });
    expect(april(r, "south")).toMatchObject({ status: "met", evidence: ["m-s"] });
  });
});

describe("governance.attendance (the meetings table's \"Who is involved?\")", () => {
  const policy = only(qafPolicy, "governance.attendance");
  const briefing = (attendeeIds: string[] | undefined, extra: Row = {}): Row =>
    ({ id: "b1", kind: "team-briefing", heldOn: "2024-06-03", scope: { type: "team", id: "t-n" }, ...(attendeeIds ? { attendeeIds } : {}), ...extra });

  it("does not check a meeting with no attendees recorded", async () => {
    expect((await run(dataset({ meetings: [briefing(undefined), briefing([], { id: "b2" })] }), "2024-06-30", policy)).breaches).toEqual([]);
  });

  it("is met by the team's own team manager, or its own family centre team manager", async () => {
    const data = dataset({ meetings: [briefing(["tm-n", "p-n"])] });
    expect((await run(data, "2024-06-30", policy)).breaches).toEqual([]);
    const fct = org();
    fct.staff.push(person("fctm-n", "family-centre-team-manager", { teamId: "t-n", lineManagerId: "om-n" }));
    expect((await run({ ...dataset({ meetings: [briefing(["fctm-n"])] }), staff: fct.staff }, "2024-06-30", policy)).breaches).toEqual([]);
  });

  it("is a low breach when only another team's manager attended, listing the missing role, owned by the team's manager", async () => {
    const r = await run(dataset({ meetings: [briefing(["tm-s", "p-n"])] }), "2024-06-30", policy);
    expect(r.breaches).toMatchObject([{ ruleId: "governance.attendance", subject: { type: "meeting", id: "b1" }, severity: "low", since: "2024-06-03", owner: { staffId: "tm-n" }, details: { failures: [{ missing: ["team-manager"] }] } }]);
    // A check climbs no further than the first rung: the owner's line manager.
    expect(r.escalations).toMatchObject([{ level: 1, to: { staffId: "om-n" } }]);
  });

  it("counts only attendees in post that day, and every role the clinic needs", async () => {
    const staff = org().staff.map((s) => (s["id"] === "om-n" ? { ...s, leftOn: "2024-05-31" } : s));
    const clinic: Row = { id: "c1", kind: "quality-performance-clinic", heldOn: "2024-06-10", scope: { type: "area", id: "north" }, attendeeIds: ["sm", "om-n", "tm-n"] };
    const r = await run({ ...dataset({ meetings: [clinic] }), staff }, "2024-06-30", policy);
    expect(r.breaches).toMatchObject([{ details: { failures: [{ missing: ["operations-manager"] }] } }]);
  });
});

describe("oversight.dashboard-review and oversight.dashboardRoles (\"Team Managers are also expected to review the Liquid Logic Dashboards\")", () => {
  it("asks team managers, not family centre team managers, by default", async () => {
    const staff = [...org().staff, person("fctm-n", "family-centre-team-manager", { teamId: "t-n", lineManagerId: "om-n" })];
    const r = await run({ ...dataset(), staff }, "2024-04-14", only(qafPolicy, "oversight.dashboard-review"));
    const who = new Set(r.obligations.map((o) => o.subject.id));
    expect([...who].sort()).toEqual(["tm-n", "tm-s"]);
    const wider = withParameters(only(qafPolicy, "oversight.dashboard-review"), { oversight: { dashboardRoles: ["team-manager", "family-centre-team-manager"] } });
    expect(new Set((await run({ ...dataset(), staff }, "2024-04-14", wider)).obligations.map((o) => o.subject.id)).has("fctm-n")).toBe(true);
  });
});

describe("quality.team-plan with quality.teamPlanMonths = null (\"Each OPS team will be responsible for developing ... a team Quality Improvement Plan\")", () => {
  const policy = only(qafPolicy, "quality.team-plan");
  it("owes nothing in the window for a team whose plan is on record by its start, however old", async () => {
    const r = await run(dataset({ qualityImprovementPlans: [{ id: "q1", teamId: "t-n", approvedOn: "2019-05-01" }] }), "2025-03-31", policy);
    expect(r.obligations.filter((o) => o.subject.id === "t-n")).toEqual([]);
    // A team with none is overdue from the window's first day.
    expect(r.obligations.filter((o) => o.subject.id === "t-s")).toMatchObject([{ dueBy: "2024-03-31", status: "overdue" }]);
  });
});

describe("observation.annual as a twelve-month chain (\"a minimum of one observation of their practice per year\")", () => {
  const policy = only(qafPolicy, "observation.annual");
  const starter = person("p-new", "practitioner", { teamId: "t-n", lineManagerId: "tm-n", startedOn: "2024-10-01" });
  it("asks a practitioner who starts in October for their first observation by the next October, not eighteen months later", async () => {
    const r = await run({ ...dataset(), staff: [...org().staff, starter] }, "2025-10-02", policy, "2025-04-01");
    expect(r.obligations.find((o) => o.subject.id === "p-new")).toMatchObject({ dueBy: "2025-10-01", status: "overdue" });
  });
  it("is met on the due date itself", async () => {
    const observed = { id: "o1", practitionerId: "p-new", observerId: "tm-n", observedOn: "2025-10-01", plannedInAdvance: true, consent: "secured", templateUsed: true, recorded: true };
    const r = await run({ ...dataset({ observations: [observed] }), staff: [...org().staff, starter] }, "2025-10-02", policy, "2025-04-01");
    expect(r.obligations.find((o) => o.subject.id === "p-new")).toMatchObject({ dueBy: "2025-10-01", status: "met" });
  });
});

describe("observation.observer: the practitioner's own team (\"usually undertaken by the practitioners Team Manager ...\")", () => {
  const policy = only(qafPolicy, "observation.observer");
  const observed = (observerId: string): Row =>
    ({ id: "o1", practitionerId: "p-n", observerId, observedOn: "2024-06-03", plannedInAdvance: true, consent: "secured", templateUsed: true, recorded: true });
  it("is met by the practitioner's own team manager", async () => {
    expect((await run(dataset({ observations: [observed("tm-n")] }), "2024-06-30", policy)).breaches).toEqual([]);
  });
  it("is a low breach, never escalated, when an observer from another team observed", async () => {
    const r = await run(dataset({ observations: [observed("tm-s")] }), "2024-12-31", policy);
    expect(r.breaches).toMatchObject([{ ruleId: "observation.observer", severity: "low", status: "active" }]);
    expect(r.escalations).toEqual([]);
  });
});

describe("audit.moderation by the worker's own operations manager (\"moderated by the Operations Manager\")", () => {
  const policy = only(qafPolicy, "audit.moderation");
  it("is not fulfilled by another area's operations manager", async () => {
    const audit = caseAudit({ moderatedOn: "2024-06-11", moderatorId: "om-s", submittedOn: "2024-06-13" });
    const r = await run(dataset({ audits: [audit] }), "2024-06-30", policy);
    expect(ofRule(r.obligations, "audit.moderation")[0]).toMatchObject({ status: "overdue", basis: "reading", assumptions: ["fulfilment"] });
    const own = await run(dataset({ audits: [{ ...audit, moderatorId: "om-n" }] }), "2024-06-30", policy);
    expect(ofRule(own.obligations, "audit.moderation")[0]).toMatchObject({ status: "met" });
  });
});

describe("lapsed breaches: a subject that stops before anyone meets it", () => {
  const policy = only(qafPolicy, "pdr.annual");
  const leaver = person("p-l", "practitioner", { teamId: "t-n", lineManagerId: "tm-n", startedOn: "2023-01-02", leftOn: "2024-06-28" });
  const data = { ...dataset(), staff: [...org().staff, leaver] };
  // The first PDR was due 2024-01-02; it was never held, and p-l left on 2024-06-28.
  it("stays overdue, its breach lapsed on the day they left, and never escalates", async () => {
    const r = await run(data, "2024-09-30", policy);
    expect(r.obligations.find((o) => o.subject.id === "p-l")).toMatchObject({ dueBy: "2024-01-02", status: "overdue" });
    expect(r.breaches.find((b) => b.subject.id === "p-l")).toMatchObject({ status: "lapsed", lapsedOn: "2024-06-28", since: "2024-01-03" });
    expect(r.escalations.filter((e) => e.subject.id === "p-l")).toEqual([]);
  });
  it("is active the day before they leave", async () => {
    const r = await run(data, "2024-06-27", policy);
    expect(r.breaches.find((b) => b.subject.id === "p-l")).toMatchObject({ status: "active" });
  });
  it("is not reported by a window that starts after it lapsed", async () => {
    const r = await run(data, "2025-03-31", policy, "2024-07-01");
    expect(r.breaches.filter((b) => b.subject.id === "p-l")).toEqual([]);
  });
});

describe("owners read on asOf", () => {
  it("stands the first active person up the line in for an owner who has left, keeping the named one", async () => {
    const staff = org().staff.map((s) => (s["id"] === "tm-n" ? { ...s, leftOn: "2024-05-31" } : s));
    const r = await run({ ...dataset(), staff }, "2024-09-30", only(qafPolicy, "pdr.annual"));
    const owed = r.obligations.find((o) => o.subject.id === "p-n");
    expect(owed?.owner).toEqual({ staffId: "om-n", role: "operations-manager", named: { staffId: "tm-n", role: "team-manager" } });
    // One stand-in party for every result it owns: frozen, so a change through one cannot show in another.
    expect(Object.isFrozen(owed?.owner)).toBe(true);
    expect(Object.isFrozen(owed?.owner.named)).toBe(true);
  });
});

describe("suggested rules, switched off by default", () => {
  it("ship off and switch on with withRules", async () => {
    const off = qafPolicy.rules.filter((r) => r.enabled === false).map((r) => r.id).sort();
    expect(off).toEqual(["audit.manager-audits", "governance.locality-management-oversight", "supervision.interval"]);
    const on = withRules(qafPolicy, { "supervision.interval": { enabled: true } });
    expect(on.rules.find((r) => r.id === "supervision.interval")?.enabled).toBe(true);
    expect(qafPolicy.rules.find((r) => r.id === "supervision.interval")?.enabled).toBe(false);
    const r = await run(dataset(), "2024-06-30", only(on, "supervision.interval"));
    expect(r.obligations.length).toBeGreaterThan(0);
    expect((await run(dataset(), "2024-06-30", only(qafPolicy, "supervision.interval"))).obligations).toEqual([]);
  });
  it("refuses an unknown rule id with the nearest one", () => {
    expect(() => withRules(qafPolicy, { "supervision.intervals": { enabled: true } })).toThrow(InvalidPolicyError);
    expect(() => withRules(qafPolicy, { "supervision.intervals": { enabled: true } })).toThrow(/did you mean supervision\.interval\?/);
  });
  it("asks nothing of audit.manager-audits, switched on, until the council sets its number", async () => {
    const on = only(withRules(qafPolicy, { "audit.manager-audits": { enabled: true } }), "audit.manager-audits");
    expect((await run(dataset(), "2024-09-30", on)).obligations).toEqual([]);
    const two = withParameters(on, { audit: { managerAuditsPerQuarter: 2 } });
    const r = await run(dataset({ audits: [caseAudit({ id: "a1", completedOn: "2024-05-01" })] }), "2024-09-30", two);
    expect(r.obligations.find((o) => o.subject.id === "tm-n" && o.period?.from === "2024-04-01")).toMatchObject({ status: "overdue", progress: { done: 1, required: 2 } });
  });
});

describe("permissive rules never climb; checks stop at the first rung", () => {
  it("governance.practice-week is low and never escalates", async () => {
    const r = await run(dataset(), "2025-03-31", only(qafPolicy, "governance.practice-week"), "2023-04-01");
    expect(r.breaches).toMatchObject([{ severity: "low", status: "active" }]);
    expect(r.escalations).toEqual([]);
  });
  it("a check breach reaches the owner's line manager and no further, however long it stays", async () => {
    const r = await run(dataset({ audits: [caseAudit({ recordedOnCaseFile: false })] }), "2025-03-31", only(qafPolicy, "audit.recorded"));
    expect(r.escalations).toMatchObject([{ kind: "breach", level: 1, to: { staffId: "om-n" }, basis: "assumption" }]);
  });
});

describe("the line on a given day: the support plan goes to the worker's operations manager on the day it is sent", () => {
  // p-n's team manager tm-n reports to om-n until 2024-06-30, then (a restructure) to om-s.
  const restructure = [
    { id: "lm1", staffId: "tm-n", lineManagerId: "om-n", from: "2020-01-01", to: "2024-06-30" },
    { id: "lm2", staffId: "tm-n", lineManagerId: "om-s", from: "2024-07-01" },
  ];
  const policy = only(qafPolicy, "audit.qisp");
  const sentTo = (to: string, on: string) => dataset({
    lineManagement: restructure,
    audits: [caseAudit({ feedbackMeetingOn: "2024-06-24", qispSentOn: on, qispSentToId: to })],
  });
  const qisp = (r: Evaluation) => ofRule(r.obligations, "audit.qisp")[0];

  it("sent to om-n on 2024-06-28, before the restructure, stays met after it", async () => {
    expect(qisp(await run(sentTo("om-n", "2024-06-28"), "2024-09-30", policy))).toMatchObject({ status: "met", basis: "qaf" });
  });
  it("sent to om-n on the day of the change itself, 2024-06-30, is met; sent to om-s that day is not", async () => {
    expect(qisp(await run(sentTo("om-n", "2024-06-30"), "2024-09-30", policy))).toMatchObject({ status: "met" });
    expect(qisp(await run(sentTo("om-s", "2024-06-30"), "2024-09-30", policy))).toMatchObject({ status: "overdue" });
  });
  it("sent the day after the change (the due date itself, 5 working days after 2024-06-24), the recipient is om-s", async () => {
    expect(qisp(await run(sentTo("om-s", "2024-07-01"), "2024-09-30", policy))).toMatchObject({ dueBy: "2024-07-01", status: "met" });
    expect(qisp(await run(sentTo("om-n", "2024-07-01"), "2024-09-30", policy))).toMatchObject({ status: "overdue" });
  });
  it("refers the audit to the operations manager of the line as it stands on asOf", async () => {
    const r = await run(sentTo("om-n", "2024-06-28"), "2024-09-30", policy);
    expect(r.escalations).toMatchObject([{ kind: "referral", raisedOn: "2024-06-10", to: { staffId: "om-s" } }]);
  });
});
