/**
 * The scorecard's ratios: a numerator, a denominator and their rate.
 *
 * @module
 */
import type { Ratio } from "./types";

/**
 * A ratio from its numerator and denominator.
 *
 * @param numerator - what is counted
 * @param denominator - out of what
 * @returns the ratio, `rate: null` when the denominator is 0
 */
export function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, rate: denominator === 0 ? null : numerator / denominator };
}
