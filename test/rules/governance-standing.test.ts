import { describe, expect, it } from "vitest";
import { evaluate, qafPolicy, withParameters } from "../../src";
import { obligation, withOrg } from "../fixtures/governance";

const ofRule = <T extends { ruleId: string }>(list: readonly T[], ruleId: string) => list.filter((x) => x.ruleId === ruleId);
/** The QAF sets no renewal; a council that wants a yearly plan sets quality.teamPlanMonths. */
const renewed = withParameters(qafPolicy, { quality: { teamPlanMonths: 12 } });
const plan = (id: string, teamId: string, approvedOn: string) => ({ id, teamId, approvedOn });

describe("quality.team-plan (\"Each OPS team will be responsible for developing ... a team Quality Improvement Plan\")", () => {
  it("by default (quality.teamPlanMonths null) a team with a plan approved before the window owes nothing", async () => {
    const r = await evaluate(withOrg({ qualityImprovementPlans: [plan("q1", "t-n", "2023-05-01")] }), { asOf: "2024-06-30" });
    expect(ofRule(r.obligations, "quality.team-plan").filter((o) => o.subject.id === "t-n")).toEqual([]);
    expect(ofRule(r.breaches, "quality.team-plan").filter((b) => b.subject.id === "t-n")).toEqual([]);
    // the team without one still owes it
    expect(ofRule(r.obligations, "quality.team-plan").map((o) => o.id)).toEqual(["quality.team-plan/team:t-s/opening"]);
  });

  it("with quality.teamPlanMonths 12, a plan approved 2023-05-01 is due renewal by 2024-05-01, overdue from the 2nd", async () => {
    const r = await evaluate(withOrg({ qualityImprovementPlans: [plan("q1", "t-n", "2023-05-01")] }), { asOf: "2024-06-30", policy: renewed });
    expect(ofRule(r.obligations, "quality.team-plan").filter((o) => o.subject.id === "t-n")).toEqual([
      expect.objectContaining({
        id: "quality.team-plan/team:t-n/2023-05-01", dueBy: "2024-05-01", status: "overdue",
        owner: { staffId: "tm-n", role: "team-manager" },
      }),
    ]);
    expect(obligation(r.breaches, "quality.team-plan/team:t-n/2023-05-01#breach")).toMatchObject({
      since: "2024-05-02", status: "active", severity: "medium", owner: { staffId: "tm-n" },
      message: "Team t-n was due an approved Quality Improvement Plan by 2024-05-01.",
    });
  });

  it("with quality.teamPlanMonths 12, renewed on the due day is met, and the next plan is due twelve months on", async () => {
    const r = await evaluate(withOrg({
      qualityImprovementPlans: [plan("q1", "t-n", "2023-05-01"), plan("q2", "t-n", "2024-05-01")],
    }), { asOf: "2024-06-30", policy: renewed });
    expect(ofRule(r.obligations, "quality.team-plan").filter((o) => o.subject.id === "t-n").map((o) => [o.id, o.dueBy, o.status])).toEqual([
      ["quality.team-plan/team:t-n/2023-05-01", "2024-05-01", "met"],
      ["quality.team-plan/team:t-n/2024-05-01", "2025-05-01", "open"],
    ]);
  });

  it("a team with no plan on record is overdue from the window's first day", async () => {
    // The first wait is due the day before the window, so its breach begins on the window's first day.
    const r = await evaluate(withOrg({}), { asOf: "2024-06-30" });
    expect(obligation(r.obligations, "quality.team-plan/team:t-s/opening")).toMatchObject({
      dueBy: "2024-03-31", status: "overdue", owner: { staffId: "fctm-s", role: "family-centre-team-manager" },
    });
    expect(obligation(r.breaches, "quality.team-plan/team:t-s/opening#breach").since).toBe("2024-04-01");
    const later = await evaluate(withOrg({}), { asOf: "2024-06-30", from: "2024-06-01" });
    expect(obligation(later.obligations, "quality.team-plan/team:t-s/opening").dueBy).toBe("2024-05-31");
  });

  it("a first plan approved inside the window meets the opening wait late; no renewal follows unless quality.teamPlanMonths is set", async () => {
    const data = withOrg({ qualityImprovementPlans: [plan("q9", "t-s", "2024-05-15")] });
    const r = await evaluate(data, { asOf: "2024-06-30" });
    expect(ofRule(r.obligations, "quality.team-plan").filter((o) => o.subject.id === "t-s").map((o) => [o.id, o.dueBy, o.status, o.metOn])).toEqual([
      ["quality.team-plan/team:t-s/opening", "2024-03-31", "met-late", "2024-05-15"],
    ]);
    expect(obligation(r.breaches, "quality.team-plan/team:t-s/opening#breach")).toMatchObject({ status: "resolved", since: "2024-04-01", resolvedOn: "2024-05-15" });
    const yearly = await evaluate(data, { asOf: "2024-06-30", policy: renewed });
    expect(ofRule(yearly.obligations, "quality.team-plan").filter((o) => o.subject.id === "t-s").map((o) => [o.id, o.dueBy, o.status, o.metOn])).toEqual([
      ["quality.team-plan/team:t-s/opening", "2024-03-31", "met-late", "2024-05-15"],
      ["quality.team-plan/team:t-s/2024-05-15", "2025-05-15", "open", undefined],
    ]);
  });

  it("the interval is quality.teamPlanMonths", async () => {
    const policy = withParameters(qafPolicy, { quality: { teamPlanMonths: 6 } });
    const r = await evaluate(withOrg({ qualityImprovementPlans: [plan("q1", "t-n", "2024-02-29")] }), { asOf: "2024-06-30", policy });
    expect(obligation(r.obligations, "quality.team-plan/team:t-n/2024-02-29")).toMatchObject({ dueBy: "2024-08-29", status: "open" });
  });
});

describe("iic.annual (\"Each One Point Service Area will be expected to achieve Investing in Children status on an annual basis\")", () => {
  it("asks each area for an award each financial year, owned by its operations manager", async () => {
    const r = await evaluate(withOrg({
      iicAwards: [
        { id: "iic0", areaId: "south", achievedOn: "2024-03-28" }, // last year's
        { id: "iic1", areaId: "north", achievedOn: "2024-11-12" },
      ],
    }), { asOf: "2025-04-01", from: "2024-04-01" });
    const year = ofRule(r.obligations, "iic.annual").filter((o) => o.period?.from === "2024-04-01");
    expect(year.map((o) => [o.id, o.dueBy, o.status, o.owner])).toEqual([
      ["iic.annual/area:north/2024/25", "2025-03-31", "met", { staffId: "om-n", role: "operations-manager" }],
      ["iic.annual/area:south/2024/25", "2025-03-31", "overdue", { staffId: "om-s", role: "operations-manager" }],
    ]);
    expect(obligation(r.breaches, "iic.annual/area:south/2024/25#breach")).toMatchObject({
      since: "2025-04-01", severity: "medium", owner: { staffId: "om-s" },
    });
  });
});
