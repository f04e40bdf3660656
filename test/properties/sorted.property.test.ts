import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src";
import type { Breach, Obligation } from "../../src";
import { datasetArb, windowArb } from "./arbitraries";
import { runs } from "./generators";
import { firstUnsorted } from "./support";

/** Plain code-unit order of strings (ids and ISO dates sort as text). */
const text = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** api.md: obligations by dueBy (no due date last), then ruleId, then subject id. */
const obligationOrder = (a: Obligation, b: Obligation): number =>
  (a.dueBy === null ? 1 : 0) - (b.dueBy === null ? 1 : 0)
  || (a.dueBy !== null && b.dueBy !== null ? text(a.dueBy, b.dueBy) : 0)
  || text(a.ruleId, b.ruleId)
  || text(a.subject.id, b.subject.id);

/** api.md: breaches by since, then ruleId, then subject id. */
const breachOrder = (a: Breach, b: Breach): number =>
  text(a.since, b.since) || text(a.ruleId, b.ruleId) || text(a.subject.id, b.subject.id);

describe("evaluate sorts its results (api.md, Guarantees: sorted)", () => {
  it("obligations by dueBy (null last), ruleId, subject id; breaches by since, ruleId, subject id", async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, windowArb, async (data, window) => {
        const e = await evaluate(data, window);
        expect(firstUnsorted(e.obligations, obligationOrder)).toBe(-1);
        expect(firstUnsorted(e.breaches, breachOrder)).toBe(-1);
      }),
      { numRuns: runs(30) },
    );
  });

  it("the order check itself catches an out-of-order pair", () => {
    const late = { dueBy: null, ruleId: "a", subject: { type: "staff", id: "s1" } } as Obligation;
    const early = { dueBy: "2024-01-01", ruleId: "z", subject: { type: "staff", id: "s9" } } as Obligation;
    expect(firstUnsorted([late, early], obligationOrder)).toBe(1);
    expect(firstUnsorted([early, late], obligationOrder)).toBe(-1);
  });
});
