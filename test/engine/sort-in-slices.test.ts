import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { finishInSlices } from "../../src/engine/slicing/host-turns";
import { byDue, byRaised, bySince, sortResultsInSlices } from "../../src/engine/run/order";
import { sortSteps } from "../../src/engine/slicing/sort-in-slices";
import type { Breach, Escalation, Obligation } from "../../src/model/evaluation";

/** A slicer whose slices are spent every few calls, and that counts the turns it gave. */
function busySlicer() {
  let calls = 0;
  let turns = 0;
  return { slicer: { due: () => ++calls % 97 === 0, turn: async () => void turns++ }, turns: () => turns };
}

const byValueThenId = (a: { v: number; id: number }, b: { v: number; id: number }) => a.v - b.v || a.id - b.id;

describe("sortSteps", () => {
  it("gives what one sort gives, for lists shorter and longer than a run", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 20_000, size: "max" }), async (values) => {
        const items = values.map((v, id) => ({ v, id }));
        const expected = [...items].sort(byValueThenId);
        const { slicer } = busySlicer();
        expect(await finishInSlices(sortSteps(items, byValueThenId), slicer)).toEqual(expected);
      }),
      { numRuns: 20 },
    );
  });

  it("gives the host turns while it sorts a long list", async () => {
    const items = Array.from({ length: 50_000 }, (_, id) => ({ v: (id * 7919) % 1000, id }));
    const { slicer, turns } = busySlicer();
    await finishInSlices(sortSteps(items, byValueThenId), slicer);
    expect(turns()).toBeGreaterThan(0);
  });
});

/** A result's day: few distinct ones, so ties on day and rule are common; undefined for "none". */
const day = fc.option(fc.constantFrom("2023-12-31", "2024-02-29", "2024-03-01", "2025-01-01", "1969-12-31"), { nil: undefined });
const name = (prefix: string) => fc.constantFrom(...["a", "b", "b-2", "B", "é", ""].map((s) => prefix + s));
const result = fc.record({ day, ruleId: name("rule."), subjectId: name("s"), id: name("r") });

describe("sortResultsInSlices", () => {
  it("gives the order of byDue, bySince and byRaised, undated obligations last", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(result, { maxLength: 6_000, size: "max" }), async (rows) => {
        const obligations = rows.map((r) => ({ dueBy: r.day ?? null, ruleId: r.ruleId, subject: { id: r.subjectId }, id: r.id }) as unknown as Obligation);
        const dated = rows.map((r) => ({ day: r.day ?? "2024-06-30", ruleId: r.ruleId, subject: { id: r.subjectId }, id: r.id }));
        const breaches = dated.map((r) => ({ ...r, since: r.day }) as unknown as Breach);
        const escalations = dated.map((r) => ({ ...r, raisedOn: r.day }) as unknown as Escalation);
        const { slicer } = busySlicer();
        expect(await sortResultsInSlices([...obligations], byDue, slicer)).toEqual([...obligations].sort(byDue));
        expect(await sortResultsInSlices([...breaches], bySince, slicer)).toEqual([...breaches].sort(bySince));
        expect(await sortResultsInSlices([...escalations], byRaised, slicer)).toEqual([...escalations].sort(byRaised));
      }),
      { numRuns: 30 },
    );
  });

  it("gives the order of byDue when the days are spread too wide to count (centuries apart)", async () => {
    const wide = fc.option(fc.constantFrom("1000-01-01", "1999-12-31", "2024-02-29", "9999-12-31"), { nil: undefined });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ day: wide, ruleId: name("rule."), subjectId: name("s"), id: name("r") }), { maxLength: 2_000 }), async (rows) => {
        const obligations = rows.map((r) => ({ dueBy: r.day ?? null, ruleId: r.ruleId, subject: { id: r.subjectId }, id: r.id }) as unknown as Obligation);
        const { slicer } = busySlicer();
        expect(await sortResultsInSlices([...obligations], byDue, slicer)).toEqual([...obligations].sort(byDue));
      }),
      { numRuns: 30 },
    );
  });

  it("gives the host turns while it sorts many results", async () => {
    const many = Array.from({ length: 30_000 }, (_, i) => ({ dueBy: "2025-01-01", ruleId: `rule.${i % 7}`, subject: { id: `s${i}` }, id: `o${i}` }) as unknown as Obligation);
    const { slicer, turns } = busySlicer();
    await sortResultsInSlices(many, byDue, slicer);
    expect(turns()).toBeGreaterThan(0);
  });
});
