import type { Day } from "../../calendar/day";
import { createWorkingCalendar, type WorkingCalendar } from "../../calendar/working-days";
import { closureDaysOf } from "../../policy/closure-days";
import type { Policy } from "../../policy/policy";
import type { DatasetIndex } from "../dataset-index/index-dataset";
import type { ParameterTable } from "./parameter-table";
import { createPeople, type People } from "../dataset-index/people";

/** Everything an interpreter needs for one evaluation, built once. */
export interface EngineContext {
  asOf: Day;
  from: Day;
  policy: Policy;
  /** The policy's parameters, resolved once per era. */
  parameters: ParameterTable;
  calendar: WorkingCalendar;
  index: DatasetIndex;
  people: People;
  /** Builds a look-up once per evaluation and hands the same one to every later caller. */
  shared<T>(key: string, build: () => T): T;
  /** The same, for a look-up built a step at a time (`yield*` it from a kind's run, which yields between steps). */
  sharedSteps<T>(key: string, build: () => Generator<void, T>): Generator<void, T>;
}

/** What an evaluation's context is built from: its window, its compiled policy and its dataset's index. */
export type ContextInputs = Pick<EngineContext, "asOf" | "from" | "policy" | "parameters" | "index">;

/**
 * Creates the context of one evaluation: the one place it is wired up (`evaluate`, explain and
 * the tests all build it here), with the policy's working calendar and the dataset's people.
 *
 * @returns the context, with an empty cache of shared look-ups
 */
export function createContext(inputs: ContextInputs): EngineContext {
  const cache = new Map<string, unknown>();
  return {
    ...inputs,
    calendar: createWorkingCalendar(closureDaysOf(inputs.policy)),
    people: createPeople(inputs.index, inputs.asOf),
    shared<T>(key: string, build: () => T): T {
      if (!cache.has(key)) cache.set(key, build());
      return cache.get(key) as T;
    },
    *sharedSteps<T>(key: string, build: () => Generator<void, T>): Generator<void, T> {
      if (!cache.has(key)) cache.set(key, yield* build());
      return cache.get(key) as T;
    },
  };
}
