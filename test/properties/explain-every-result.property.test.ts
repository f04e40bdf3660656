import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src";
import { explain } from "../../src/explain";
import { datasetArb, windowArb } from "./arbitraries";
import { runs } from "./generators";

/** Positions of results to explain: explain compiles the policy each time, so a few per kind, any of them. */
const picksArb = fc.array(fc.nat(), { minLength: 1, maxLength: 2 });

describe("explain", () => {
  it("explains any result of an evaluation: its kind, subject, rule, due date and the result itself", async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, windowArb, picksArb, picksArb, picksArb, async (data, window, o, b, x) => {
        const e = await evaluate(data, window);
        const pick = <T>(list: readonly T[], at: number[]): T[] => at.flatMap((i) => list.slice(i % (list.length || 1)).slice(0, 1));
        const results = [
          ...pick(e.obligations, o).map((r) => ({ kind: "obligation", r }) as const),
          ...pick(e.breaches, b).map((r) => ({ kind: "breach", r }) as const),
          ...pick(e.escalations, x).map((r) => ({ kind: "escalation", r }) as const),
        ];
        for (const { kind, r } of results) {
          const why = explain(e, r.id, { dataset: data });
          expect(why.kind).toBe(kind);
          expect(why[kind]).toEqual(r);
          expect(why.subject).toEqual(r.subject);
          expect(why.rule.id).toBe(r.ruleId);
          expect(why.basis.basis).toBe(r.basis);
          expect(why.steps[0]).toContain(r.ruleId);
          if (kind === "obligation" && r.dueBy !== null) expect(why.due?.dueBy).toBe(r.dueBy);
        }
      }),
      { numRuns: runs(15) },
    );
  });
});
