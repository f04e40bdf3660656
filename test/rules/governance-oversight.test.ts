import { describe, expect, it } from "vitest";
import { evaluate, qafPolicy, withParameters } from "../../src";
import { obligation, withOrg } from "../fixtures/governance";

const ofRule = <T extends { ruleId: string }>(list: readonly T[], ruleId: string) => list.filter((x) => x.ruleId === ruleId);
const log = (staffId: string, activity: string, on: string) => ({ staffId, activity, on });

describe("oversight.dashboard-review (\"review the Liquid Logic Dashboards on a weekly basis\")", () => {
  it("asks each team manager (oversight.dashboardRoles; not a family centre team manager) for a review each week; self-owned, low", async () => {
    const data = withOrg({
      oversight: [
        log("tm-n", "dashboard-review", "2024-04-03"),
        log("tm-n", "bi-access", "2024-04-10"), // the wrong activity
        log("fctm-s", "dashboard-review", "2024-04-09"),
      ],
    });
    const r = await evaluate(data, { asOf: "2024-04-15" });
    const obs = ofRule(r.obligations, "oversight.dashboard-review");
    expect(new Set(obs.map((o) => o.subject.id))).toEqual(new Set(["tm-n"]));
    expect(obligation(obs, "oversight.dashboard-review/staff:tm-n/2024-W14")).toMatchObject({
      status: "met", metOn: "2024-04-03", owner: { staffId: "tm-n", role: "team-manager" },
    });
    expect(obligation(obs, "oversight.dashboard-review/staff:tm-n/2024-W15").status).toBe("overdue");
    expect(obligation(r.breaches, "oversight.dashboard-review/staff:tm-n/2024-W15#breach")).toMatchObject({
      severity: "low", since: "2024-04-15", owner: { staffId: "tm-n" }, status: "active",
    });
    // Naming the family centre team manager's role in oversight.dashboardRoles asks them too.
    const both = withParameters(qafPolicy, { oversight: { dashboardRoles: ["team-manager", "family-centre-team-manager"] } });
    const wider = ofRule((await evaluate(data, { asOf: "2024-04-15", policy: both })).obligations, "oversight.dashboard-review");
    expect(new Set(wider.map((o) => o.subject.id))).toEqual(new Set(["tm-n", "fctm-s"]));
    expect(obligation(wider, "oversight.dashboard-review/staff:fctm-s/2024-W14").status).toBe("overdue");
    expect(obligation(wider, "oversight.dashboard-review/staff:fctm-s/2024-W15").status).toBe("met");
  });

  it("owes nothing for a week in which a new team manager is in post only on days off", async () => {
    // A second team manager for t-n starts on Saturday 13 April 2024 (2024-W15 ends Sunday 14th).
    const data = withOrg({});
    const starter = { id: "tm-new", role: "team-manager", teamId: "t-n", lineManagerId: "om-n", contract: "full-time", startedOn: "2024-04-13" };
    const staff = [...(data["staff"] as unknown[]), starter];
    const r = await evaluate({ ...data, staff }, { asOf: "2024-04-22" });
    const weeks = ofRule(r.obligations, "oversight.dashboard-review").filter((o) => o.subject.id === "tm-new").map((o) => o.id);
    expect(weeks).toEqual(["oversight.dashboard-review/staff:tm-new/2024-W16", "oversight.dashboard-review/staff:tm-new/2024-W17"]);
  });

  it("excuses the week of a team manager absent for all of its working days, but not a week with one day worked", async () => {
    const r = await evaluate(withOrg({
      absences: [
        { staffId: "tm-n", from: "2024-04-08", to: "2024-04-12" }, // Mon-Fri of W15
        { staffId: "tm-n", from: "2024-04-15", to: "2024-04-18" }, // Mon-Thu of W16: Friday worked
      ],
    }), { asOf: "2024-04-22" });
    const w15 = obligation(r.obligations, "oversight.dashboard-review/staff:tm-n/2024-W15");
    expect(w15.status).toBe("excused");
    expect(r.breaches.find((b) => b.obligationId === w15.id)).toBeUndefined();
    expect(obligation(r.obligations, "oversight.dashboard-review/staff:tm-n/2024-W16").status).toBe("overdue");
    // a whole-week absence excuses the manager's own review, not the team's briefing
    expect(obligation(r.obligations, "governance.team-briefing/team:t-n/2024-W15").status).toBe("overdue");
  });

  it("asks nothing of a team manager for the weeks after they left, nor before they started", async () => {
    const r = await evaluate(withOrg({
      staff: [
        { id: "tm-x", role: "team-manager", teamId: "t-n", lineManagerId: "om-n", contract: "full-time", startedOn: "2024-04-10", leftOn: "2024-04-17" },
      ],
    }), { asOf: "2024-04-30" });
    const weeks = ofRule(r.obligations, "oversight.dashboard-review").filter((o) => o.subject.id === "tm-x").map((o) => o.id.split("/").pop());
    expect(weeks).toEqual(["2024-W15", "2024-W16"]);
  });
});

describe("oversight.bi-access (\"Operations Managers will access the BI system on a weekly basis\")", () => {
  it("asks each operations manager for a BI access each week", async () => {
    const r = await evaluate(withOrg({
      oversight: [log("om-n", "bi-access", "2024-04-02"), log("om-s", "dashboard-review", "2024-04-02")],
    }), { asOf: "2024-04-08" });
    const obs = ofRule(r.obligations, "oversight.bi-access");
    expect(obs.map((o) => [o.id, o.status])).toEqual([
      ["oversight.bi-access/staff:om-n/2024-W14", "met"],
      ["oversight.bi-access/staff:om-s/2024-W14", "overdue"],
      ["oversight.bi-access/staff:om-n/2024-W15", "open"],
      ["oversight.bi-access/staff:om-s/2024-W15", "open"],
    ]);
    expect(obligation(r.breaches, "oversight.bi-access/staff:om-s/2024-W14#breach")).toMatchObject({
      severity: "low", owner: { staffId: "om-s", role: "operations-manager" }, since: "2024-04-08",
    });
  });

  it("names the oversight record as evidence, even though the contract makes its id optional", async () => {
    const r = await evaluate(withOrg({
      oversight: [log("om-n", "bi-access", "2024-04-02"), { id: "ov7", staffId: "om-s", activity: "bi-access", on: "2024-04-03" }],
    }), { asOf: "2024-04-08" });
    expect(obligation(r.obligations, "oversight.bi-access/staff:om-s/2024-W14").evidence).toEqual(["ov7"]);
    const [id] = obligation(r.obligations, "oversight.bi-access/staff:om-n/2024-W14").evidence;
    // no id of its own: named by its own facts, never "undefined"
    expect(id).toMatch(/om-n/);
    expect(id).toMatch(/2024-04-02/);
    expect(id).not.toMatch(/undefined/);
  });
});

describe("escalation of a team manager's active breach", () => {
  // Team t-n holds no briefing in W15 (8-14 April 2024): the breach begins Monday 15 April.
  // Working days after 15 April: 16-19 (4), 22-26 (9), 29 (10th); 30 (11), 1-3 May (14),
  // 6 May is a bank holiday, 7-10 (18), 13 (19), 14 May (20th).
  const briefings = ["2024-04-02", "2024-04-16", "2024-04-23", "2024-04-30", "2024-05-07", "2024-05-14"]
    .map((heldOn, i) => ({ id: `tb${i}`, kind: "team-briefing", heldOn, scope: { type: "team", id: "t-n" } }));
  const at = async (asOf: string) => {
    const r = await evaluate(withOrg({ meetings: briefings }), { asOf });
    return r.escalations.find((e) => e.breachId === "governance.team-briefing/team:t-n/2024-W15#breach");
  };

  it("goes to the operations manager, then the strategic manager, then the EHIVC management team", async () => {
    expect(await at("2024-04-15")).toMatchObject({ kind: "breach", level: 1, to: { staffId: "om-n" }, raisedOn: "2024-04-15" });
    expect(await at("2024-04-26")).toMatchObject({ level: 1, to: { staffId: "om-n" } });
    expect(await at("2024-04-29")).toMatchObject({ level: 2, to: { staffId: "sm" }, raisedOn: "2024-04-29" });
    expect(await at("2024-05-13")).toMatchObject({ level: 2, to: { staffId: "sm" } });
    expect(await at("2024-05-14")).toMatchObject({ level: 3, to: { body: "ehivcmt" }, raisedOn: "2024-05-14" });
    expect(await at("2024-09-30")).toMatchObject({ level: 3, to: { body: "ehivcmt" } });
  });

  it("a strategic manager's breach has only the body above it", async () => {
    const r = await evaluate(withOrg({}), { asOf: "2024-06-30" });
    const e = r.escalations.find((x) => x.breachId === "governance.ehivc-management-team/service:service/2024-04#breach");
    expect(e).toMatchObject({ level: 1, to: { body: "ehivcmt" }, raisedOn: "2024-05-01" });
  });
});
