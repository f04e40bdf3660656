import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src";
import { evaluationSchema } from "../../src/model/evaluation";
import { datasetArb, windowArb } from "./arbitraries";
import { runs } from "./generators";

describe("every evaluation is what the package publishes", () => {
  it("parses with the published evaluation schema, field for field (no field the schema lacks)", async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, windowArb, async (data, window) => {
        const e = await evaluate(data, window);
        const parsed = evaluationSchema.safeParse(e);
        expect(parsed.error?.issues ?? []).toEqual([]);
        // The schema's objects drop keys they do not know: what is left must be all there was.
        expect(parsed.data).toStrictEqual(e);
      }),
      { numRuns: runs(30) },
    );
  });
});
