import * as z from "zod";
import { ruleDefinitionSchema } from "../model/policy";
import { isoDateSchema } from "../model/primitives";
import { parametersSchema } from "./parameters";

/** The calendar a policy runs on: when its year starts, and the council's own closure days. */
export const policyCalendarSchema = z.strictObject({
  yearStartMonth: z.number().int().min(1).max(12),
  closureDays: z.array(isoDateSchema),
});

/** A whole policy: identity, calendar, parameters and the rule catalogue, all plain data. */
export const policySchema = z.strictObject({
  /** The JSON Schema an editor should use for completion (`"./policy.schema.json"`); ignored otherwise. */
  $schema: z.string().optional(),
  id: z.string().min(1),
  version: z.string().min(1),
  calendar: policyCalendarSchema,
  parameters: parametersSchema,
  rules: z.array(ruleDefinitionSchema),
});

/** A whole policy: identity, calendar, parameters and the rule catalogue. */
export type Policy = z.infer<typeof policySchema>;
