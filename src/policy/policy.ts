import * as z from "zod/mini";
import { ruleDefinitionSchema } from "../model/policy";
import { isoDateSchema } from "../model/primitives";
import { parametersSchema } from "./parameters";

/** The most rules a policy may hold. */
export const MAX_RULES = 1000;

/** The calendar a policy runs on: when its year starts, and the council's own closure days. */
export const policyCalendarSchema = z.strictObject({
  yearStartMonth: z.number().check(z.int(), z.gte(1), z.lte(12)),
  closureDays: z.array(isoDateSchema),
});

/**
 * A whole policy: identity, calendar, parameters and the rule catalogue, all plain data. A
 * `zod/mini` schema: `policySchema.safeParse(input, { error: zodEnglish })` gives zod's English
 * messages (`checkPolicy` gives the library's full check).
 */
export const policySchema = z.strictObject({
  /** The JSON Schema an editor should use for completion (`"./policy.schema.json"`); ignored otherwise. */
  $schema: z.optional(z.string()),
  id: z.string().check(z.minLength(1)),
  version: z.string().check(z.minLength(1)),
  calendar: policyCalendarSchema,
  parameters: parametersSchema,
  /** The rule catalogue: at most 1,000 rules (the QAF has 44), so that no document can make a check or an evaluation run for ever. */
  rules: z.array(ruleDefinitionSchema).check(z.maxLength(MAX_RULES, `a policy may hold at most ${MAX_RULES.toLocaleString("en-GB")} rules`)),
});

/** A whole policy: identity, calendar, parameters and the rule catalogue. */
export type Policy = z.infer<typeof policySchema>;
