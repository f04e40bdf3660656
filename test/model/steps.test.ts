import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { endsStep } from "../../src/model/steps";

describe("endsStep", () => {
  it("ends a step after every `per` items, and never leaves more than `per` items in one", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 700 }), (items, per) => {
        let steps = 0;
        let since = 0;
        for (let i = 0; i < items; i++) {
          since++;
          if (endsStep(i, per)) {
            expect(since).toBe(per);
            steps++;
            since = 0;
          }
        }
        expect(steps).toBe(Math.floor(items / per));
      }),
    );
  });

  it("ends a step every 256 items by default", () => {
    const ends = Array.from({ length: 1024 }, (_, i) => i).filter((i) => endsStep(i));
    expect(ends).toEqual([255, 511, 767, 1023]);
  });
});
