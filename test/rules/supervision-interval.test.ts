import { describe, expect, it } from "vitest";
import { qafPolicy, withParameters, withRules } from "../../src";
import { about, evaluateTeam, supervision, worker } from "../fixtures/supervision";

// A suggested rule, shipped off: switched on for these tests.
const intervalOn = withRules(qafPolicy, { "supervision.interval": { enabled: true } });

const waits = async (records: Parameters<typeof evaluateTeam>[0], options: Parameters<typeof evaluateTeam>[1], who = "p1") =>
  about(await evaluateTeam(records, { policy: intervalOn, ...options }), "supervision.interval", who);

// p1 full-time (41 days), started 2024-03-01 and supervised 2024-04-02 (within 41 days of starting):
// the next is due 2024-04-02 + 41 = 2024-05-13.
const p1 = (extra: Record<string, unknown> = {}) => worker("p1", { startedOn: "2024-03-01", ...extra });
const base = { staff: [p1()], supervisions: [supervision("s0", "p1", "2024-04-02")] };
const withNext = (heldOn: string) => ({ ...base, supervisions: [...base.supervisions, supervision("s1", "p1", heldOn)] });
const wait = (list: { id: string }[], start: string) => list.find((o) => o.id === `supervision.interval/staff:p1/${start}`);

describe("supervision.interval: no wait longer than 41 days full-time, 61 part-time", () => {
  it("ships off: the default policy asks nothing", async () => {
    const r = await waits(base, { asOf: "2024-06-01", policy: qafPolicy });
    expect(r.obligations).toEqual([]);
    expect(r.breaches).toEqual([]);
  });

  it("is met by a supervision held on the due date itself", async () => {
    const r = await waits(withNext("2024-05-13"), { asOf: "2024-06-01" });
    expect(wait(r.obligations, "2024-04-02")).toMatchObject({ dueBy: "2024-05-13", status: "met", metOn: "2024-05-13", evidence: ["s1"] });
    expect(r.breaches).toEqual([]);
    // The held supervision starts the next wait.
    expect(wait(r.obligations, "2024-05-13")).toMatchObject({ dueBy: "2024-06-23", status: "open" });
  });

  it("is met-late a day after it, its breach beginning and resolved that same day", async () => {
    const r = await waits(withNext("2024-05-14"), { asOf: "2024-06-01" });
    expect(wait(r.obligations, "2024-04-02")).toMatchObject({ dueBy: "2024-05-13", status: "met-late", metOn: "2024-05-14" });
    expect(r.breaches).toMatchObject([
      {
        id: "supervision.interval/staff:p1/2024-04-02#breach", status: "resolved", since: "2024-05-14", resolvedOn: "2024-05-14",
        owner: { staffId: "tm" }, severity: "medium",
      },
    ]);
    expect(r.escalations).toEqual([]);
  });

  it("is open up to and including its due date, overdue the day after, and then escalates to the owner's line manager", async () => {
    const open = await waits(base, { asOf: "2024-05-13" });
    expect(wait(open.obligations, "2024-04-02")).toMatchObject({ status: "open" });
    expect(open.breaches).toEqual([]);
    const overdue = await waits(base, { asOf: "2024-05-14" });
    expect(wait(overdue.obligations, "2024-04-02")).toMatchObject({ status: "overdue" });
    expect(overdue.breaches).toMatchObject([{ status: "active", since: "2024-05-14" }]);
    expect(overdue.escalations).toMatchObject([
      { kind: "breach", level: 1, to: { staffId: "om" }, raisedOn: "2024-05-14", breachId: "supervision.interval/staff:p1/2024-04-02#breach" },
    ]);
  });

  it("gives a part-timer 61 days", async () => {
    const r = await waits({ ...base, staff: [p1({ contract: "part-time" })] }, { asOf: "2024-05-20" });
    expect(wait(r.obligations, "2024-04-02")).toMatchObject({ dueBy: "2024-06-02", status: "open" });
  });

  it("sets each wait's limit by the contract on the day it starts", async () => {
    // Part-time from 2024-04-10, after the wait began full-time on 2024-04-02: still 41 days.
    const staff = [p1({ contractChanges: [{ from: "2024-04-10", contract: "part-time" }] })];
    const r = await waits({ ...withNext("2024-05-10"), staff }, { asOf: "2024-06-01" });
    expect(wait(r.obligations, "2024-04-02")).toMatchObject({ dueBy: "2024-05-13" });
    expect(wait(r.obligations, "2024-05-10")).toMatchObject({ dueBy: "2024-07-10" }); // 2024-05-10 + 61
  });

  it("starts a starter's first wait on startedOn", async () => {
    const r = await waits({ staff: [worker("p1", { startedOn: "2024-07-01" })] }, { asOf: "2024-08-20" });
    expect(r.obligations).toMatchObject([
      { id: "supervision.interval/staff:p1/2024-07-01", dueBy: "2024-08-11", status: "overdue", owner: { staffId: "tm" } },
    ]);
  });

  it("pauses during an absence: the due date moves later by every absent day inside the wait", async () => {
    // 10 days absent (2024-04-20..2024-04-29) inside the wait: 2024-05-13 + 10 = 2024-05-23.
    const absences = [{ staffId: "p1", from: "2024-04-20", to: "2024-04-29" }];
    const r = await waits({ ...withNext("2024-05-20"), absences }, { asOf: "2024-06-01" });
    expect(wait(r.obligations, "2024-04-02")).toMatchObject({ dueBy: "2024-05-23", status: "met" });
    expect(r.breaches).toEqual([]);
  });

  it("counts an absence that begins after the unpaused due date but before the moved one", async () => {
    // 2024-05-10..2024-05-12 (3 days) moves the due date to 2024-05-16; 2024-05-15..2024-05-16 (2 more) to 2024-05-18.
    const absences = [{ staffId: "p1", from: "2024-05-10", to: "2024-05-12" }, { staffId: "p1", from: "2024-05-15", to: "2024-05-16" }];
    const r = await waits({ ...base, absences }, { asOf: "2024-05-18" });
    expect(wait(r.obligations, "2024-04-02")).toMatchObject({ dueBy: "2024-05-18", status: "open" });
  });

  it("ignores absences before the wait started or after its due date", async () => {
    const absences = [{ staffId: "p1", from: "2024-03-01", to: "2024-04-02" }, { staffId: "p1", from: "2024-05-14", to: "2024-06-30" }];
    const r = await waits({ ...base, absences }, { asOf: "2024-05-20" });
    expect(wait(r.obligations, "2024-04-02")).toMatchObject({ dueBy: "2024-05-13", status: "overdue" });
  });

  it("does not pause when supervision.pauseDuringAbsence is false", async () => {
    const policy = withParameters(intervalOn, { supervision: { pauseDuringAbsence: false } });
    const absences = [{ staffId: "p1", from: "2024-04-20", to: "2024-04-29" }];
    const r = await waits({ ...withNext("2024-05-20"), absences }, { asOf: "2024-06-01", policy });
    expect(wait(r.obligations, "2024-04-02")).toMatchObject({ dueBy: "2024-05-13", status: "met-late" });
  });

  it("excuses a wait not yet due when the supervisee leaves, and keeps one already overdue", async () => {
    const left = await waits({ ...base, staff: [p1({ leftOn: "2024-05-10" })] }, { asOf: "2024-06-01" });
    expect(wait(left.obligations, "2024-04-02")).toMatchObject({ status: "excused" });
    expect(left.breaches).toEqual([]);
    const late = await waits({ ...base, staff: [p1({ leftOn: "2024-05-20" })] }, { asOf: "2024-06-01" });
    expect(wait(late.obligations, "2024-04-02")).toMatchObject({ status: "overdue" });
    // Its breach lapsed the day the supervisee left, and no longer climbs.
    expect(late.breaches).toMatchObject([{ status: "lapsed", since: "2024-05-14", lapsedOn: "2024-05-20" }]);
    expect(late.breaches[0]?.message).toMatch(/ It lapsed on 2024-05-20: the staff member left before it was met\.$/);
    expect(late.escalations).toEqual([]);
  });

  it("asks nothing of staff without a line manager", async () => {
    const r = await waits({ ...base, staff: [p1({ lineManagerId: undefined })] }, { asOf: "2024-06-01" });
    expect(r.obligations).toEqual([]);
  });

  it("counts a supervision on the starter's first day: it meets the first wait and starts the next, with its own id", async () => {
    const r = await waits(
      { staff: [worker("p1", { startedOn: "2024-07-01" })], supervisions: [supervision("s0", "p1", "2024-07-01")] },
      { asOf: "2024-07-31" },
    );
    expect(r.obligations).toMatchObject([
      { id: "supervision.interval/staff:p1/2024-07-01", dueBy: "2024-08-11", status: "met", metOn: "2024-07-01", evidence: ["s0"] },
      { id: "supervision.interval/staff:p1/2024-07-01/2", dueBy: "2024-08-11", status: "open" },
    ]);
  });

  it("does not let two supervisions on one day start two waits", async () => {
    const r = await waits(
      {
        staff: [worker("p1", { startedOn: "2024-07-01" })],
        supervisions: [supervision("s1", "p1", "2024-07-10"), supervision("s2", "p1", "2024-07-10")],
      },
      { asOf: "2024-07-31" },
    );
    expect(r.obligations.map((o) => [o.id, o.status])).toEqual([
      ["supervision.interval/staff:p1/2024-07-01", "met"],
      ["supervision.interval/staff:p1/2024-07-10", "open"],
    ]);
  });
});
