/**
 * The demo county generator: seeded, deterministic, fictional data for examples, tests
 * and benchmarks.
 */
export { generateCounty } from "./generate-county";
export type { GenerateCountyOptions } from "./context";
export { createRng } from "./random";
export type { Rng } from "./random";
export type * from "./types";
