import { describe, expect, it } from "vitest";
import { about, evaluateTeam, observation, worker } from "../fixtures/supervision";

const FY24 = { asOf: "2025-04-10", from: "2024-04-01" };
const fy24 = (ev: Awaited<ReturnType<typeof evaluateTeam>>, id: string) =>
  about(ev, "observation.annual", id).obligations.filter((o) => o.period?.from === "2024-04-01");

describe("observation.annual: at least one observation of practice a year, pro-rata", () => {
  it("is met by one observation in the year, whoever observed", async () => {
    const ev = await evaluateTeam(
      { staff: [worker("p1")], observations: [observation("o1", "p1", "2024-11-05", { observerId: "om" })] },
      FY24,
    );
    expect(fy24(ev, "p1")).toMatchObject([
      { status: "met", metOn: "2024-11-05", dueBy: "2025-03-31", owner: { staffId: "tm" }, progress: { done: 1, required: 1 } },
    ]);
  });

  it("is an overdue medium breach of the line manager when none took place", async () => {
    const ev = await evaluateTeam({ staff: [worker("p1")] }, FY24);
    expect(fy24(ev, "p1")).toMatchObject([{ status: "overdue", progress: { done: 0, required: 1 } }]);
    expect(about(ev, "observation.annual", "p1").breaches).toMatchObject([
      {
        id: "observation.annual/staff:p1/2024/25#breach", since: "2025-04-01", severity: "medium", owner: { staffId: "tm" },
        message: "Practitioner p1 had 0 of the 1 practice observations due in the year 2024-04-01 to 2025-03-31.",
      },
    ]);
    expect(about(ev, "observation.annual", "p1").escalations).toMatchObject([{ level: 1, to: { staffId: "om" }, raisedOn: "2025-04-01" }]);
  });

  it("applies to practitioners and senior key workers only", async () => {
    const ev = await evaluateTeam(
      { staff: [worker("p1", { role: "senior-key-worker" }), worker("p2", { role: "team-manager" })] },
      FY24,
    );
    expect(fy24(ev, "p1")).toHaveLength(1);
    expect(fy24(ev, "p2")).toEqual([]);
    for (const id of ["tm", "om", "sm"]) expect(about(ev, "observation.annual", id).obligations).toEqual([]);
  });

  it("asks a starter for round(eligible/365): from 2024-09-30 (183 days) 1; from 2024-10-01 (182 days, 0.499) nothing", async () => {
    const ev = await evaluateTeam(
      { staff: [worker("p1", { startedOn: "2024-09-30" }), worker("p2", { startedOn: "2024-10-01" })] },
      FY24,
    );
    expect(fy24(ev, "p1")).toMatchObject([{ progress: { required: 1 } }]);
    expect(fy24(ev, "p2")).toEqual([]);
  });

  it("asks nothing of a year mostly absent (200 days absent leaves 165, 0.45)", async () => {
    const ev = await evaluateTeam(
      { staff: [worker("p1")], absences: [{ staffId: "p1", from: "2024-04-01", to: "2024-10-17" }] },
      FY24,
    );
    expect(fy24(ev, "p1")).toEqual([]);
  });
});

describe("observation.observer: usually a team manager, senior key worker or family centre team manager", () => {
  const observers = [
    worker("skw", { role: "senior-key-worker" }),
    worker("fctm", { role: "family-centre-team-manager" }),
    worker("p1"),
  ];
  const run = (observerId: string) =>
    evaluateTeam({ staff: observers, observations: [observation("o1", "p1", "2024-06-10", { observerId })] }, { asOf: "2024-06-30" });

  it("holds for a senior key worker, a team manager and a family centre team manager", async () => {
    for (const id of ["skw", "tm", "fctm"]) expect(about(await run(id), "observation.observer", "o1").breaches).toEqual([]);
  });

  it("is a low breach, owned by the observer, when an operations manager observed", async () => {
    const r = about(await run("om"), "observation.observer", "o1");
    expect(r.breaches).toMatchObject([
      {
        id: "observation.observer/observation:o1", subject: { type: "observation", id: "o1" }, severity: "low",
        owner: { staffId: "om", role: "operations-manager" }, since: "2024-06-10", status: "active",
      },
    ]);
    // om's line: sm, then ehivcmt. 2024-06-10 (Mon): 10th working day after is 2024-06-24.
    expect(r.escalations).toMatchObject([{ level: 2, to: { body: "ehivcmt" }, raisedOn: "2024-06-24" }]);
  });
});

describe("observation.conduct: planned, consented, on the template, recorded", () => {
  const run = (extra: Record<string, unknown>) =>
    evaluateTeam({ staff: [worker("p1")], observations: [observation("o1", "p1", "2024-06-10", extra)] }, { asOf: "2024-06-30" });

  it("holds when consent was secured or not required", async () => {
    expect(about(await run({}), "observation.conduct", "o1").breaches).toEqual([]);
    expect(about(await run({ consent: "not-required" }), "observation.conduct", "o1").breaches).toEqual([]);
  });

  it("is one medium breach of the observer listing each failure", async () => {
    const ev = await run({ plannedInAdvance: false, consent: "not-secured", templateUsed: false, recorded: false });
    expect(about(ev, "observation.conduct", "o1").breaches).toMatchObject([
      {
        id: "observation.conduct/observation:o1", severity: "medium", owner: { staffId: "tm" }, since: "2024-06-10",
        message: "Observation o1 fell short: it was not planned in advance, the service user's consent was not secured, the CYPS Practice Observation template was not used, it was not recorded.",
        details: { failures: [{ field: "plannedInAdvance" }, { field: "consent" }, { field: "templateUsed" }, { field: "recorded" }] },
      },
    ]);
  });

  it("names only what failed", async () => {
    const ev = await run({ consent: "not-secured" });
    expect(about(ev, "observation.conduct", "o1").breaches).toMatchObject([
      { message: "Observation o1 fell short: the service user's consent was not secured.", details: { failures: [{ field: "consent" }] } },
    ]);
  });
});
