import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortInSlices } from "../../src/engine/sort-in-slices";

/** A slicer whose slices are spent every few calls, and that counts the turns it gave. */
function busySlicer() {
  let calls = 0;
  let turns = 0;
  return { slicer: { due: () => ++calls % 97 === 0, turn: async () => void turns++ }, turns: () => turns };
}

const byValueThenId = (a: { v: number; id: number }, b: { v: number; id: number }) => a.v - b.v || a.id - b.id;

describe("sortInSlices", () => {
  it("gives what one sort gives, for lists shorter and longer than a run", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 20_000 }), async (values) => {
        const items = values.map((v, id) => ({ v, id }));
        const expected = [...items].sort(byValueThenId);
        const { slicer } = busySlicer();
        expect(await sortInSlices(items, byValueThenId, slicer)).toEqual(expected);
      }),
      { numRuns: 20 },
    );
  });

  it("gives the host turns while it sorts a long list", async () => {
    const items = Array.from({ length: 50_000 }, (_, id) => ({ v: (id * 7919) % 1000, id }));
    const { slicer, turns } = busySlicer();
    await sortInSlices(items, byValueThenId, slicer);
    expect(turns()).toBeGreaterThan(0);
  });
});
