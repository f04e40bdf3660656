import { toDay } from "../../src/calendar/day";
import { createContext, type EngineContext } from "../../src/engine/context/engine-context";
import { indexDataset } from "../../src/engine/dataset-index/index-dataset";
import { parameterTable } from "../../src/engine/context/parameter-table";
import { parseDataset } from "../../src/model/parse-dataset";
import type { Policy } from "../../src/policy/policy";
import { qafPolicy } from "../../src/policy/qaf-policy";

/** An engine context over a dataset, as `evaluate` builds one. */
export function contextFor(dataset: unknown, asOf: string, from: string, policy: Policy = qafPolicy): EngineContext {
  const index = indexDataset(parseDataset(dataset).dataset);
  return createContext({ asOf: toDay(asOf), from: toDay(from), policy, index, parameters: parameterTable(policy.parameters) });
}
