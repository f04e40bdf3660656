/**
 * The pieces a parallel evaluation sends between threads: an object of lists cut into runs,
 * serialised one at a time, and put together again exactly.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { finish } from "../../src/model/steps";
import { joinPieces, packSteps, piecesOf, unpackSteps } from "../../src/node/packed";

const roundTrip = (value: unknown) => joinPieces(finish(unpackSteps(finish(packSteps(piecesOf(value))))));

describe("packed pieces", () => {
  it("give back the same value, key order and own keys such as __proto__ included", () => {
    const lists = fc.dictionary(fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "staff")), fc.oneof(
      fc.array(fc.jsonValue(), { maxLength: 5000 }),
      fc.jsonValue(),
    ), { maxKeys: 4 });
    fc.assert(
      fc.property(fc.oneof(lists, fc.jsonValue()), (value) => {
        // The same JSON text: the same values, keys in the same order, own __proto__ keys kept.
        expect(JSON.stringify(roundTrip(value))).toBe(JSON.stringify(value));
      }),
      { numRuns: 60 },
    );
    const hostile = JSON.parse('{"__proto__": [{"id": "a"}], "staff": []}') as object;
    const back = roundTrip(hostile) as object;
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.hasOwn(back, "__proto__")).toBe(true);
  });

  it("serialise a long list a run at a time, one step per run, so the calling thread gets turns", () => {
    const records = Array.from({ length: 10_000 }, (_, i) => ({ id: `r${i}` }));
    const steps = packSteps(piecesOf({ staff: records, teams: [] }));
    let count = 0;
    let step = steps.next();
    while (step.done !== true) {
      count++;
      step = steps.next();
    }
    expect(count).toBe(Math.ceil(10_000 / 2048) + 1);
    expect(step.value.ends).toHaveLength(count);
  });
});
