import { describe, expect, it } from "vitest";
import { evaluate, qafPolicy, withParameters } from "../../src";
import { obligation, withOrg } from "../fixtures/governance";

const ofRule = <T extends { ruleId: string }>(list: readonly T[], ruleId: string) => list.filter((x) => x.ruleId === ruleId);
const FULL_SHARE = ["ops-management-team", "ehivcmt", "cscqib"];
const FULL_COVER = ["audits", "representations", "mp-letters", "surveys", "qic-topics", "iic-membership"];
const report = (id: string, kind: string, from: string, to: string, publishedOn: string, sharedWith: string[] = [], covers: string[] = []) =>
  ({ id, kind, period: { from, to }, publishedOn, sharedWith, covers });
const si = (id: string, publishedOn: string, sharedWith = FULL_SHARE, covers = FULL_COVER, from = "2024-04-01", to = "2024-06-30") =>
  report(id, "service-improvement", from, to, publishedOn, sharedWith, covers);
const Q1 = "report.service-improvement/service:service/2024/25 Q1";

describe("report.service-improvement (\"Service Improvement Report | Quarterly\")", () => {
  it("is due by the end of the month after the quarter: published 31 July is met", async () => {
    const r = await evaluate(withOrg({ reports: [si("rep1", "2024-07-31")] }), { asOf: "2024-09-30" });
    expect(obligation(r.obligations, Q1)).toMatchObject({
      status: "met", dueBy: "2024-07-31", metOn: "2024-07-31", evidence: ["rep1"],
      period: { from: "2024-04-01", to: "2024-06-30" },
      owner: { staffId: "qim", role: "quality-improvement-manager" },
    });
    // Only the previous year's Q4 report, due 30 April inside the window and never published.
    expect(ofRule(r.breaches, "report.service-improvement").map((b) => b.id))
      .toEqual(["report.service-improvement/service:service/2023/24 Q4#breach"]);
  });

  it("published 1 August is met late: a breach resolved that day", async () => {
    const r = await evaluate(withOrg({ reports: [si("rep1", "2024-08-01")] }), { asOf: "2024-09-30" });
    expect(obligation(r.obligations, Q1)).toMatchObject({ status: "met-late", metOn: "2024-08-01" });
    expect(obligation(r.breaches, `${Q1}#breach`)).toMatchObject({
      since: "2024-08-01", status: "resolved", resolvedOn: "2024-08-01", severity: "medium", owner: { staffId: "qim" },
    });
  });

  it("not published is open on 31 July and overdue from 1 August", async () => {
    const open = await evaluate(withOrg({}), { asOf: "2024-07-31" });
    expect(obligation(open.obligations, Q1).status).toBe("open");
    const late = await evaluate(withOrg({}), { asOf: "2024-08-01" });
    expect(obligation(late.obligations, Q1)).toMatchObject({ status: "overdue", evidence: [] });
    expect(obligation(late.breaches, `${Q1}#breach`)).toMatchObject({ since: "2024-08-01", status: "active" });
  });

  it("a report shared with the ops management team only is one check breach naming ehivcmt and cscqib; the quarter is still met", async () => {
    const r = await evaluate(withOrg({ reports: [si("rep1", "2024-07-25", ["ops-management-team"])] }), { asOf: "2024-09-30" });
    expect(obligation(r.obligations, Q1).status).toBe("met");
    const checks = ofRule(r.breaches, "report.service-improvement").filter((b) => b.obligationId === undefined);
    expect(checks).toHaveLength(1);
    const b = checks[0];
    expect(b).toMatchObject({
      id: "report.service-improvement/report:rep1", subject: { type: "report", id: "rep1" },
      since: "2024-07-25", status: "active", owner: { staffId: "qim" },
      details: { failures: [{ field: "sharedWith", missing: ["ehivcmt", "cscqib"] }] },
    });
    expect(b?.message).toContain("ehivcmt");
    expect(b?.message).toContain("cscqib");
    expect(b?.message).not.toContain("mp-letters");
  });

  it("a report that does not cover MP letters is a check breach naming mp-letters only", async () => {
    const covers = FULL_COVER.filter((t) => t !== "mp-letters");
    const r = await evaluate(withOrg({ reports: [si("rep1", "2024-07-25", FULL_SHARE, covers)] }), { asOf: "2024-09-30" });
    const b = obligation(r.breaches, "report.service-improvement/report:rep1");
    expect(b.details).toEqual({ failures: [expect.objectContaining({ field: "covers", missing: ["mp-letters"] })] });
    expect(b.message).toContain("mp-letters");
  });

  it("one report with gaps in both lists is still one breach, naming every gap", async () => {
    const r = await evaluate(withOrg({ reports: [si("rep1", "2024-07-25", ["cscqib"], ["audits"])] }), { asOf: "2024-09-30" });
    const checks = ofRule(r.breaches, "report.service-improvement").filter((b) => b.obligationId === undefined);
    expect(checks).toHaveLength(1);
    for (const gap of ["ops-management-team", "ehivcmt", "representations", "mp-letters", "surveys", "qic-topics", "iic-membership"]) {
      expect(checks[0]?.message).toContain(gap);
    }
  });

  it("a report whose period covers two quarters counts for both; one covering part of a quarter for neither", async () => {
    const r = await evaluate(withOrg({
      reports: [
        si("half", "2024-10-15", FULL_SHARE, FULL_COVER, "2024-04-01", "2024-09-30"),
        si("part", "2024-12-01", FULL_SHARE, FULL_COVER, "2024-10-01", "2024-11-30"),
      ],
    }), { asOf: "2025-02-01" });
    expect(obligation(r.obligations, Q1)).toMatchObject({ status: "met-late", metOn: "2024-10-15", evidence: ["half"] });
    expect(obligation(r.obligations, "report.service-improvement/service:service/2024/25 Q2")).toMatchObject({
      status: "met", dueBy: "2024-10-31", evidence: ["half"],
    });
    expect(obligation(r.obligations, "report.service-improvement/service:service/2024/25 Q3")).toMatchObject({
      status: "overdue", dueBy: "2025-01-31", evidence: [],
    });
  });

  it("a report published after asOf has not happened yet", async () => {
    const r = await evaluate(withOrg({ reports: [si("rep1", "2024-08-05", ["cscqib"])] }), { asOf: "2024-08-04" });
    expect(obligation(r.obligations, Q1).status).toBe("overdue");
    expect(ofRule(r.breaches, "report.service-improvement").filter((b) => b.obligationId === undefined)).toEqual([]);
  });

  it("the months allowed after the period come from reports.dueMonthsAfterPeriod", async () => {
    const policy = withParameters(qafPolicy, { reports: { dueMonthsAfterPeriod: 2 } });
    const r = await evaluate(withOrg({ reports: [si("rep1", "2024-08-20")] }), { asOf: "2024-09-30", policy });
    expect(obligation(r.obligations, Q1)).toMatchObject({ dueBy: "2024-08-31", status: "met" });
  });
});

describe("report.kpi (\"Key performance indicators will be reported on a monthly basis\")", () => {
  it("is due each month by the end of the next, and has no content check", async () => {
    const r = await evaluate(withOrg({
      reports: [
        report("k4", "kpi", "2024-04-01", "2024-04-30", "2024-05-20"),
        report("k5", "kpi", "2024-05-01", "2024-05-31", "2024-07-01"),
        report("k1", "kpi", "2025-01-01", "2025-01-31", "2025-02-28"),
      ],
    }), { asOf: "2025-03-31" });
    const show = (label: string) => {
      const o = obligation(r.obligations, `report.kpi/service:service/${label}`);
      return [o.dueBy, o.status, o.owner.staffId];
    };
    expect(show("2024-04")).toEqual(["2024-05-31", "met", "sm"]);
    expect(show("2024-05")).toEqual(["2024-06-30", "met-late", "sm"]);
    expect(show("2024-06")).toEqual(["2024-07-31", "overdue", "sm"]);
    expect(show("2025-01")).toEqual(["2025-02-28", "met", "sm"]);
    expect(show("2025-02")).toEqual(["2025-03-31", "open", "sm"]);
    expect(show("2025-03")).toEqual(["2025-04-30", "open", "sm"]);
    expect(ofRule(r.breaches, "report.kpi").every((b) => b.obligationId !== undefined)).toBe(true);
  });
});

describe("report.population-outcomes (\"Population Outcomes | Bi annually\")", () => {
  it("is half-yearly, due 31 October and 30 April, and must reach MHCLG", async () => {
    const r = await evaluate(withOrg({
      reports: [report("po1", "population-outcomes", "2024-04-01", "2024-09-30", "2024-10-30", ["ehivcmt", "cscmt", "cmt"])],
    }), { asOf: "2025-03-31" });
    expect(ofRule(r.obligations, "report.population-outcomes").map((o) => [o.id, o.dueBy, o.status])).toEqual([
      // The half before the window is due on 30 April, inside it: it is owed too.
      ["report.population-outcomes/service:service/2023/24 H2", "2024-04-30", "overdue"],
      ["report.population-outcomes/service:service/2024/25 H1", "2024-10-31", "met"],
      ["report.population-outcomes/service:service/2024/25 H2", "2025-04-30", "open"],
    ]);
    expect(obligation(r.breaches, "report.population-outcomes/report:po1")).toMatchObject({
      since: "2024-10-30", owner: { staffId: "sm" }, details: { failures: [{ field: "sharedWith", missing: ["mhclg"] }] },
    });
  });
});

describe("report.stronger-families-progress and report.survey-results", () => {
  it("stronger families: quarterly, to EHIVCMT, CSCMT and CMT", async () => {
    const r = await evaluate(withOrg({
      reports: [report("sf1", "stronger-families-progress", "2024-04-01", "2024-06-30", "2024-07-10", ["ehivcmt"])],
    }), { asOf: "2024-09-30" });
    expect(obligation(r.obligations, "report.stronger-families-progress/service:service/2024/25 Q1").status).toBe("met");
    expect(obligation(r.breaches, "report.stronger-families-progress/report:sf1").details)
      .toEqual({ failures: [expect.objectContaining({ missing: ["cscmt", "cmt"] })] });
  });

  it("survey results: quarterly to the OPS management team, owned by the quality improvement manager", async () => {
    const r = await evaluate(withOrg({
      reports: [
        report("sr1", "survey-results", "2024-04-01", "2024-06-30", "2024-07-10", ["ops-management-team"]),
        report("sr2", "survey-results", "2024-07-01", "2024-09-30", "2024-10-10", ["ehivcmt"]),
        report("x", "kpi", "2024-10-01", "2024-12-31", "2025-01-10", ["ops-management-team"]), // another kind
      ],
    }), { asOf: "2025-02-01" });
    expect(ofRule(r.obligations, "report.survey-results").map((o) => [o.status, o.owner.staffId])).toEqual([
      ["overdue", "qim"], ["met", "qim"], ["met", "qim"], ["overdue", "qim"], ["open", "qim"],
    ]);
    expect(ofRule(r.breaches, "report.survey-results").map((b) => b.id)).toEqual([
      "report.survey-results/service:service/2023/24 Q4#breach", // due 30 April 2024, inside the window
      "report.survey-results/report:sr2",
      "report.survey-results/service:service/2024/25 Q3#breach",
    ]);
  });
});
