import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendar, compareEvaluations, evaluate, parseDataset, type Evaluation } from "../../src";
import { datasetArb, windowArb } from "../properties/arbitraries";
import { runs } from "../properties/generators";

/** A window and a later asOf: the same `from`, or the default window of each day (which moves at a new financial year). */
const weekArb = windowArb.chain((w) =>
  fc.record({ days: fc.integer({ min: 0, max: 120 }), keepFrom: fc.boolean() }).map(({ days, keepFrom }) => ({
    earlier: w,
    later: { asOf: calendar.formatDay((calendar.parseDay(w.asOf) as number) + days), ...(keepFrom && w.from !== undefined ? { from: w.from } : {}) },
  })));

const activeIds = (e: Evaluation) => new Set(e.breaches.filter((b) => b.status === "active").map((b) => b.id));
const idsOf = (list: readonly { item: { id: string } }[]) => list.map((c) => c.item.id);
const sorted = (ids: Iterable<string>) => [...ids].sort();

describe("compareEvaluations, properties (one dataset evaluated on two days)", () => {
  it("an evaluation compared with itself shows nothing", async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, windowArb, async (data, window) => {
        const e = await evaluate(data, window);
        const changes = compareEvaluations(e, e, { dataset: parseDataset(data).dataset });
        expect(changes.empty).toBe(true);
        expect([changes.byOwner, changes.byTeam]).toEqual([[], []]);
      }),
      { numRuns: runs(15) },
    );
  });

  it("earlier active + began - resolved - lapsed - out of the later window = later active; the lists are what they say", async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, weekArb, async (data, { earlier, later }) => {
        const [before, after] = [await evaluate(data, earlier), await evaluate(data, later)];
        const c = compareEvaluations(before, after, { dataset: parseDataset(data).dataset });
        const { began, resolved, lapsed, leftWindow, withdrawn } = c.breaches;
        const expected = new Set([...activeIds(before), ...idsOf(began)]);
        for (const id of [...idsOf(resolved), ...idsOf(lapsed), ...idsOf(leftWindow), ...idsOf(withdrawn)]) expected.delete(id);
        expect(sorted(expected)).toEqual(sorted(activeIds(after)));
        // The same export cannot withdraw a breach: with the same first day the window only grew.
        expect(withdrawn).toEqual([]);
        if (before.window.from === after.window.from) expect(leftWindow).toEqual([]);
        const reported = new Map(after.breaches.map((b) => [b.id, b.status]));
        expect(began.every((x) => x.item.status === "active" && x.before?.status !== "active")).toBe(true);
        expect(resolved.every((x) => x.item.status === "resolved" && x.before?.status !== "resolved")).toBe(true);
        expect(lapsed.every((x) => x.item.status === "lapsed" && x.before?.status !== "lapsed")).toBe(true);
        expect(leftWindow.every((x) => x.item.status === "active" && !reported.has(x.item.id))).toBe(true);
        for (const o of c.obligations.fellDue) expect([o.item.dueBy !== null && o.item.dueBy > before.asOf, o.item.dueBy !== null && o.item.dueBy <= after.asOf]).toEqual([true, true]);
        for (const o of c.obligations.becameOverdue) expect([o.item.status, o.before?.status === "overdue"]).toEqual(["overdue", false]);
        const all = [began, resolved, lapsed, leftWindow, withdrawn, c.escalations, c.obligations.fellDue, c.obligations.becameOverdue].flat().length;
        expect([c.byOwner, c.byTeam].map((groups) => groups.reduce((n, g) => n + g.total, 0))).toEqual([all, all]);
        expect(c.empty).toBe(all === 0);
      }),
      { numRuns: runs(25) },
    );
  });
});
