import { describe, expect, it } from "vitest";
import { qafPolicy, withParameters } from "../../src";
import { about, evaluateTeam, observation, worker } from "../fixtures/supervision";

// p1 started 2024-03-01: the first observation is due within 12 months of starting, by 2025-03-01.
const starter = (extra: Record<string, unknown> = {}) => worker("p1", { startedOn: "2024-03-01", ...extra });
const annual = async (records: Parameters<typeof evaluateTeam>[0], options: Parameters<typeof evaluateTeam>[1], who = "p1") =>
  about(await evaluateTeam(records, options), "observation.annual", who);
const wait = (list: { id: string }[], start: string) => list.find((o) => o.id === `observation.annual/staff:p1/${start}`);

describe("observation.annual: an observation of practice within 12 months of the last, the first within 12 months of startedOn", () => {
  it("is met by an observation on the due date itself, whoever observed, and the next is due 12 months after it", async () => {
    const r = await annual({ staff: [starter()], observations: [observation("o1", "p1", "2025-03-01", { observerId: "om" })] }, { asOf: "2025-03-31" });
    expect(r.obligations).toMatchObject([
      { id: "observation.annual/staff:p1/2024-03-01", dueBy: "2025-03-01", status: "met", metOn: "2025-03-01", evidence: ["o1"], owner: { staffId: "tm" } },
      { id: "observation.annual/staff:p1/2025-03-01", dueBy: "2026-03-01", status: "open" },
    ]);
    expect(r.breaches).toEqual([]);
  });

  it("is met-late a day after it, its breach beginning and resolved that same day; the next wait runs from the late observation", async () => {
    const r = await annual({ staff: [starter()], observations: [observation("o1", "p1", "2025-03-02")] }, { asOf: "2025-03-31" });
    expect(r.obligations).toMatchObject([
      { id: "observation.annual/staff:p1/2024-03-01", status: "met-late", metOn: "2025-03-02" },
      { id: "observation.annual/staff:p1/2025-03-02", dueBy: "2026-03-02", status: "open" },
    ]);
    expect(r.breaches).toMatchObject([
      {
        id: "observation.annual/staff:p1/2024-03-01#breach", status: "resolved", since: "2025-03-02", resolvedOn: "2025-03-02",
        message: "Practitioner p1 was due an observation of their practice by 2025-03-01. It was done late, on 2025-03-02.",
      },
    ]);
    expect(r.escalations).toEqual([]);
  });

  it("is open up to and including its due date, then an overdue medium breach of the line manager, escalated to theirs", async () => {
    const open = await annual({ staff: [starter()] }, { asOf: "2025-03-01" });
    expect(open.obligations).toMatchObject([{ status: "open" }]);
    expect(open.breaches).toEqual([]);
    const r = await annual({ staff: [starter()] }, { asOf: "2025-03-02" });
    expect(r.obligations).toMatchObject([{ id: "observation.annual/staff:p1/2024-03-01", status: "overdue" }]);
    expect(r.breaches).toMatchObject([
      {
        id: "observation.annual/staff:p1/2024-03-01#breach", since: "2025-03-02", status: "active", severity: "medium", owner: { staffId: "tm" },
        message: "Practitioner p1 was due an observation of their practice by 2025-03-01.",
      },
    ]);
    expect(r.escalations).toMatchObject([{ level: 1, to: { staffId: "om" }, raisedOn: "2025-03-02" }]);
  });

  it("applies to practitioners and senior key workers only", async () => {
    const ev = await evaluateTeam(
      { staff: [starter({ role: "senior-key-worker" }), worker("p2", { role: "team-manager" })] },
      { asOf: "2025-03-31" },
    );
    expect(about(ev, "observation.annual", "p1").obligations).toMatchObject([{ id: "observation.annual/staff:p1/2024-03-01" }]);
    expect(about(ev, "observation.annual", "p2").obligations).toEqual([]);
    for (const id of ["tm", "om", "sm"]) expect(about(ev, "observation.annual", id).obligations).toEqual([]);
  });

  it("starts a starter's first wait on startedOn, however late in the year they start (no pro-rata)", async () => {
    const ev = await evaluateTeam(
      { staff: [worker("p1", { startedOn: "2024-09-30" }), worker("p2", { startedOn: "2025-03-30" })] },
      { asOf: "2025-03-31" },
    );
    expect(about(ev, "observation.annual", "p1").obligations).toMatchObject([
      { id: "observation.annual/staff:p1/2024-09-30", dueBy: "2025-09-30", status: "open" },
    ]);
    expect(about(ev, "observation.annual", "p2").obligations).toMatchObject([
      { id: "observation.annual/staff:p2/2025-03-30", dueBy: "2026-03-30", status: "open" },
    ]);
  });

  it("reads the wait from observation.intervalMonths", async () => {
    const policy = withParameters(qafPolicy, { observation: { intervalMonths: 6 } });
    const r = await annual({ staff: [starter()] }, { asOf: "2024-09-30", policy });
    expect(r.obligations).toMatchObject([{ id: "observation.annual/staff:p1/2024-03-01", dueBy: "2024-09-01", status: "overdue" }]);
  });

  it("does not pause for absence: the due date stays 12 months after the last observation", async () => {
    const r = await annual({ staff: [starter()], absences: [{ staffId: "p1", from: "2024-04-01", to: "2024-10-17" }] }, { asOf: "2025-03-31" });
    expect(r.obligations).toMatchObject([{ dueBy: "2025-03-01", status: "overdue" }]);
  });

  it("excuses a leaver's wait not yet due, and keeps one already overdue with its breach lapsed on the day they left", async () => {
    const left = await annual({ staff: [starter({ leftOn: "2025-02-01" })] }, { asOf: "2025-03-31" });
    expect(left.obligations).toMatchObject([{ dueBy: "2025-03-01", status: "excused" }]);
    expect(left.breaches).toEqual([]);
    const late = await annual({ staff: [starter({ leftOn: "2025-03-20" })] }, { asOf: "2025-03-31" });
    expect(wait(late.obligations, "2024-03-01")).toMatchObject({ status: "overdue" });
    expect(late.breaches).toMatchObject([
      {
        id: "observation.annual/staff:p1/2024-03-01#breach", status: "lapsed", since: "2025-03-02", lapsedOn: "2025-03-20",
        message: "Practitioner p1 was due an observation of their practice by 2025-03-01. It lapsed on 2025-03-20: the staff member left before it was met.",
      },
    ]);
    expect(late.escalations).toEqual([]);
  });
});

describe("observation.observer: usually the practitioner's own team manager, senior key worker or family centre team manager", () => {
  const observers = [
    worker("skw", { role: "senior-key-worker" }),
    worker("fctm", { role: "family-centre-team-manager" }),
    worker("p1"),
  ];
  const run = (observerId: string, staff = observers) =>
    evaluateTeam(
      { teams: [{ id: "t2", areaId: "north", type: "FCT" }], staff, observations: [observation("o1", "p1", "2024-06-10", { observerId })] },
      { asOf: "2024-06-30" },
    );

  it("holds for a senior key worker, a team manager and a family centre team manager of the practitioner's team", async () => {
    for (const id of ["skw", "tm", "fctm"]) expect(about(await run(id), "observation.observer", "o1").breaches).toEqual([]);
  });

  it("is a low breach, owned by the observer, that never escalates, when an operations manager observed", async () => {
    const r = about(await run("om"), "observation.observer", "o1");
    expect(r.breaches).toMatchObject([
      {
        id: "observation.observer/observation:o1", subject: { type: "observation", id: "o1" }, severity: "low",
        owner: { staffId: "om", role: "operations-manager" }, since: "2024-06-10", status: "active",
        message: "Observation o1 was carried out by someone other than the practitioner's own team manager, senior key worker or family centre team manager, who usually observe practice.",
      },
    ]);
    // Permissive ("usually"): reported, never climbs, not even to om's line manager.
    expect(r.escalations).toEqual([]);
    expect((await run("om")).escalations.filter((e) => e.ruleId === "observation.observer")).toEqual([]);
  });

  it("is a breach when the observer is a team manager or senior key worker of another team", async () => {
    const staff = [...observers, worker("tm2", { role: "team-manager", teamId: "t2", lineManagerId: "om" }), worker("skw2", { role: "senior-key-worker", teamId: "t2" })];
    for (const id of ["tm2", "skw2"]) {
      expect(about(await run(id, staff), "observation.observer", "o1").breaches).toMatchObject([{ owner: { staffId: id }, severity: "low" }]);
    }
  });

  it("is a breach when the team's senior key worker was not in post on the day of the observation", async () => {
    const gone = [worker("skw", { role: "senior-key-worker", leftOn: "2024-06-09" }), worker("p1")];
    const notYet = [worker("skw", { role: "senior-key-worker", startedOn: "2024-06-11" }), worker("p1")];
    expect(about(await run("skw", gone), "observation.observer", "o1").breaches).toHaveLength(1);
    expect(about(await run("skw", notYet), "observation.observer", "o1").breaches).toHaveLength(1);
    const lastDay = [worker("skw", { role: "senior-key-worker", leftOn: "2024-06-10" }), worker("p1")];
    expect(about(await run("skw", lastDay), "observation.observer", "o1").breaches).toEqual([]);
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
