import { atIndex } from "../util/at-index";
/**
 * A small seeded pseudo-random number generator (sfc32) and the helpers the demo
 * generator needs. Deterministic: the same seed gives the same sequence on every
 * platform. Never reads the clock or `Math.random`.
 */

/** A seeded source of pseudo-random numbers with convenience helpers. */
export interface Rng {
  /** A float in `[0, 1)`. */
  next(): number;
  /** An integer in `[min, max]`, both inclusive. */
  int(min: number, max: number): number;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** `true` with probability `p`. */
  chance(p: number): boolean;
  /** A new array with the items in a random order (the input is not changed). */
  shuffle<T>(items: readonly T[]): T[];
}

/**
 * Creates a deterministic generator (sfc32, seeded through splitmix32).
 *
 * @param seed - Any integer; equal seeds give equal sequences.
 * @returns A generator with `next`, `int`, `pick`, `chance` and `shuffle`.
 * @example
 * const rng = createRng(2026);
 * rng.int(1, 6);        // the same die roll on every run
 * rng.pick(["a", "b"]); // "a" or "b", always the same one for seed 2026
 */
export function createRng(seed: number): Rng {
  let s = seed | 0;
  const split = (): number => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  const next = (): number => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => {
      if (items.length === 0) throw new RangeError("pick needs a non-empty array");
      return atIndex(items, Math.floor(next() * items.length));
    },
    chance: (p) => next() < p,
    shuffle: (items) => {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = atIndex(out, i);
        out[i] = atIndex(out, j);
        out[j] = tmp;
      }
      return out;
    },
  };
  return rng;
}
