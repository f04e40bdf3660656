/**
 * The order the scorecard's lists are sorted in: by code unit, whatever the locale.
 *
 * @module
 */

/**
 * Compares two strings by code unit, for sorting.
 *
 * @param a - one string
 * @param b - the other
 * @returns negative, zero or positive, as `a` sorts before, with or after `b`
 */
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
