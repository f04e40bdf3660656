import * as z from "zod/mini";
import { coercionSchema, type Coercion } from "./coercions";
import type { CollectionCount, Rejection } from "./parse-dataset";

/** The kinds of thing an obligation, breach or escalation can be about. */
export const subjectTypeSchema = z.enum([
  "staff", "team", "area", "service", "case", "child", "audit", "action",
  "supervision", "pdr", "observation", "assessment", "report", "meeting",
]);
/** The kinds of thing an obligation, breach or escalation can be about. */
export type SubjectType = z.infer<typeof subjectTypeSchema>;

/** What a result is about: `{ type: "service", id: "service" }` for the whole service. */
export const subjectSchema = z.object({ type: subjectTypeSchema, id: z.string() });
/** What a result is about: the record (or the team, area or whole service) the rule was applied to. */
export interface Subject {
  /** The kind of thing: `staff`, `case`, `audit`, `team`, `service`... */
  type: SubjectType;
  /** Its id in the dataset (`"service"` for the whole service); a team's or area's id for those. */
  id: string;
}

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
export const partySchema: z.ZodMiniType<Party> = z.object({
  staffId: z.optional(z.string()),
  role: z.optional(partyRoleSchema),
  body: z.optional(partyBodySchema),
  get named() {
    return z.optional(partySchema);
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
  team: z.optional(z.string()),
  /** The area's id. */
  area: z.optional(z.string()),
};

/** The QAF's own words behind a result. */
export const sourceSchema = z.object({ section: z.string(), quote: z.string() });
/** The QAF's own words behind a result. */
export interface Source {
  /** The QAF's section, as headed in the document ("Supervision", "Audits"...). */
  section: string;
  /** The sentence of that section the rule encodes, word for word. */
  quote: string;
}

/** An inclusive span of days. */
export interface Span {
  /** Its first day, `YYYY-MM-DD`. */
  from: string;
  /** Its last day, `YYYY-MM-DD` (included). */
  to: string;
}

/** What every result says of its footing in the QAF. */
export interface Footed {
  /** The weakest basis among the rule's elements that decide whether and when the result exists (see {@link Basis}). */
  basis: Basis;
  /** The parameters (or, where none governs one, the rule's elements) behind each reading or assumption it rests on; empty when `basis` is `qaf`. */
  assumptions: string[];
}

/**
 * Where a result belongs: the id of its team and of that team's area, from its subject's
 * record (a staff member's team, a case's, a child's case's, an audit's worker's, ...), else
 * its owner's. Absent where the data places it in no team (the service as a whole); `area`
 * alone for an area or an operations manager's locality.
 */
export interface Placed {
  /** The team's id. */
  team?: string;
  /** The area's id. */
  area?: string;
}

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
  period: z.optional(spanSchema),
  dueBy: z.nullable(z.string()),
  status: obligationStatusSchema,
  metOn: z.optional(z.string()),
  evidence: z.array(z.string()),
  progress: z.optional(z.object({ done: z.number(), required: z.number() })),
  source: sourceSchema,
  ...footing,
});
/** Who must do what, by when, and whether it was done: one rule applied to one subject (for one period, or one step of a chain). */
export interface Obligation extends Footed, Placed {
  /** Stable id: `ruleId/subjectType:subjectId`, then the period or step when the rule owes more than one (`supervision.frequency/staff:s1/2024-Q3`). */
  id: string;
  /** The rule that owes it (a {@link RuleId} of the default policy, or a council's own rule). */
  ruleId: string;
  /** What it is about: the record it is owed for (a staff member, a case, an audit), or the team, area or service. */
  subject: Subject;
  /** Who must do it: the person (or role, or body) the rule names for that subject, which may differ from the subject (an audit's auditor, a case's key worker, a supervisee's line manager). */
  owner: Party;
  /** The period it is owed for (a quarter of supervisions, a week of oversight), for rules that owe once per period. */
  period?: Span;
  /** The last day it can be met on time, `YYYY-MM-DD`; `null` when the rule sets no day (a check on a record as it is). */
  dueBy: string | null;
  /** Its status on `asOf`: `open` (not yet due), `met`, `met-late`, `overdue` (due, not met) or `excused` (its subject stopped before it fell due). */
  status: ObligationStatus;
  /** The day it was met (`YYYY-MM-DD`), when met on time or late. */
  metOn?: string;
  /** The ids of the records that met it (or count towards it), sorted. */
  evidence: string[];
  /** For a rule that counts (six supervisions a year, a 10% survey rate): how many are done, and how many it requires. */
  progress?: {
    /** How many count so far. */
    done: number;
    /** How many it requires. */
    required: number;
  };
  /** The QAF's words it comes from. */
  source: Source;
}

/** What was missed or done wrong. */
export const breachSchema = z.object({
  id: z.string(),
  ruleId: z.string(),
  obligationId: z.optional(z.string()),
  subject: subjectSchema,
  owner: partySchema,
  ...place,
  severity: severitySchema,
  since: z.string(),
  /** `lapsed`: its subject stopped (left, closed) before anyone met it; it is settled and never escalates. */
  status: z.enum(["active", "resolved", "lapsed"]),
  resolvedOn: z.optional(z.string()),
  /** The day it lapsed: the later of the day its subject stopped and `since`. */
  lapsedOn: z.optional(z.string()),
  message: z.string(),
  details: z.record(z.string(), z.unknown()),
  source: sourceSchema,
  ...footing,
});
/** What was missed or done wrong: an obligation overdue (or met late), or a record that fails a check. */
export interface Breach extends Footed, Placed {
  /** Stable id: its obligation's id and `#breach`. */
  id: string;
  /** The rule breached. */
  ruleId: string;
  /** The obligation missed, when it comes from one. */
  obligationId?: string;
  /** What it is about, as its obligation's subject. */
  subject: Subject;
  /** Who must put it right: the obligation's owner. Escalations climb the line from them. */
  owner: Party;
  /** How serious, by the library's grading (the QAF grades nothing). */
  severity: Severity;
  /** The first day it was in breach, `YYYY-MM-DD`: the day after the obligation was due. Breaches are sorted by it. */
  since: string;
  /**
   * `active`: still in breach on `asOf`; `resolved`: met late, on `resolvedOn`; `lapsed`: its
   * subject stopped (left, closed) before anyone met it; it is settled and never escalates.
   */
  status: "active" | "resolved" | "lapsed";
  /** The day it was put right, when `resolved` (the obligation's `metOn`). */
  resolvedOn?: string;
  /** The day it lapsed: the later of the day its subject stopped and `since`. */
  lapsedOn?: string;
  /** What happened, in plain English, from the rule's message with its facts filled in. */
  message: string;
  /**
   * The facts behind it, by name, for reports and filters: always `dueBy`; a counting rule's
   * `done` and `required`; and what the rule's kind found (`missing` surveys, the `problem`
   * of a failed check, the day a wait started). Values are JSON: texts, numbers, lists.
   */
  details: Record<string, unknown>;
  /** The QAF's words it comes from. */
  source: Source;
}

/** Who above must now know: a referral the QAF names, or a breach climbing the ladder. */
export const escalationSchema = z.object({
  id: z.string(),
  kind: z.enum(["referral", "breach"]),
  ruleId: z.string(),
  breachId: z.optional(z.string()),
  subject: subjectSchema,
  level: z.number().check(z.int(), z.gte(1)),
  to: partySchema,
  raisedOn: z.string(),
  reason: z.string(),
  ...footing,
});
/** Who above must now know: a referral the QAF names, or an active breach climbing the line. */
export interface Escalation extends Footed {
  /** Stable id: the breach's id and `#escalation`, or the obligation's id and `#referral`. */
  id: string;
  /** `referral`: the QAF names who is told (a report to a body); `breach`: an active breach climbing the owner's line. */
  kind: "referral" | "breach";
  /** The rule behind it. */
  ruleId: string;
  /** The breach climbing, for `kind: "breach"`. */
  breachId?: string;
  /** What it is about, as the breach's or obligation's subject. */
  subject: Subject;
  /** The rung reached on `asOf`: 1 the owner's manager, 2 and 3 further up (after `escalation.levelAfterWorkingDays`); 1 for a referral. */
  level: number;
  /** Who must now know: a person up the owner's line, or the body the QAF names. */
  to: Party;
  /** The day it reached this rung (or the referral was raised), `YYYY-MM-DD`. */
  raisedOn: string;
  /** Why, in plain English. */
  reason: string;
}

/** A record that was not evaluated, with every problem found and where. */
export const rejectionSchema = z.object({
  collection: z.string(),
  index: z.number(),
  id: z.optional(z.string()),
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
  policy: z.object({ id: z.string(), version: z.string(), digest: z.optional(z.string()) }),
  obligations: z.array(obligationSchema),
  breaches: z.array(breachSchema),
  escalations: z.array(escalationSchema),
  rejected: z.array(rejectionSchema),
  counts: z.record(z.string(), collectionCountSchema),
  /** Values read forgivingly (`null` as absent, a timestamp as its day...), counted. Evaluations written before this existed have none. */
  coercions: z.optional(z.array(coercionSchema)),
});
/** The result of an evaluation: everything found in the window `[window.from, asOf]`. */
export interface Evaluation {
  /** The day evaluated as of, `YYYY-MM-DD`: statuses are as on that day. */
  asOf: string;
  /** The days reported: from `from` (default: the start of the financial year of `asOf`) to `asOf`. */
  window: Span;
  /**
   * The policy evaluated with: its id and version, and a digest of its calendar, parameters and
   * rules (switches included), so that two evaluations can be told apart when only a parameter
   * differs. Evaluations written before the digest existed have none.
   */
  policy: {
    /** The policy's id (`durham-optfs-qaf` for the default). */
    id: string;
    /** The policy's version. */
    version: string;
    /** A digest of what decides results: `policyDigest` of the policy. */
    digest?: string;
  };
  /** Every obligation reported, sorted by `dueBy`, then rule id, then subject id. */
  obligations: Obligation[];
  /** Every breach reported (active, resolved or lapsed), sorted by `since`, then rule id, then subject id. */
  breaches: Breach[];
  /** Every escalation raised in the window. */
  escalations: Escalation[];
  /** Every record refused, with where and why: none is dropped silently. */
  rejected: Rejection[];
  /** Per collection name: records received, evaluated and rejected. */
  counts: Record<string, CollectionCount>;
  /** Values read forgivingly (`null` as absent, a timestamp as its day...), counted. Evaluations written before this existed have none. */
  coercions?: Coercion[];
}
