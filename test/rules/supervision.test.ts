import { describe, expect, it } from "vitest";
import { qafPolicy, ruleDefinitionSchema } from "../../src";
import { supervisionRules } from "../../src/rules/supervision";
import { about, evaluateTeam, supervision, worker } from "../fixtures/supervision";

const FY24 = { asOf: "2025-04-10", from: "2024-04-01" };
const year = (ev: Awaited<ReturnType<typeof evaluateTeam>>, id: string, from = "2024-04-01") =>
  about(ev, "supervision.frequency", id).obligations.filter((o) => o.period?.from === from);

/** n supervisions of `who`, on the 5th of successive months from April 2024. */
const monthly = (who: string, n: number) =>
  Array.from({ length: n }, (_, i) => {
    const month = ((3 + i) % 12) + 1;
    const yr = month >= 4 ? 2024 : 2025;
    return supervision(`${who}-${i}`, who, `${yr}-${String(month).padStart(2, "0")}-05`);
  });

describe("supervision rules as data", () => {
  it("are each a valid definition in the default policy", () => {
    for (const rule of supervisionRules) {
      expect(ruleDefinitionSchema.parse(rule)).toEqual(rule);
      expect(qafPolicy.rules).toContainEqual(rule);
    }
  });
  // What each rule says (kind, owner, parameters, quote) is checked below by what it does.
});

describe("supervision.frequency: 9 a year full-time, 6 part-time, pro-rata (FY 2024/25 = 365 days)", () => {
  it("asks a full-timer for 9: nine is met on the ninth, eight is an overdue shortfall", async () => {
    const nine = await evaluateTeam({ staff: [worker("p1")], supervisions: monthly("p1", 9) }, FY24);
    expect(year(nine, "p1")).toMatchObject([
      { status: "met", metOn: "2024-12-05", dueBy: "2025-03-31", owner: { staffId: "tm" }, progress: { done: 9, required: 9 } },
    ]);
    const eight = await evaluateTeam({ staff: [worker("p1")], supervisions: monthly("p1", 8) }, FY24);
    expect(year(eight, "p1")).toMatchObject([{ status: "overdue", progress: { done: 8, required: 9 } }]);
    expect(about(eight, "supervision.frequency", "p1").breaches).toMatchObject([
      {
        id: "supervision.frequency/staff:p1/2024/25#breach", status: "active", since: "2025-04-01", severity: "medium",
        owner: { staffId: "tm" }, details: { done: 8, required: 9 },
        message: "Staff member p1 had 8 of the 9 supervisions due in the year 2024-04-01 to 2025-03-31.",
      },
    ]);
  });

  it("escalates an active shortfall to the owner's line manager on the day it begins", async () => {
    const ev = await evaluateTeam({ staff: [worker("p1")], supervisions: monthly("p1", 8) }, FY24);
    // Owner tm; tm's line manager is om. Rung 2 would be the 10th working day after 2025-04-01: 2025-04-15.
    expect(about(ev, "supervision.frequency", "p1").escalations).toMatchObject([
      { kind: "breach", breachId: "supervision.frequency/staff:p1/2024/25#breach", level: 1, to: { staffId: "om" }, raisedOn: "2025-04-01" },
    ]);
    const later = await evaluateTeam({ staff: [worker("p1")], supervisions: monthly("p1", 8) }, { ...FY24, asOf: "2025-04-15" });
    expect(about(later, "supervision.frequency", "p1").escalations).toMatchObject([{ level: 2, to: { staffId: "sm" }, raisedOn: "2025-04-15" }]);
  });

  it("is open, not overdue, on its due date (the year's last day)", async () => {
    const ev = await evaluateTeam({ staff: [worker("p1")], supervisions: monthly("p1", 3) }, { asOf: "2025-03-31" });
    expect(year(ev, "p1")).toMatchObject([{ status: "open", dueBy: "2025-03-31", progress: { done: 3, required: 9 } }]);
    expect(about(ev, "supervision.frequency", "p1").breaches).toEqual([]);
  });

  it("asks a part-timer for 6", async () => {
    const ev = await evaluateTeam({ staff: [worker("p1", { contract: "part-time" })], supervisions: monthly("p1", 6) }, FY24);
    expect(year(ev, "p1")).toMatchObject([{ status: "met", metOn: "2024-09-05", progress: { done: 6, required: 6 } }]);
  });

  it("weights each contract segment: full-time to 30 Sep, part-time from 1 Oct asks round(9*183/365 + 6*182/365) = round(7.50) = 8", async () => {
    const staff = [worker("p1", { contractChanges: [{ from: "2024-10-01", contract: "part-time" }] })];
    const ev = await evaluateTeam({ staff, supervisions: monthly("p1", 8) }, FY24);
    expect(year(ev, "p1")).toMatchObject([{ status: "met", metOn: "2024-11-05", progress: { done: 8, required: 8 } }]);
  });

  it("pro-rates a starter: from 2024-07-01 (274 days) asks round(6.76) = 7; from 2024-10-01 (182 days) asks round(4.49) = 4", async () => {
    const july = await evaluateTeam({ staff: [worker("p1", { startedOn: "2024-07-01" })] }, FY24);
    expect(year(july, "p1")).toMatchObject([{ status: "overdue", progress: { done: 0, required: 7 } }]);
    const october = await evaluateTeam({ staff: [worker("p1", { startedOn: "2024-10-01" })] }, FY24);
    expect(year(october, "p1")).toMatchObject([{ progress: { done: 0, required: 4 } }]);
  });

  it("pro-rates a leaver (to 2024-09-30: 183 days, round(4.51) = 5) and asks nothing after leftOn", async () => {
    const ev = await evaluateTeam({ staff: [worker("p1", { leftOn: "2024-09-30" })], supervisions: monthly("p1", 5) }, FY24);
    expect(year(ev, "p1")).toMatchObject([{ status: "met", metOn: "2024-08-05", progress: { done: 5, required: 5 } }]);
    expect(year(ev, "p1", "2025-04-01")).toEqual([]);
    const current = await evaluateTeam({ staff: [worker("p2")] }, FY24);
    expect(year(current, "p2", "2025-04-01")).toMatchObject([{ status: "open", dueBy: "2026-03-31", progress: { required: 9 } }]);
  });

  it("takes a long absence off the requirement: 122 days absent leaves 243, round(5.99) = 6", async () => {
    const ev = await evaluateTeam(
      { staff: [worker("p1")], absences: [{ staffId: "p1", from: "2024-06-01", to: "2024-09-30" }], supervisions: monthly("p1", 6) },
      FY24,
    );
    expect(year(ev, "p1")).toMatchObject([{ status: "met", progress: { done: 6, required: 6 } }]);
  });

  it("asks nothing of a whole year absent: zero emits no obligation", async () => {
    const ev = await evaluateTeam(
      { staff: [worker("p1")], absences: [{ staffId: "p1", from: "2024-04-01", to: "2025-03-31" }] },
      FY24,
    );
    expect(year(ev, "p1")).toEqual([]);
    expect(about(ev, "supervision.frequency", "p1").breaches).toEqual([]);
  });

  it("rounds half up: 61 eligible days of the 366-day FY 2023/24 ask 9*61/366 = 1.5 -> 2", async () => {
    const staff = [worker("p1", { startedOn: "2024-01-31" })]; // 2024-01-31..2024-03-31 = 1 + 29 + 31 days
    const ev = await evaluateTeam({ staff }, { asOf: "2024-03-31" });
    expect(year(ev, "p1", "2023-04-01")).toMatchObject([{ progress: { done: 0, required: 2 } }]);
  });

  it("asks nothing of staff without a line manager", async () => {
    const ev = await evaluateTeam({ staff: [worker("p1", { lineManagerId: undefined })] }, FY24);
    for (const id of ["sm", "p1"]) {
      expect(ev.obligations.filter((o) => o.ruleId.startsWith("supervision.") && o.subject.id === id)).toEqual([]);
    }
  });

  it("counts only the supervisee's own supervisions, held by asOf, whatever their content", async () => {
    const ev = await evaluateTeam(
      {
        staff: [worker("p1"), worker("p2")],
        supervisions: [
          supervision("a", "p1", "2024-05-01", { agenda: [], reflection: false }),
          supervision("b", "p2", "2024-05-02"),
          supervision("c", "p1", "2025-03-20"),
        ],
      },
      { asOf: "2025-03-10" },
    );
    expect(year(ev, "p1")).toMatchObject([{ status: "open", evidence: ["a"], progress: { done: 1, required: 9 } }]);
  });
});
