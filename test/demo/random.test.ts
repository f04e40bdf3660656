import { describe, expect, it } from "vitest";
import { createRng } from "../../src/demo";

describe("createRng", () => {
  it("repeats its sequence for the same seed and differs for another", () => {
    const a = createRng(7);
    const b = createRng(7);
    const c = createRng(8);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
  });

  it("keeps int within its inclusive bounds and reaches both ends", () => {
    const rng = createRng(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const n = rng.int(3, 6);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(6);
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it("draws chance at about the asked rate", () => {
    const rng = createRng(2);
    let hits = 0;
    for (let i = 0; i < 100_000; i++) if (rng.chance(0.1)) hits++;
    expect(hits / 100_000).toBeCloseTo(0.1, 2);
  });

  it("shuffles into a permutation without mutating the input", () => {
    const rng = createRng(3);
    const input = [1, 2, 3, 4, 5, 6, 7, 8];
    const out = rng.shuffle(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...out].sort()).toEqual(input);
  });

  it("picks only from the array and refuses an empty one", () => {
    const rng = createRng(4);
    for (let i = 0; i < 50; i++) expect(["a", "b"]).toContain(rng.pick(["a", "b"]));
    expect(() => rng.pick([])).toThrow(RangeError);
  });
});
