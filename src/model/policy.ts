import * as z from "zod/mini";
import { conditionIssues } from "./condition";
import {
  daysSchema, monthsSchema, perYearSchema, positiveDaysSchema, positiveMonthsSchema, rateSchema, simplePatternSchema,
} from "./bounds";
import { basisSchema, partyBodySchema, severitySchema } from "./evaluation";
import { isoDateSchema } from "./primitives";

/**
 * A reference to a policy parameter by its dotted name (`audit.qispMaxGrade`). With `by`,
 * the parameter is keyed (`{ "full-time": 9, "part-time": 6 }`) and the subject's fact
 * named by `by` picks the key.
 */
export const paramRefSchema = z.strictObject({
  param: z.string().check(z.minLength(1)),
  by: z.optional(z.string().check(z.minLength(1))),
});
/** A reference to a policy parameter. */
export type ParamRef = z.infer<typeof paramRefSchema>;

/** A number written in the rule, or read from a parameter. */
export const numberSpecSchema = z.union([z.number(), paramRefSchema]);
/** A number written in the rule, or read from a parameter. */
export type NumberSpec = z.infer<typeof numberSpecSchema>;

/** A number written in the rule within the bounds of `schema`, or read from a parameter (whose own schema bounds it). */
const bounded = (schema: z.ZodMiniNumber<number>) => z.union([schema, paramRefSchema]);
const daysSpec = bounded(daysSchema);
const monthsSpec = bounded(monthsSchema);

/** A list of strings written in the rule, or read from a parameter. */
export const listSpecSchema = z.union([z.array(z.string()), paramRefSchema]);
/** A list of strings written in the rule, or read from a parameter. */
export type ListSpec = z.infer<typeof listSpecSchema>;

/** Names one of the subject's dates (`completedOn`, `closedOn`, `case.openedOn`). */
export const dateRefSchema = z.string().check(z.minLength(1));

/**
 * How a due date is computed from the subject's dates, tagged by `type`: `on` a date of the
 * subject; a `count` of `working-days`, `days` or `months` `after` one (`days` may name an
 * `orElse` for when its date is absent). Absent dates give `dueBy: null`. `D` names the dates a
 * rule may use (any string in a policy document; the subject's own dates in a built-in rule).
 */
export type Due<D extends string = string> =
  | { type: "on"; date: D }
  | { type: "working-days"; after: D; count: NumberSpec }
  | { type: "days"; after: D; count: NumberSpec; orElse?: Due<D> }
  | { type: "months"; after: D; count: NumberSpec };
/** How a due date is computed from the subject's dates. */
export const dueSchema: z.ZodMiniType<Due> = z.lazy(() =>
  z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("on"), date: dateRefSchema }),
    z.strictObject({ type: z.literal("working-days"), after: dateRefSchema, count: daysSpec }),
    z.strictObject({ type: z.literal("days"), after: dateRefSchema, count: daysSpec, orElse: z.optional(dueSchema) }),
    z.strictObject({ type: z.literal("months"), after: dateRefSchema, count: monthsSpec }),
  ], { error: "must be a due date with type on, working-days, days or months" }),
);

/**
 * A json-rules-engine condition (`{ all: [...] }`, `{ any: [...] }`, `{ not: ... }`), checked
 * against the grammar the engine runs (see `conditionIssues`), so a malformed condition is an
 * error at its path when the policy is read, never a crash when it runs.
 */
export const conditionSchema = z.record(z.string(), z.unknown()).check(z.superRefine((condition, ctx) => {
  for (const issue of conditionIssues(condition)) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
}));
/** A json-rules-engine condition over the subject's facts. */
export type Condition = Record<string, unknown>;

const scalarSchema = z.union([z.string(), z.number(), z.boolean()]);

/**
 * A test of one field of an evidence record: equal to a value, one of a list of values, or (for
 * a list field) including every one of `includes`.
 */
export const fieldFilterSchema = z.union([scalarSchema, z.array(scalarSchema).check(z.minLength(1)), z.strictObject({ includes: z.array(z.string()).check(z.minLength(1)) })]);
/** A test of one field of an evidence record. */
export type FieldFilter = z.infer<typeof fieldFilterSchema>;

/** Tests on fields (or derived fields) of an evidence record, all of which must hold. */
export const recordFilterSchema = z.record(z.string(), fieldFilterSchema);
/** Tests on fields of an evidence record, all of which must hold. */
export type RecordFilter = z.infer<typeof recordFilterSchema>;

/** Which records count as evidence for a subject, and on which date. */
export const evidenceSpecSchema = z.strictObject({
  collection: z.string().check(z.minLength(1)),
  /** Field (or derived field) holding the subject's id; a list field matches any entry. Absent: every record counts for the single subject. */
  key: z.optional(z.string().check(z.minLength(1))),
  /** The record's date field. */
  date: z.string().check(z.minLength(1)),
  /** Filters on fields or derived fields: one filter, all of whose tests hold; or a list of them, any of which does. */
  where: z.optional(z.union([recordFilterSchema, z.array(recordFilterSchema).check(z.minLength(1))])),
  /** Records that pass this filter count for every subject, whatever their key (a service-wide meeting, for every area). */
  forEvery: z.optional(recordFilterSchema),
  /** `date-in-period` (default): the record's date falls in the period; `covers-period`: the record's `period` covers it. */
  match: z.optional(z.enum(["date-in-period", "covers-period"])),
});
/** Which records count as evidence for a subject. */
export type EvidenceSpec = z.infer<typeof evidenceSpecSchema>;

/** One practice standard a record must meet; `label` says, in plain words, what failing it means. */
export const assertionSchema = z.discriminatedUnion("test", [
  z.strictObject({ test: z.literal("isTrue"), field: z.string(), label: z.string() }),
  z.strictObject({ test: z.literal("notEqual"), field: z.string(), value: z.union([z.string(), z.number(), z.boolean()]), label: z.string() }),
  z.strictObject({ test: z.literal("includesAll"), field: z.string(), values: listSpecSchema, label: z.string() }),
  z.strictObject({ test: z.literal("allMatch"), field: z.string(), pattern: z.union([simplePatternSchema, paramRefSchema]), label: z.string() }),
  z.strictObject({ test: z.literal("roleIn"), field: z.string(), roles: listSpecSchema, label: z.string() }),
  /** The staff member named by `field` holds one of `roles` in the team of the one named by `of`, in post on the record's date. */
  z.strictObject({ test: z.literal("roleInTeamOf"), field: z.string(), of: z.string(), roles: listSpecSchema, label: z.string() }),
  /**
   * Among the staff `field` lists who are in post on the record's date, at least one holds each
   * of `roles` (missing roles are listed); for a team-scoped record, `team-manager` is met by
   * that team's own team manager or family centre team manager. An empty list is not checked.
   */
  z.strictObject({ test: z.literal("attendance"), field: z.string(), roles: listSpecSchema, label: z.string() }),
]);
/** One practice standard a record must meet. */
export type Assertion = z.infer<typeof assertionSchema>;

/** A referral the QAF itself names: who is told, and from which day. */
export const referralSchema = z.strictObject({
  to: z.union([z.string().check(z.minLength(1)), z.strictObject({ body: partyBodySchema })]),
  on: z.string().check(z.minLength(1)),
  /** `always` (default): whenever the obligation exists; `missed`: only once it is overdue. */
  when: z.optional(z.enum(["always", "missed"])),
  reason: z.string(),
});
/** A referral the QAF itself names. */
export type Referral = z.infer<typeof referralSchema>;

/**
 * The footing of one element of a rule: whether the QAF's words say it (`qaf`), the library
 * reads words that admit more than one meaning (`reading`), or the library supplies what the
 * QAF leaves unsaid (`assumption`); for the last two, what it reads or assumes, and the
 * parameters that change it.
 */
export const elementBasisSchema = z.strictObject({
  basis: basisSchema,
  /** What the library reads or assumes, in plain words; required unless the basis is `qaf`. */
  note: z.optional(z.string().check(z.minLength(1))),
  /** The parameters whose values change this element (dotted names). */
  parameters: z.optional(z.array(z.string().check(z.minLength(1)))),
});
/** The footing of one element of a rule. */
export type ElementBasis = z.infer<typeof elementBasisSchema>;

/** The elements of a rule that each have a footing of their own. */
export const RULE_ELEMENTS = ["subjects", "due", "fulfilment", "owner", "escalation", "severity"] as const;
/** An element of a rule: who or what it ranges over, its timing, what counts as done, who acts, who is told, and how grave a miss is. */
export type RuleElement = (typeof RULE_ELEMENTS)[number];

/**
 * A rule's footing, element by element: `subjects` (who or what it ranges over), `due` (its
 * timing), `fulfilment` (what counts as done), `owner` (who must act), `escalation` (its
 * referral and its ladder) and `severity` (the library's own grading: the QAF grades nothing).
 */
export const ruleBasisSchema = z.strictObject({
  subjects: elementBasisSchema,
  due: elementBasisSchema,
  fulfilment: elementBasisSchema,
  owner: elementBasisSchema,
  escalation: elementBasisSchema,
  severity: elementBasisSchema,
});
/** A rule's footing, element by element. */
export type RuleBasis = z.infer<typeof ruleBasisSchema>;

/**
 * How far a rule's active breaches climb: `climb`, up the line to the EHIVC management team
 * (deadlines, chains, cadences and targets); `first-rung`, to the owner's line manager and no
 * further (checks: a defect in a record already made); `none`, never (permissive wording,
 * "usually").
 */
export const ladderSchema = z.enum(["climb", "first-rung", "none"]);
/** How far a rule's active breaches climb. */
export type Ladder = z.infer<typeof ladderSchema>;

const periodKindSchema = z.enum(["week", "month", "two-month", "quarter", "half", "year"]);

const baseRule = {
  id: z.string().check(z.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, "must be a dotted rule id such as audit.qisp")),
  section: z.string().check(z.minLength(1)),
  quote: z.string().check(z.minLength(1)),
  owner: z.string().check(z.minLength(1)),
  severity: severitySchema,
  referral: z.optional(referralSchema),
  /** The days the rule is in force (both inclusive; either end open): it only produces obligations decided inside them. */
  effective: z.optional(z.strictObject({ from: z.optional(isoDateSchema), to: z.optional(isoDateSchema) })),
  /** Whether the rule runs at all (default true). A suggested rule ships switched off. */
  enabled: z.optional(z.boolean()),
  /** How far its active breaches climb; default `first-rung` for a check, `climb` otherwise. */
  ladder: z.optional(ladderSchema),
  /**
   * Its footing in the QAF, element by element. Every rule of the default policy declares
   * one; a council's own rule without one rests on assumptions throughout.
   */
  basis: z.optional(ruleBasisSchema),
};

/** The parts of a rule over a subject source's subjects: the source, and which of its subjects the rule applies to. */
const sourcedRule = {
  ...baseRule,
  subject: z.string().check(z.minLength(1)),
  when: z.optional(conditionSchema),
};

/** Refused where a rule lists its own subjects (a target, its scopes): the message says what to do. */
const notForTargets = (what: string) =>
  z.optional(z.never({ error: `a target lists its own subjects (its scopes), so it takes no ${what}: remove it` }));

/** When X happens, Y within N days. */
export const deadlineRuleSchema = z.strictObject({
  ...sourcedRule,
  kind: z.literal("deadline"),
  due: dueSchema,
  fulfilment: z.string().check(z.minLength(1)),
  /** A date of the subject on which the obligation stops applying: unmet then, and due later, it is excused. */
  endsOn: z.optional(dateRefSchema),
  message: z.string().check(z.minLength(1)),
});

/** Every N days or months since the last one (or since an anchor). */
export const chainRuleSchema = z.strictObject({
  ...sourcedRule,
  kind: z.literal("deadline-chain"),
  start: z.optional(z.strictObject({ date: dateRefSchema, plusMonths: z.optional(monthsSpec) })),
  interval: z.union([z.strictObject({ days: bounded(positiveDaysSchema) }), z.strictObject({ months: bounded(positiveMonthsSchema) })]),
  events: evidenceSpecSchema,
  pauseDuringAbsence: z.optional(z.union([z.boolean(), paramRefSchema])),
  endsOn: z.optional(dateRefSchema),
  message: z.string().check(z.minLength(1)),
});

/** At least n per period. */
export const cadenceRuleSchema = z.strictObject({
  ...sourcedRule,
  kind: z.literal("cadence"),
  period: periodKindSchema,
  required: z.optional(bounded(perYearSchema)),
  perYear: z.optional(bounded(perYearSchema)),
  evidence: evidenceSpecSchema,
  dueMonthsAfterPeriod: z.optional(monthsSpec),
  contentCheck: z.optional(z.strictObject({ assertions: z.array(assertionSchema).check(z.minLength(1)), message: z.string() })),
  message: z.string().check(z.minLength(1)),
});

/** A ratio per period, per scope. */
export const targetRuleSchema = z.strictObject({
  ...baseRule,
  subject: notForTargets("subject"),
  when: notForTargets("when condition"),
  kind: z.literal("target"),
  period: periodKindSchema,
  measure: z.string().check(z.minLength(1)),
  scopes: listSpecSchema,
  rate: bounded(rateSchema),
  graceDays: daysSpec,
  message: z.string().check(z.minLength(1)),
});

/** A record is well-formed against practice standards. */
export const checkRuleSchema = z.strictObject({
  ...sourcedRule,
  kind: z.literal("check"),
  date: dateRefSchema,
  assertions: z.array(assertionSchema).check(z.minLength(1)),
  message: z.string().check(z.minLength(1)),
});

/** One rule of the QAF as plain, JSON-serialisable data. */
export const ruleDefinitionSchema = z.discriminatedUnion("kind", [
  deadlineRuleSchema, chainRuleSchema, cadenceRuleSchema, targetRuleSchema, checkRuleSchema,
]);
/** One rule of the QAF as plain, JSON-serialisable data. */
export type RuleDefinition = z.infer<typeof ruleDefinitionSchema>;
/** A rule definition of one kind. */
export type RuleOfKind<K extends RuleDefinition["kind"]> = Extract<RuleDefinition, { kind: K }>;
