import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendar, evaluate } from "../../src";
import { datasetArb, windowArb } from "./arbitraries";
import { runs } from "./generators";

/** A window start, an asOf and a later asOf, all within the generated period. */
const laterArb = windowArb.chain((w) => {
  const asOf = calendar.parseDay(w.asOf) as number;
  const from = w.from ?? calendar.formatDay(calendar.financialYearOf(asOf).from);
  return fc.integer({ min: 1, max: 500 }).map((d) => ({ from, asOf: w.asOf, later: calendar.formatDay(asOf + d) }));
});

describe("evaluate is monotone in time (api.md, Guarantees: monotone in time)", () => {
  it("every breach seen at asOf is still seen, active or resolved, at any later asOf with the same from", async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, laterArb, async (data, { from, asOf, later }) => {
        const now = await evaluate(data, { from, asOf });
        const then = await evaluate(data, { from, asOf: later });
        const seen = new Map(then.breaches.map((b) => [b.id, b]));
        const lost = now.breaches.filter((b) => !seen.has(b.id)).map((b) => `${b.id} (${b.status}, since ${b.since})`);
        expect(lost).toEqual([]);
        for (const b of now.breaches) {
          const after = seen.get(b.id);
          if (b.status === "resolved") expect(after?.status).toBe("resolved");
          expect(after?.since).toBe(b.since);
        }
      }),
      { numRuns: runs(30) },
    );
  });
});
