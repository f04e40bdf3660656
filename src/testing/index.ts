/**
 * Policy tests as data: scenarios, their runner, and an adapter for any test runner.
 * Exported at `one-point-qaf/testing`.
 *
 * @packageDocumentation
 */
export { scenarioSchema, datasetPatchSchema } from "./scenario";
export { scenarioJsonSchema } from "./json-schema";
export type { Scenario, DatasetPatch } from "./scenario";
export { runScenario, formatFailures } from "./run-scenario";
export type { ScenarioResult } from "./run-scenario";
export type { ScenarioFailure, ResultKind } from "./expectations";
export { describeScenarios } from "./describe-scenarios";
export type { TestRunner } from "./describe-scenarios";
export { loadScenarioFile, scenarioFilesIn, SCENARIO_FILE } from "./files";
export type { LoadOptions } from "./files";
export { mismatches } from "./match";
export type { Mismatch } from "./match";
export { patchDataset } from "./patch-dataset";
export { InvalidScenarioError } from "./errors";
