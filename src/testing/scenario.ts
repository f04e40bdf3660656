import * as z from "zod/mini";
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
const perRule = z.record(z.string().check(z.minLength(1)), z.number().check(z.int(), z.gte(0)));
/** The schema with a description, which editors show from the JSON Schema (a copy: the schema given is shared). */
const described = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description));
const byKind = <T extends z.ZodMiniType>(schema: T) =>
  z.strictObject({ obligations: z.optional(schema), breaches: z.optional(schema), escalations: z.optional(schema) });

/**
 * A policy test as data: a dataset (or a patch to a base one), a policy (or a patch of the
 * default's parameters, and rule switches), a window, and the obligations, breaches and escalations expected,
 * each a partial match, plus those that must not be there. Each field's `describe` text is
 * what editors show from `docs/scenario.schema.json`.
 */
export const scenarioSchema = z.strictObject({
  $schema: described(z.optional(z.string()), "This file's JSON Schema, for editors; ignored."),
  name: described(z.string().check(z.minLength(1)), "What the scenario shows, one line: the test's name."),
  description: described(z.optional(z.string()), "How the expectations were worked out, and from which words of the QAF."),
  asOf: described(isoDateSchema, "The evaluation's day: results are as known on it."),
  from: described(z.optional(isoDateSchema), "The window's first day; the financial year's start by default."),
  dataset: described(z.union([
    z.strictObject({
      base: described(z.union([record, z.string().check(z.minLength(1))]), "The base dataset, or in a file the path of one, relative to the scenario."),
      patch: described(z.optional(datasetPatchSchema), "Records per collection: merged by id into the base (\"$remove\": true deletes), or added."),
    }),
    record,
  ]), "The whole dataset, or { base, patch }."),
  policy: described(z.optional(z.union([record, z.string().check(z.minLength(1))])),
    "A whole policy document, or in a file the path of one; the default QAF policy if absent."),
  parameters: described(z.optional(record), "A deep-partial patch of the policy's parameters; values may be dated."),
  switches: described(z.optional(z.record(z.string().check(z.minLength(1)), z.strictObject({
    enabled: z.optional(z.boolean()),
    effective: z.optional(z.strictObject({ from: z.optional(isoDateSchema), to: z.optional(isoDateSchema) })),
  }))), "Rules switched on or off by id, as withRules takes them: { \"supervision.interval\": { \"enabled\": true } }."),
  rules: described(z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))), "Evaluate only these rules of the policy (their ids); a rule switched off must be switched on with `switches` first."),
  expect: z.strictObject({
    obligations: described(z.optional(partials), "Each must partially match one obligation."),
    breaches: described(z.optional(partials), "Each must partially match one breach."),
    escalations: described(z.optional(partials), "Each must partially match one escalation."),
    absent: described(z.optional(byKind(partials)), "Partial matches no result may match."),
    complete: described(z.optional(z.array(z.enum(KINDS))), "Kinds whose expected list is complete: any other result of that kind fails."),
    counts: described(z.optional(byKind(perRule)), "Exact numbers of results per rule id, per kind."),
    rejected: described(z.optional(partials),
      "Partial matches of the records the dataset is meant to reject; without it, no record may be rejected."),
  }).check(
    // A scenario that expects nothing passes whatever the rules do: it is a mistake, not a test.
    z.refine((expectations) => Object.keys(expectations).length > 0, {
      message: "expects nothing: give at least one of obligations, breaches, escalations, absent, complete, counts or rejected",
    }),
    z.meta({ minProperties: 1 }),
  ),
});

/** A policy test as data. */
export type Scenario = z.input<typeof scenarioSchema>;
