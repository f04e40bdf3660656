/**
 * What every fuzz property checks, whatever it feeds the library: only the documented typed
 * errors escape, nothing reaches Object.prototype, every date in an output is a real
 * `YYYY-MM-DD`, no number is NaN or infinite, and nothing takes long.
 *
 * `QAF_FUZZ_RUNS=100000 npx vitest run --config test/vitest.config.ts test/fuzz` searches harder;
 * `QAF_FUZZ_SEED=<seed>` replays a failure.
 */
import { expect } from "vitest";
import { parseDay } from "../../src/calendar/day";
import { QafError } from "../../src/errors";

/** Runs per property: `QAF_FUZZ_RUNS`, or the given default (kept small so `npm test` stays fast). */
export function fuzzRuns(fallback: number): number {
  const fromEnv = Number(process.env["QAF_FUZZ_RUNS"]);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : fallback;
}

/** `QAF_FUZZ_SEED`: replays a failure with the seed fast-check printed (undefined: a fresh seed). */
export const fuzzSeed: number | undefined = Number(process.env["QAF_FUZZ_SEED"]) || undefined;

/** Whether `QAF_FUZZ_RUNS` asks for a harder search (then no property stops early for time). */
export const hunting = Number(process.env["QAF_FUZZ_RUNS"]) > 0;

/** A test's time limit: vitest's default, or none when hunting with `QAF_FUZZ_RUNS`. */
export const testTimeout: number | undefined = hunting ? 24 * 60 * 60 * 1000 : undefined;

/** Time allowed per property run when hunting harder: a whole evaluation of a small county. */
export const RUN_TIMEOUT_MS = 10_000;

const PROTOTYPES: readonly object[] = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const snapshot = (): string[] => PROTOTYPES.map((p) => Object.getOwnPropertyNames(p).sort().join(","));
const pristine = snapshot();
const pristineNames = PROTOTYPES.map((p) => new Set(Object.getOwnPropertyNames(p)));

/** Removes whatever a failing run added to the built-in prototypes, so later tests start clean. */
export function restorePrototypes(): void {
  PROTOTYPES.forEach((p, i) => {
    for (const name of Object.getOwnPropertyNames(p)) if (!pristineNames[i]?.has(name)) Reflect.deleteProperty(p, name);
  });
}

/** Fails when any built-in prototype has gained or lost a property. */
export function expectPrototypesUntouched(): void {
  expect(snapshot()).toEqual(pristine);
  expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
}

/**
 * Runs a call and fails unless it returns, or throws one of the allowed typed errors.
 *
 * @returns the result, or undefined when it threw an allowed error
 */
export async function onlyTypedErrors<T>(run: () => T | Promise<T>, allowed: readonly (new (...args: never[]) => Error)[] = [QafError]): Promise<T | undefined> {
  try {
    return await run();
  } catch (e) {
    if (allowed.some((type) => e instanceof type)) return undefined;
    throw e;
  }
}

/** Keys whose values are dates in the library's outputs. */
const DATE_KEY = /^(asOf|from|to|since|dueBy|dueOn|due|metOn|resolvedOn|raisedOn|on|[a-z]+(On|By))$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Text that only a broken date makes: an extended or signed year, NaN in a date, Invalid Date. */
const BROKEN_DATE = /[+-]\d{6}-\d{2}-\d{2}|NaN-|-NaN|Invalid Date/;

/**
 * Walks an output and fails at the first bad value: a date-named field that is not null or a
 * real `YYYY-MM-DD` (years 1000-9999), a number that is NaN or infinite, or text holding a
 * broken date.
 *
 * @param value - an evaluation, a comparison, an explanation...
 * @param path - where `value` is, for the failure message
 */
export function expectSaneOutput(value: unknown, path = "(output)"): void {
  if (typeof value === "number") {
    expect(Number.isFinite(value), `${path} is ${value}`).toBe(true);
  } else if (typeof value === "string") {
    expect(BROKEN_DATE.test(value), `${path} holds a broken date`).toBe(false);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => expectSaneOutput(v, `${path}[${i}]`));
  } else if (value !== null && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (DATE_KEY.test(key) && typeof v === "string") {
        expect(ISO.test(v) && parseDay(v) !== undefined, `${path}.${key} is not a real YYYY-MM-DD date`).toBe(true);
      }
      expectSaneOutput(v, `${path}.${key}`);
    }
  }
}

/** Fails unless an evaluation's window lies inside 1900-01-01 .. 2199-12-31. */
export function expectWindowInRange(window: { from: string; to: string }): void {
  expect(window.from >= "1900-01-01" && window.to <= "2199-12-31", "the window is in 1900-2199").toBe(true);
}
