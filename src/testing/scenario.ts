import * as z from "zod";
import { isoDateSchema } from "../model/primitives";

const record = z.record(z.string(), z.unknown());
const partials = z.array(record);

/**
 * A patch to a base dataset, per collection: a record whose `id` is already there is merged
 * field by field (`"$remove": true` removes it), any other record is added.
 */
export const datasetPatchSchema = z.record(z.string(), z.array(record));
/** A patch to a base dataset. */
export type DatasetPatch = z.infer<typeof datasetPatchSchema>;

const KINDS = ["obligations", "breaches", "escalations"] as const;
const perRule = z.record(z.string().min(1), z.number().int().min(0));
const byKind = <T extends z.ZodType>(schema: T) =>
  z.strictObject({ obligations: schema.optional(), breaches: schema.optional(), escalations: schema.optional() });

/**
 * A policy test as data: a dataset (or a patch to a base one), a policy (or a patch of the
 * default's parameters, and rule switches), a window, and the obligations, breaches and escalations expected,
 * each a partial match, plus those that must not be there. Each field's `describe` text is
 * what editors show from `docs/scenario.schema.json`.
 */
export const scenarioSchema = z.strictObject({
  $schema: z.string().optional().describe("This file's JSON Schema, for editors; ignored."),
  name: z.string().min(1).describe("What the scenario shows, one line: the test's name."),
  description: z.string().optional().describe("How the expectations were worked out, and from which words of the QAF."),
  asOf: isoDateSchema.describe("The evaluation's day: results are as known on it."),
  from: isoDateSchema.optional().describe("The window's first day; the financial year's start by default."),
  dataset: z.union([
    z.strictObject({
      base: z.union([record, z.string().min(1)]).describe("The base dataset, or in a file the path of one, relative to the scenario."),
      patch: datasetPatchSchema.optional().describe("Records per collection: merged by id into the base (\"$remove\": true deletes), or added."),
    }),
    record,
  ]).describe("The whole dataset, or { base, patch }."),
  policy: z.union([record, z.string().min(1)]).optional()
    .describe("A whole policy document, or in a file the path of one; the default QAF policy if absent."),
  parameters: record.optional().describe("A deep-partial patch of the policy's parameters; values may be dated."),
  switches: z.record(z.string().min(1), z.strictObject({
    enabled: z.boolean().optional(),
    effective: z.strictObject({ from: isoDateSchema.optional(), to: isoDateSchema.optional() }).optional(),
  })).optional().describe("Rules switched on or off by id, as withRules takes them: { \"supervision.interval\": { \"enabled\": true } }."),
  rules: z.array(z.string().min(1)).min(1).optional().describe("Evaluate only these rules of the policy (their ids); a rule switched off must be switched on with `switches` first."),
  expect: z.strictObject({
    obligations: partials.optional().describe("Each must partially match one obligation."),
    breaches: partials.optional().describe("Each must partially match one breach."),
    escalations: partials.optional().describe("Each must partially match one escalation."),
    absent: byKind(partials).optional().describe("Partial matches no result may match."),
    complete: z.array(z.enum(KINDS)).optional().describe("Kinds whose expected list is complete: any other result of that kind fails."),
    counts: byKind(perRule).optional().describe("Exact numbers of results per rule id, per kind."),
    rejected: partials.optional()
      .describe("Partial matches of the records the dataset is meant to reject; without it, no record may be rejected."),
  })
    // A scenario that expects nothing passes whatever the rules do: it is a mistake, not a test.
    .refine((expectations) => Object.keys(expectations).length > 0, {
      message: "expects nothing: give at least one of obligations, breaches, escalations, absent, complete, counts or rejected",
    })
    .meta({ minProperties: 1 }),
});

/** A policy test as data. */
export type Scenario = z.input<typeof scenarioSchema>;
