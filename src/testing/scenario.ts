import { z } from "zod";
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

/**
 * A policy test as data: a dataset (or a patch to a base one), a policy (or a patch of the
 * default's parameters), a window, and the obligations, breaches and escalations expected,
 * each a partial match, plus those that must not be there.
 */
export const scenarioSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  asOf: isoDateSchema,
  from: isoDateSchema.optional(),
  /** The dataset, or `{ base, patch }`: in a file, `base` may be a path relative to it. */
  dataset: z.union([
    z.strictObject({ base: z.union([record, z.string().min(1)]), patch: datasetPatchSchema.optional() }),
    record,
  ]),
  /** A whole policy document (in a file, a path relative to it); the default policy if absent. */
  policy: z.union([record, z.string().min(1)]).optional(),
  /** A deep-partial patch of the policy's parameters, laid over `policy`. Values may be dated. */
  parameters: record.optional(),
  /** Evaluate only these rules of the policy (ids), so the scenario sees nothing else. */
  rules: z.array(z.string().min(1)).min(1).optional(),
  expect: z.strictObject({
    obligations: partials.optional(),
    breaches: partials.optional(),
    escalations: partials.optional(),
    absent: z
      .strictObject({ obligations: partials.optional(), breaches: partials.optional(), escalations: partials.optional() })
      .optional(),
    /** The kinds whose expected list is complete: any other result of that kind fails. */
    complete: z.array(z.enum(KINDS)).optional(),
    /** How many results each rule has, per kind (`{ "breaches": { "survey.offer": 2 } }`). */
    counts: z.strictObject({ obligations: perRule.optional(), breaches: perRule.optional(), escalations: perRule.optional() }).optional(),
    /** The records the dataset is expected to reject (partial matches); without it, none may be. */
    rejected: partials.optional(),
  }),
});

/** A policy test as data. */
export type Scenario = z.input<typeof scenarioSchema>;
