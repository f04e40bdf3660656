/** Small helpers for building records inside `fc.gen()`: numbers, choices, dates. */
import fc from "fast-check";
import { calendar } from "../../src";
import { COLLECTIONS } from "../../src/model";
import type { CollectionName } from "../../src/model";

/** A record as written in a dataset: plain JSON. */
export type Rec = Record<string, unknown>;
/** A dataset as written: every collection present. */
export type Data = Record<CollectionName, Rec[]>;
/** What `fc.gen()` hands a generator. */
export type Gen = fc.GeneratorValue;

/** First and last days of the generated period. */
export const FIRST = calendar.makeDay(2023, 1, 1);
export const LAST = calendar.makeDay(2025, 12, 31);

/** A whole number in [min, max]. */
export const int = (g: Gen, min: number, max: number): number => g(fc.integer, { min, max });
/** True with the given probability (in percent). */
export const chance = (g: Gen, percent: number): boolean => int(g, 0, 99) < percent;
/** One element of a non-empty list. */
export const pick = <T>(g: Gen, list: readonly T[]): T => list[int(g, 0, list.length - 1)] as T;
/** A sub-list, in the list's order. */
export const subset = <T>(g: Gen, list: readonly T[], percent = 50): T[] => list.filter(() => chance(g, percent));
/** A date `YYYY-MM-DD` for a day in [min, max]. */
export const date = (g: Gen, min: number, max: number): string => calendar.formatDay(int(g, min, Math.max(min, max)));
/** The day of a date. */
export const dayOf = (d: string): number => calendar.parseDay(d) as number;

/** Every collection, empty. */
export function emptyData(): Data {
  return Object.fromEntries(COLLECTIONS.map((c) => [c, []])) as unknown as Data;
}

/** A supervision of a supervisee by a supervisor, mostly complete. */
export function supervision(g: Gen, id: string, superviseeId: string, supervisorId: string, urns: readonly string[]): Rec {
  const items = ["actions-progress", "wellbeing", "working-well", "worries", "personal-impact-families", "development-impact", "development-needs", "proud-of", "job-satisfaction", "disagreements"];
  const s: Rec = {
    id, superviseeId, supervisorId, heldOn: date(g, FIRST - 120, LAST),
    agenda: chance(g, 70) ? items : subset(g, items, 80), reflection: chance(g, 85),
    personalImpactUrns: urns.length > 0 && chance(g, 40) ? subset(g, urns) : chance(g, 10) ? ["Jane Smith"] : [],
  };
  if (chance(g, 40)) s["jobSatisfaction"] = int(g, 0, 10);
  return s;
}


/**
 * The number of runs of a property: `n`, or `QAF_PROPERTY_RUNS` from the environment to
 * search harder (`QAF_PROPERTY_RUNS=500 npx vitest run ... test/properties`).
 *
 * @param n - the default, small enough for a couple of seconds
 * @returns the number of runs
 */
export const runs = (n: number): number => Number(process.env["QAF_PROPERTY_RUNS"]) || n;
