import { qafRules } from "../rules";
import { defaultParameters } from "./parameters";
import type { Policy } from "./policy";

/**
 * The default policy: County Durham's One Point and Think Family Service QAF, every rule of
 * the catalogue with the defaults listed in `docs/rules.md`. Plain data: it serialises to JSON and back.
 * A constant, cheap to load (the rule objects put together, nothing parsed or compiled):
 * `evaluate` compiles it when called, and an app that never uses it does not bundle it.
 *
 * @example
 * const result = await evaluate(dataset, { asOf: "2025-03-31", policy: qafPolicy });
 */
export const qafPolicy: Policy = {
  id: "durham-optfs-qaf",
  version: "1.0.0",
  calendar: { yearStartMonth: 4, closureDays: [] },
  parameters: defaultParameters,
  rules: [...qafRules],
};
