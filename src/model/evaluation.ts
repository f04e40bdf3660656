import * as z from "zod";
import { coercionSchema } from "./coercions";

/** The kinds of thing an obligation, breach or escalation can be about. */
export const subjectTypeSchema = z.enum([
  "staff", "team", "area", "service", "case", "child", "audit", "action",
  "supervision", "pdr", "observation", "assessment", "report", "meeting",
]);
/** The kinds of thing an obligation, breach or escalation can be about. */
export type SubjectType = z.infer<typeof subjectTypeSchema>;

/** What a result is about: `{ type: "service", id: "service" }` for the whole service. */
export const subjectSchema = z.object({ type: subjectTypeSchema, id: z.string() });
/** What a result is about. */
export type Subject = z.infer<typeof subjectSchema>;

/** A staff role, as in the dataset contract. */
export const partyRoleSchema = z.enum([
  "practitioner", "senior-key-worker", "team-manager", "family-centre-team-manager",
  "operations-manager", "strategic-manager", "quality-improvement-manager",
]);

/** A governance body a report is shared with or a breach escalates to. */
export const partyBodySchema = z.enum([
  "ops-management-team", "ehivcmt", "cscqib", "cscmt", "cmt", "mhclg", "ops-smt-emt",
]);

/** Who must act, or who must now know: a named person where the organisation data has one. */
export interface Party {
  /** The person, by their staff id. */
  staffId?: string;
  /** Their role (or, with no one to name, the role that should act). */
  role?: z.infer<typeof partyRoleSchema>;
  /** A governance body, where the QAF names one. */
  body?: z.infer<typeof partyBodySchema>;
  /**
   * The person the rule named, when they were not in post on `asOf` (left, or not yet
   * started): the party itself is then the first active person up their line.
   */
  named?: Party;
}
/** Who must act, or who must now know: a named person where the organisation data has one. */
export const partySchema: z.ZodType<Party> = z.object({
  staffId: z.string().optional(),
  role: partyRoleSchema.optional(),
  body: partyBodySchema.optional(),
  get named() {
    return partySchema.optional();
  },
});

/**
 * How firmly something rests on the QAF: `qaf`, its own words say it; `reading`, its words
 * admit more than one meaning and the library takes one; `assumption`, it is silent and the
 * library supplies a value so that the rule can run.
 */
export const basisSchema = z.enum(["qaf", "reading", "assumption"]);
/** How firmly something rests on the QAF's words. */
export type Basis = z.infer<typeof basisSchema>;

/** What every result says of its footing: its weakest basis, and the choices behind it. */
const footing = {
  /** The weakest basis among the rule's elements that decide whether and when the result exists. */
  basis: basisSchema,
  /** The parameters (or, where none governs one, the rule's elements) behind each reading or assumption it rests on. */
  assumptions: z.array(z.string()),
};

/**
 * Where a result belongs: the id of its team and of that team's area, from its subject's
 * record (a staff member's team, a case's, a child's case's, an audit's worker's, ...), else
 * its owner's. Absent where the data places it in no team (the service as a whole); `area`
 * alone for an area or an operations manager's locality. Evaluations written before these
 * existed have neither.
 */
const place = {
  /** The team's id. */
  team: z.string().optional(),
  /** The area's id. */
  area: z.string().optional(),
};

/** The QAF's own words behind a result. */
export const sourceSchema = z.object({ section: z.string(), quote: z.string() });
/** The QAF's own words behind a result. */
export type Source = z.infer<typeof sourceSchema>;

/** An inclusive span of days, `YYYY-MM-DD`. */
export const spanSchema = z.object({ from: z.string(), to: z.string() });

/** Status of an obligation on the evaluation's `asOf` day. */
export const obligationStatusSchema = z.enum(["open", "met", "met-late", "overdue", "excused"]);
/** Status of an obligation on the evaluation's `asOf` day. */
export type ObligationStatus = z.infer<typeof obligationStatusSchema>;

/** Severity of a breach, from the rule catalogue. */
export const severitySchema = z.enum(["high", "medium", "low"]);
/** Severity of a breach. */
export type Severity = z.infer<typeof severitySchema>;

/** Who must do what, by when, and whether it was done. */
export const obligationSchema = z.object({
  id: z.string(),
  ruleId: z.string(),
  subject: subjectSchema,
  owner: partySchema,
  ...place,
  period: spanSchema.optional(),
  dueBy: z.string().nullable(),
  status: obligationStatusSchema,
  metOn: z.string().optional(),
  evidence: z.array(z.string()),
  progress: z.object({ done: z.number(), required: z.number() }).optional(),
  source: sourceSchema,
  ...footing,
});
/** Who must do what, by when, and whether it was done. */
export type Obligation = z.infer<typeof obligationSchema>;

/** What was missed or done wrong. */
export const breachSchema = z.object({
  id: z.string(),
  ruleId: z.string(),
  obligationId: z.string().optional(),
  subject: subjectSchema,
  owner: partySchema,
  ...place,
  severity: severitySchema,
  since: z.string(),
  /** `lapsed`: its subject stopped (left, closed) before anyone met it; it is settled and never escalates. */
  status: z.enum(["active", "resolved", "lapsed"]),
  resolvedOn: z.string().optional(),
  /** The day it lapsed: the later of the day its subject stopped and `since`. */
  lapsedOn: z.string().optional(),
  message: z.string(),
  details: z.record(z.string(), z.unknown()),
  source: sourceSchema,
  ...footing,
});
/** What was missed or done wrong. */
export type Breach = z.infer<typeof breachSchema>;

/** Who above must now know: a referral the QAF names, or a breach climbing the ladder. */
export const escalationSchema = z.object({
  id: z.string(),
  kind: z.enum(["referral", "breach"]),
  ruleId: z.string(),
  breachId: z.string().optional(),
  subject: subjectSchema,
  level: z.number().int().min(1),
  to: partySchema,
  raisedOn: z.string(),
  reason: z.string(),
  ...footing,
});
/** Who above must now know. */
export type Escalation = z.infer<typeof escalationSchema>;

/** A record that was not evaluated, with every problem found and where. */
export const rejectionSchema = z.object({
  collection: z.string(),
  index: z.number(),
  id: z.string().optional(),
  issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })),
});

/** Per collection: records received, evaluated and rejected (received = evaluated + rejected). */
export const collectionCountSchema = z.object({
  received: z.number(),
  evaluated: z.number(),
  rejected: z.number(),
});

/** The result of {@link evaluate}: everything one evaluation found. */
export const evaluationSchema = z.object({
  asOf: z.string(),
  window: spanSchema,
  /**
   * The policy evaluated with: its id and version, and a digest of its calendar, parameters and
   * rules (switches included), so that two evaluations can be told apart when only a parameter
   * differs. Evaluations written before the digest existed have none.
   */
  policy: z.object({ id: z.string(), version: z.string(), digest: z.string().optional() }),
  obligations: z.array(obligationSchema),
  breaches: z.array(breachSchema),
  escalations: z.array(escalationSchema),
  rejected: z.array(rejectionSchema),
  counts: z.record(z.string(), collectionCountSchema),
  /** Values read forgivingly (`null` as absent, a timestamp as its day...), counted. Evaluations written before this existed have none. */
  coercions: z.array(coercionSchema).optional(),
});
/** The result of an evaluation. */
export type Evaluation = z.infer<typeof evaluationSchema>;
