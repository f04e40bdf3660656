/**
 * Records grouped by the record they refer to (a case's surveys), in two typed arrays: each
 * group holds exactly the kept records that refer to it, in record order.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupPositionsSteps } from "../../src/model/grouped-positions";
import { finish } from "../../src/model/steps";

/** The group of each referring record, one in ten naming nobody (-1), and whether each is kept. */
const references = fc.integer({ min: 1, max: 12 }).chain((groups) =>
  fc.record({
    groups: fc.constant(groups),
    rows: fc.array(fc.record({ to: fc.integer({ min: -1, max: groups - 1 }), kept: fc.boolean() }), { maxLength: 3000 }),
  }),
);

describe("groupPositionsSteps", () => {
  it("puts each kept record in the group it refers to, in record order, and no other record anywhere", () => {
    fc.assert(
      fc.property(references, ({ groups, rows }) => {
        const grouped = finish(groupPositionsSteps(Int32Array.from(rows.map((r) => r.to)), groups, (i) => rows[i]?.kept === true));
        for (let g = 0; g < groups; g++) {
          const expected = rows.flatMap((r, i) => (r.to === g && r.kept ? [i] : []));
          expect([...grouped.positions.subarray(grouped.first[g], grouped.first[g + 1])]).toEqual(expected);
        }
        expect(grouped.first[groups]).toBe(grouped.positions.length);
      }),
      { numRuns: 200 },
    );
  });

  it("makes empty groups of a collection without the reference", () => {
    const grouped = finish(groupPositionsSteps(undefined, 3, () => true));
    expect([...grouped.first]).toEqual([0, 0, 0, 0]);
    expect(grouped.positions.length).toBe(0);
  });
});
