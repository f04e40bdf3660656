import { describe, expect, it } from "vitest";
import { evaluate, qafPolicy, withRules } from "../../src";
import { obligation, withOrg } from "../fixtures/governance";

const service = { type: "service" };
const team = (id: string) => ({ type: "team", id });
const staff = (id: string) => ({ type: "staff", id });
let n = 0;
const meeting = (kind: string, heldOn: string, scope: object, endsOn?: string) =>
  ({ id: `m${++n}`, kind, heldOn, scope, ...(endsOn ? { endsOn } : {}) });

// A suggested rule, shipped off: switched on where a test is about it.
const oversightOn = withRules(qafPolicy, { "governance.locality-management-oversight": { enabled: true } });

const ofRule = <T extends { ruleId: string }>(list: readonly T[], ruleId: string) => list.filter((x) => x.ruleId === ruleId);

describe("governance.quality-performance-clinic (\"Locality Operations Manager will hold monthly performance clinic\")", () => {
  it("is per area: met by the area's clinic or a service clinic in the month, overdue the day after a month with neither", async () => {
    const qpc = [
      meeting("quality-performance-clinic", "2024-04-15", service), // a service clinic counts for every area
      meeting("quality-performance-clinic", "2024-05-20", { type: "area", id: "north" }), // north's is not south's
      meeting("quality-performance-clinic", "2024-06-03", { type: "area", id: "south" }),
    ];
    const r = await evaluate(withOrg({ meetings: qpc }), { asOf: "2024-06-30" });
    const obs = ofRule(r.obligations, "governance.quality-performance-clinic");
    expect(obs.map((o) => [o.id, o.status])).toEqual([
      ["governance.quality-performance-clinic/area:north/2024-04", "met"],
      ["governance.quality-performance-clinic/area:south/2024-04", "met"],
      ["governance.quality-performance-clinic/area:north/2024-05", "met"],
      ["governance.quality-performance-clinic/area:south/2024-05", "overdue"],
      // due on its period's last day: asOf 2024-06-30 is not past it
      ["governance.quality-performance-clinic/area:north/2024-06", "open"],
      ["governance.quality-performance-clinic/area:south/2024-06", "met"],
    ]);
    expect(obs[0]).toMatchObject({
      status: "met", metOn: "2024-04-15", dueBy: "2024-04-30", evidence: [qpc[0]?.id],
      period: { from: "2024-04-01", to: "2024-04-30" }, owner: { staffId: "om-n", role: "operations-manager" },
      subject: { type: "area", id: "north" },
    });
    expect(obs[1]).toMatchObject({ metOn: "2024-04-15", evidence: [qpc[0]?.id], owner: { staffId: "om-s", role: "operations-manager" } });
    expect(obs[2]).toMatchObject({ metOn: "2024-05-20", evidence: [qpc[1]?.id] });
    expect(obs[3]).toMatchObject({ dueBy: "2024-05-31", evidence: [], progress: { done: 0, required: 1 } });
    expect(obs[5]).toMatchObject({ metOn: "2024-06-03", evidence: [qpc[2]?.id] });
    const breaches = ofRule(r.breaches, "governance.quality-performance-clinic");
    expect(breaches).toHaveLength(1);
    expect(breaches[0]).toMatchObject({
      id: "governance.quality-performance-clinic/area:south/2024-05#breach",
      since: "2024-06-01", status: "active", severity: "medium",
      owner: { staffId: "om-s" },
      message: "No quality and performance clinic was held for area south in the month 2024-05-01 to 2024-05-31.",
      source: {
        section: "Governance, oversight and service standing",
        quote: "The OP&TFS Strategic Manager and Locality Operations Manager will hold monthly performance clinic all team managers",
      },
    });
  });

  it("leaves the current month open until its last day", async () => {
    const r = await evaluate(withOrg({}), { asOf: "2024-04-30" });
    expect(obligation(r.obligations, "governance.quality-performance-clinic/area:north/2024-04").status).toBe("open");
    const next = await evaluate(withOrg({}), { asOf: "2024-05-01" });
    expect(obligation(next.obligations, "governance.quality-performance-clinic/area:north/2024-04").status).toBe("overdue");
  });
});

describe("governance.case-clinic (\"Case clinics | Bi-monthly\")", () => {
  it("asks each operations manager for one clinic in each two-month block from April, Dec-Jan spanning the year end", async () => {
    const clinics = [
      meeting("case-clinic", "2024-05-20", staff("om-n")),
      meeting("case-clinic", "2024-12-10", staff("om-n")),
      meeting("case-clinic", "2025-01-20", staff("om-n")),
      meeting("case-clinic", "2025-03-03", staff("om-n")),
      meeting("case-clinic", "2024-06-05", { type: "area", id: "north" }),
    ];
    const r = await evaluate(withOrg({ meetings: clinics }), { asOf: "2025-03-31" });
    const omN = ofRule(r.obligations, "governance.case-clinic").filter((o) => o.subject.id === "om-n");
    expect(omN.map((o) => [o.period?.from, o.period?.to, o.status])).toEqual([
      ["2024-04-01", "2024-05-31", "met"],
      ["2024-06-01", "2024-07-31", "overdue"],
      ["2024-08-01", "2024-09-30", "overdue"],
      ["2024-10-01", "2024-11-30", "overdue"],
      ["2024-12-01", "2025-01-31", "met"],
      ["2025-02-01", "2025-03-31", "met"],
    ]);
    expect(omN[4]).toMatchObject({
      id: "governance.case-clinic/staff:om-n/2024/25 B5", metOn: "2024-12-10",
      progress: { done: 2, required: 1 }, owner: { staffId: "om-n", role: "operations-manager" },
    });
    // om-n's clinics are not om-s's; team managers and practitioners owe none
    const omS = ofRule(r.obligations, "governance.case-clinic").filter((o) => o.subject.id === "om-s");
    expect(omS.map((o) => o.status)).toEqual(["overdue", "overdue", "overdue", "overdue", "overdue", "open"]);
    expect(new Set(ofRule(r.obligations, "governance.case-clinic").map((o) => o.subject.id))).toEqual(new Set(["om-n", "om-s"]));
    expect(ofRule(r.breaches, "governance.case-clinic").find((b) => b.subject.id === "om-n")).toMatchObject({
      id: "governance.case-clinic/staff:om-n/2024/25 B2#breach", since: "2024-08-01", owner: { staffId: "om-n" },
    });
  });
});

describe("weekly meetings per team", () => {
  it("governance.team-briefing: one per team per ISO week; a briefing of another team does not count", async () => {
    const briefings = [
      meeting("team-briefing", "2024-04-02", team("t-n")),
      meeting("team-briefing", "2024-04-09", team("t-s")),
      meeting("team-briefing", "2024-04-10", { type: "area", id: "north" }),
      meeting("locality-management-oversight", "2024-04-11", team("t-n")), // another kind of meeting
      meeting("team-briefing", "2024-04-16", team("t-n")),
    ];
    const r = await evaluate(withOrg({ meetings: briefings }), { asOf: "2024-04-21" });
    const tn = ofRule(r.obligations, "governance.team-briefing").filter((o) => o.subject.id === "t-n");
    expect(tn.map((o) => [o.id, o.period?.from, o.dueBy, o.status])).toEqual([
      ["governance.team-briefing/team:t-n/2024-W14", "2024-04-01", "2024-04-07", "met"],
      ["governance.team-briefing/team:t-n/2024-W15", "2024-04-08", "2024-04-14", "overdue"],
      ["governance.team-briefing/team:t-n/2024-W16", "2024-04-15", "2024-04-21", "met"],
    ]);
    expect(tn[1]?.owner).toEqual({ staffId: "tm-n", role: "team-manager" });
    const ts = ofRule(r.obligations, "governance.team-briefing").filter((o) => o.subject.id === "t-s");
    expect(ts.map((o) => o.status)).toEqual(["overdue", "met", "open"]);
    expect(ts[0]?.owner).toEqual({ staffId: "fctm-s", role: "family-centre-team-manager" });
    expect(obligation(r.breaches, "governance.team-briefing/team:t-n/2024-W15#breach")).toMatchObject({
      since: "2024-04-15", status: "active", owner: { staffId: "tm-n" },
    });
  });

  it("governance.locality-management-oversight: one per team per week, once switched on (it ships off)", async () => {
    const data = withOrg({ meetings: [meeting("locality-management-oversight", "2024-04-05", team("t-s"))] });
    const r = await evaluate(data, { asOf: "2024-04-08", policy: oversightOn });
    const obs = ofRule(r.obligations, "governance.locality-management-oversight").filter((o) => o.period?.from === "2024-04-01");
    expect(obs.map((o) => [o.subject.id, o.status])).toEqual([["t-n", "overdue"], ["t-s", "met"]]);
    const off = await evaluate(data, { asOf: "2024-04-08" });
    expect(ofRule(off.obligations, "governance.locality-management-oversight")).toEqual([]);
  });

  it("asks nothing for a week with no working day (a council closure week)", async () => {
    const closed = ["2024-04-08", "2024-04-09", "2024-04-10", "2024-04-11", "2024-04-12"];
    const policy = { ...oversightOn, calendar: { ...oversightOn.calendar, closureDays: closed } };
    const r = await evaluate(withOrg({}), { asOf: "2024-04-21", policy });
    const weeks = (ruleId: string) => ofRule(r.obligations, ruleId).filter((o) => o.subject.id === "t-n").map((o) => o.id.split("/").pop());
    expect(weeks("governance.team-briefing")).toEqual(["2024-W14", "2024-W16"]);
    expect(weeks("governance.locality-management-oversight")).toEqual(["2024-W14", "2024-W16"]);
    const reviews = ofRule(r.obligations, "oversight.dashboard-review").filter((o) => o.subject.id === "tm-n");
    expect(reviews.map((o) => o.id.split("/").pop())).toEqual(["2024-W14", "2024-W16"]);
    // the same week, open, is owed
    const open = await evaluate(withOrg({}), { asOf: "2024-04-21", policy: oversightOn });
    expect(ofRule(open.obligations, "governance.team-briefing").filter((o) => o.subject.id === "t-n")).toHaveLength(3);
    expect(ofRule(open.obligations, "governance.locality-management-oversight").filter((o) => o.subject.id === "t-n")).toHaveLength(3);
  });
});

describe("monthly, quarterly and half-yearly service meetings", () => {
  it("governance.group-learning is per area, owned by its operations manager", async () => {
    const r = await evaluate(withOrg({
      meetings: [meeting("group-learning", "2024-04-24", { type: "area", id: "south" })],
    }), { asOf: "2024-05-01" });
    const april = ofRule(r.obligations, "governance.group-learning").filter((o) => o.period?.from === "2024-04-01");
    expect(april.map((o) => [o.subject, o.status, o.owner])).toEqual([
      [{ type: "area", id: "north" }, "overdue", { staffId: "om-n", role: "operations-manager" }],
      [{ type: "area", id: "south" }, "met", { staffId: "om-s", role: "operations-manager" }],
    ]);
  });

  it("governance.optf-development-day is quarterly, practitioner-development-day half-yearly, ehivc-management-team monthly", async () => {
    const r = await evaluate(withOrg({
      meetings: [
        meeting("optf-development-day", "2024-09-30", service),
        meeting("practitioner-development-day", "2024-10-01", service),
        meeting("ehivc-management-team", "2024-10-31", service),
      ],
    }), { asOf: "2024-11-01" });
    const show = (ruleId: string) => ofRule(r.obligations, ruleId).map((o) => [o.period?.from, o.period?.to, o.status]);
    expect(show("governance.optf-development-day")).toEqual([
      ["2024-04-01", "2024-06-30", "overdue"],
      ["2024-07-01", "2024-09-30", "met"],
      ["2024-10-01", "2024-12-31", "open"],
    ]);
    expect(show("governance.practitioner-development-day")).toEqual([
      ["2024-04-01", "2024-09-30", "overdue"],
      ["2024-10-01", "2025-03-31", "met"],
    ]);
    expect(show("governance.ehivc-management-team").slice(-2)).toEqual([
      ["2024-10-01", "2024-10-31", "met"],
      ["2024-11-01", "2024-11-30", "open"],
    ]);
  });
});

describe("governance.practice-week (\"usually held once or twice a year\")", () => {
  it("counts a multi-day event for the year of its first day only", async () => {
    const week = meeting("practice-week", "2025-03-24", service, "2025-04-04");
    const r = await evaluate(withOrg({ meetings: [week] }), { asOf: "2026-04-01", from: "2024-04-01" });
    const obs = ofRule(r.obligations, "governance.practice-week");
    expect(obs.map((o) => [o.id, o.dueBy, o.status, o.metOn])).toEqual([
      ["governance.practice-week/service:service/2024/25", "2025-03-31", "met", "2025-03-24"],
      ["governance.practice-week/service:service/2025/26", "2026-03-31", "overdue", undefined],
      ["governance.practice-week/service:service/2026/27", "2027-03-31", "open", undefined],
    ]);
    // Permissive ("usually held"): its breach is low and never escalates.
    expect(ofRule(r.breaches, "governance.practice-week")).toMatchObject([
      { id: "governance.practice-week/service:service/2025/26#breach", severity: "low", status: "active", since: "2026-04-01" },
    ]);
    expect(ofRule(r.escalations, "governance.practice-week")).toEqual([]);
  });

  it("is open through the year and owned by the strategic manager", async () => {
    const r = await evaluate(withOrg({}), { asOf: "2025-03-31" });
    expect(obligation(r.obligations, "governance.practice-week/service:service/2024/25")).toMatchObject({
      status: "open", owner: { staffId: "sm" }, period: { from: "2024-04-01", to: "2025-03-31" },
    });
  });
});
