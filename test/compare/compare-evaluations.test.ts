/**
 * compareEvaluations on a hand-worked week (test/compare/weekly-fixture.ts): Friday 5 July
 * 2024 against Friday 12 July 2024. The escalation ladder of a practitioner's breach is
 * their team manager on `since`, the operations manager 10 working days later, the
 * strategic manager 20 working days later.
 */
import { describe, expect, it } from "vitest";
import { compareEvaluations, evaluate, InvalidOptionsError, type Evaluation } from "../../src";
import { ACTIONS, actionsPolicy, weeklyDataset } from "./weekly-fixture";
import { handDataset, handEvaluation } from "../report/fixtures";

const run = (asOf: string, data = weeklyDataset(), from?: string): Promise<Evaluation> =>
  evaluate(data, { asOf, policy: actionsPolicy, ...(from === undefined ? {} : { from }) });
const ids = (list: readonly { item: { id: string } }[]) => list.map((c) => c.item.id);
const breach = (x: string) => `audit.actions/action:${x}#breach`;
const obligation = (x: string) => `audit.actions/action:${x}`;

describe("compareEvaluations: a week of audit actions", async () => {
  const [friday5, friday12] = [await run("2024-07-05"), await run("2024-07-12")];
  const changes = compareEvaluations(friday5, friday12, { dataset: weeklyDataset() });

  it("x3, due Wed 10 July and not done, began on Thu 11 July; x2, completed Tue 9 July, was resolved", () => {
    expect(ids(changes.breaches.began)).toEqual([breach("x3")]);
    expect(changes.breaches.began[0]).toMatchObject({
      item: { since: "2024-07-11", status: "active" }, owner: { key: "staff:p2", label: "p2 (practitioner)" },
      team: { key: "team:t2", label: "North FCT" },
    });
    expect(changes.breaches.began[0]?.before).toBeUndefined();
    expect(ids(changes.breaches.resolved)).toEqual([breach("x2")]);
    expect(changes.breaches.resolved[0]).toMatchObject({
      item: { status: "resolved", resolvedOn: "2024-07-09" }, before: { status: "active" }, team: { key: "team:t1" },
    });
    // x1 is active both weeks: not a change of breach.
    expect(changes.breaches.leftWindow).toEqual([]);
    expect(changes.breaches.withdrawn).toEqual([]);
  });

  it("x3's breach is raised to p2's manager; x1's climbs from the operations to the strategic manager on Fri 12 July", () => {
    // x1 since Sat 15 June: rung 2 after 10 working days (Fri 28 June), rung 3 after 20 (Fri 12 July).
    expect(changes.escalations.map((c) => [c.item.id, c.change, c.before?.to.staffId, c.item.to.staffId, c.item.level])).toEqual([
      [`${breach("x3")}#escalation`, "raised", undefined, "tm2", 1],
      [`${breach("x1")}#escalation`, "climbed", "om", "sm", 3],
    ]);
    // An escalation belongs to whoever must now know, in the team of the work it is about.
    expect(changes.escalations.map((c) => [c.owner.key, c.team.label])).toEqual([["staff:tm2", "North FCT"], ["staff:sm", "North IFST"]]);
  });

  it("x4 (met on Mon 8 July) and x3 fell due in the week; only x3 became overdue", () => {
    expect(changes.obligations.fellDue.map((c) => [c.item.id, c.item.status, c.before?.status])).toEqual([
      [obligation("x4"), "met", "open"], [obligation("x3"), "overdue", "open"],
    ]);
    expect(ids(changes.obligations.becameOverdue)).toEqual([obligation("x3")]);
  });

  it("counts every change per team and per owner, most first", () => {
    const none = { began: 0, resolved: 0, lapsed: 0, leftWindow: 0, withdrawn: 0, escalated: 0, fellDue: 0, becameOverdue: 0 };
    expect(changes.byTeam).toEqual([
      { key: "team:t2", label: "North FCT", total: 5, counts: { ...none, began: 1, escalated: 1, fellDue: 2, becameOverdue: 1 } },
      { key: "team:t1", label: "North IFST", total: 2, counts: { ...none, resolved: 1, escalated: 1 } },
    ]);
    expect(changes.byOwner.map((g) => [g.label, g.total])).toEqual([
      ["p2 (practitioner)", 4], ["p1 (practitioner)", 1], ["sm (strategic-manager)", 1], ["tm2 (family-centre-team-manager)", 1],
    ]);
    expect(changes.empty).toBe(false);
    expect(changes).toMatchObject({
      previous: { asOf: "2024-07-05", window: { from: "2024-04-01", to: "2024-07-05" } },
      current: { asOf: "2024-07-12", window: { from: "2024-04-01", to: "2024-07-12" } },
      policy: friday12.policy,
    });
  });

  it("an evaluation against itself shows nothing", () => {
    const same = compareEvaluations(friday12, friday12, { dataset: weeklyDataset() });
    expect(same).toMatchObject({ empty: true, byOwner: [], byTeam: [], escalations: [] });
  });

  it("without the dataset every change is service-wide, owners still by person", () => {
    const bare = compareEvaluations(friday5, friday12);
    expect(bare.byTeam.map((g) => [g.key, g.label, g.total])).toEqual([["service", "Service-wide", 7]]);
    expect(bare.byOwner[0]?.key).toBe("staff:p2");
  });
});

describe("compareEvaluations: breaches the later evaluation no longer reports", () => {
  it("a later window starting Wed 10 July leaves out x2, resolved on the 9th: leftWindow, not resolved", async () => {
    const changes = compareEvaluations(await run("2024-07-05"), await run("2024-07-12", weeklyDataset(), "2024-07-10"));
    expect(ids(changes.breaches.leftWindow)).toEqual([breach("x2")]);
    expect(changes.breaches.leftWindow[0]).toMatchObject({ item: { status: "active" }, team: { key: "service" } });
    expect(changes.breaches.resolved).toEqual([]);
    // x1, still unmet when the window starts, is still reported and still active.
    expect(ids(changes.breaches.began)).toEqual([breach("x3")]);
  });

  it("an export that now dates x1 done on time drops its breach over the same window: withdrawn", async () => {
    const corrected = weeklyDataset([{ ...ACTIONS.x1, completedOn: "2024-06-14" }, ACTIONS.x2, ACTIONS.x3, ACTIONS.x4, ACTIONS.x5]);
    const changes = compareEvaluations(await run("2024-07-05"), await run("2024-07-12", corrected), { dataset: corrected });
    expect(ids(changes.breaches.withdrawn)).toEqual([breach("x1")]);
    expect(changes.breaches.withdrawn[0]?.team.label).toBe("North IFST");
    expect(changes.breaches.leftWindow).toEqual([]);
    // Its escalation is gone with it, not "changed".
    expect(changes.escalations.map((c) => c.item.id)).toEqual([`${breach("x3")}#escalation`]);
  });
});

describe("compareEvaluations: breaches that lapsed", () => {
  /** The hand-made evaluation a week later: p1 left on 2025-04-03, so their interval breach b2 lapsed; p9's b3 was met. */
  function weekLater(): { before: Evaluation; after: Evaluation } {
    const before = handEvaluation();
    const after = handEvaluation();
    after.asOf = "2025-04-07";
    after.window = { from: "2024-04-01", to: "2025-04-07" };
    after.breaches = after.breaches.map((b) =>
      b.id === "b2" ? { ...b, status: "lapsed", lapsedOn: "2025-04-03" } : b.id === "b3" ? { ...b, status: "resolved", resolvedOn: "2025-04-04" } : b);
    return { before, after };
  }

  it("lists a breach whose subject stopped before anyone met it as lapsed, neither resolved nor active", () => {
    const { before, after } = weekLater();
    const changes = compareEvaluations(before, after, { dataset: handDataset });
    expect(ids(changes.breaches.lapsed)).toEqual(["b2"]);
    expect(changes.breaches.lapsed[0]).toMatchObject({ item: { status: "lapsed", lapsedOn: "2025-04-03" }, before: { status: "active" }, team: { key: "team:t1" } });
    expect(ids(changes.breaches.resolved)).toEqual(["b3"]);
    expect(changes.breaches.began).toEqual([]);
    expect(changes.byTeam.find((g) => g.key === "team:t1")?.counts).toMatchObject({ lapsed: 1, resolved: 0 });
  });

  it("a breach already lapsed is not a change; one lapsed in between is", () => {
    const { after } = weekLater();
    expect(compareEvaluations(after, after).empty).toBe(true);
    const earlier = handEvaluation();
    earlier.breaches = earlier.breaches.filter((b) => b.id !== "b2");
    expect(ids(compareEvaluations(earlier, after).breaches.lapsed)).toEqual(["b2"]);
  });
});

describe("compareEvaluations: escalations that reach someone new on the same rung", () => {
  it("tm1 left on Sun 7 July: on Mon 8 July x1's rung 2 is sm, x2's rung 1 is om (in order raised)", async () => {
    const left = weeklyDataset(undefined, { tm1: { leftOn: "2024-07-07" } });
    const changes = compareEvaluations(await run("2024-07-05"), await run("2024-07-08", left), { dataset: left });
    expect(changes.escalations.map((c) => [c.item.id, c.change, c.item.level, c.before?.to.staffId, c.item.to.staffId])).toEqual([
      [`${breach("x1")}#escalation`, "redirected", 2, "om", "sm"],
      [`${breach("x2")}#escalation`, "redirected", 1, "tm1", "om"],
    ]);
  });
});

describe("compareEvaluations: bad options", () => {
  it("throws InvalidOptionsError for another policy version or an earlier current asOf, naming what to fix", async () => {
    const [earlier, later] = [await run("2024-07-05"), await run("2024-07-12")];
    const other = { ...later, policy: { id: later.policy.id, version: "9.9.9" } };
    expect(() => compareEvaluations(earlier, other)).toThrow(InvalidOptionsError);
    expect(() => compareEvaluations(earlier, other)).toThrow(/current\.policy: .*9\.9\.9.*same policy/);
    expect(() => compareEvaluations(later, earlier)).toThrow(/current\.asOf: is before the earlier evaluation's asOf/);
  });
});
