import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src";
import { datasetArb, windowArb } from "./arbitraries";
import { runs } from "./generators";

const duplicates = (ids: readonly string[]): string[] => ids.filter((id, i) => ids.indexOf(id) !== i);

describe("evaluate gives every result its own id", () => {
  it("obligation ids, breach ids and escalation ids are each unique", async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, windowArb, async (data, window) => {
        const e = await evaluate(data, window);
        expect(duplicates(e.obligations.map((o) => o.id))).toEqual([]);
        expect(duplicates(e.breaches.map((b) => b.id))).toEqual([]);
        expect(duplicates(e.escalations.map((x) => x.id))).toEqual([]);
      }),
      { numRuns: runs(30) },
    );
  });

  it("each breach of an obligation names an obligation of the evaluation, and each breach escalation an active breach", async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, windowArb, async (data, window) => {
        const e = await evaluate(data, window);
        const obligations = new Set(e.obligations.map((o) => o.id));
        for (const b of e.breaches) if (b.obligationId !== undefined) expect(obligations.has(b.obligationId)).toBe(true);
        const active = new Set(e.breaches.filter((b) => b.status === "active").map((b) => b.id));
        for (const x of e.escalations) if (x.kind === "breach") expect(active.has(x.breachId as string)).toBe(true);
      }),
      { numRuns: runs(20) },
    );
  });
});
