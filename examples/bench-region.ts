/**
 * The benchmark's region: its default shape, and how its records are counted. Shared by
 * `examples/bench.ts` and the test that keeps the default over a million records.
 */
import type { DatasetInput, GenerateCountyOptions } from "one-point-qaf/demo";

/** The default region: 40 areas of 10 teams (400 teams) of 15 staff, over three years. */
export const BENCH_REGION = { areas: 40, teamsPerArea: 10, staffPerTeam: 15, years: 3 } satisfies GenerateCountyOptions;

/**
 * Counts the records of a dataset, every collection together.
 *
 * @param dataset - a generated dataset
 * @returns how many records it holds
 */
export function countRecords(dataset: DatasetInput): number {
  return Object.values(dataset).reduce((n, list: unknown) => n + (Array.isArray(list) ? list.length : 0), 0);
}
