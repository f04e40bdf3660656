/**
 * The stepped loops of the report builders give what the one-go array methods give, and the
 * sliced run of any steps gives what running them to the end gives.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { finish } from "../../src/model/steps";
import { eachStep, filterSteps, joinSteps, mapSteps, runInSlices } from "../../src/util/sliced";

/** Counts the yields of some steps while running them to the end. */
function stepsOf<T>(steps: Iterator<unknown, T>): { value: T; yields: number } {
  let yields = 0;
  let step = steps.next();
  while (step.done !== true) {
    yields++;
    step = steps.next();
  }
  return { value: step.value, yields };
}

describe("stepped loops", () => {
  it("joinSteps joins as Array.prototype.join does, a step every thousand pieces", () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 5000 }), fc.constantFrom("", ",", "\r\n"), (pieces, separator) => {
      const { value, yields } = stepsOf(joinSteps(pieces, separator));
      expect(value).toBe(pieces.join(separator));
      expect(yields).toBe(Math.max(0, Math.ceil(pieces.length / 1024) - 1));
    }));
  });

  it("mapSteps, filterSteps and eachStep visit every item once, in order, yielding every `per` items", () => {
    fc.assert(fc.property(fc.array(fc.integer(), { maxLength: 2000 }), fc.integer({ min: 1, max: 600 }), (items, per) => {
      const mapped = stepsOf(mapSteps(items, (n, i) => n * 2 + i, per));
      expect(mapped.value).toEqual(items.map((n, i) => n * 2 + i));
      expect(mapped.yields).toBe(Math.floor(items.length / per));
      expect(finish(filterSteps(items, (n) => n % 3 === 0))).toEqual(items.filter((n) => n % 3 === 0));
      const seen: number[] = [];
      finish(eachStep(items, (n) => seen.push(n), per));
      expect(seen).toEqual(items);
    }));
  });

  it("runInSlices gives what finish gives, and stops with the signal's reason", async () => {
    const steps = function* (n: number): Generator<void, number> {
      let sum = 0;
      for (let i = 0; i < n; i++) {
        sum += i;
        yield;
      }
      return sum;
    };
    await fc.assert(fc.asyncProperty(fc.integer({ min: 0, max: 5000 }), async (n) => {
      expect(await runInSlices(steps(n))).toBe(finish(steps(n)));
    }), { numRuns: 20 });
    await expect(runInSlices(steps(10), { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: "AbortError" });
  });
});
