import * as z from "zod/mini";
import { notBefore, withChecks } from "./checks";
import { idSchema, recordDateSchema as isoDateSchema } from "./primitives";

/**
 * Kinds of meeting and event in the QAF's governance table. A `locality-management` meeting
 * (an area's management meeting), like a `case-clinic`, may list the cases it discussed.
 */
export const meetingKindSchema = z.enum([
  "quality-performance-clinic", "case-clinic", "locality-management", "locality-management-oversight",
  "team-briefing", "group-learning", "optf-development-day",
  "practitioner-development-day", "ehivc-management-team", "practice-week",
]);
/** A kind of meeting or event. */
export type MeetingKind = z.output<typeof meetingKindSchema>;

/** Whom a meeting is for: the whole service (no id), or one area, team or staff member. */
export const meetingScopeSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("service") }),
  z.object({ type: z.enum(["area", "team", "staff"]), id: idSchema }),
]);
/** Whom a meeting is for. */
export type MeetingScope = z.output<typeof meetingScopeSchema>;

/** A meeting or event; `endsOn` (optional) for multi-day events must not be before `heldOn`. */
export const meetingSchema = withChecks(
  z.object({
    id: idSchema,
    kind: meetingKindSchema,
    heldOn: isoDateSchema,
    endsOn: z.optional(isoDateSchema),
    scope: meetingScopeSchema,
    /** Staff who attended (optional, default none). */
    attendeeIds: z._default(z.array(idSchema), []),
    /** Cases discussed, for case clinics and locality management meetings (optional, default none). */
    caseIds: z._default(z.array(idSchema), []),
  }),
  (r, report) => notBefore(r, report, "heldOn", "endsOn"),
);
/** A meeting or event. */
export type Meeting = z.output<typeof meetingSchema>;

/** Kinds of report the QAF requires. */
export const reportKindSchema = z.enum([
  "service-improvement", "stronger-families-progress", "population-outcomes", "kpi",
  "survey-results",
]);
/** A kind of report. */
export type ReportKind = z.output<typeof reportKindSchema>;

/** Governance bodies that reports are shared with and escalations reach. */
export const bodySchema = z.enum([
  "ops-management-team", "ehivcmt", "cscqib", "cscmt", "cmt", "mhclg", "ops-smt-emt",
]);
/** A governance body. */
export type Body = z.output<typeof bodySchema>;

/** The topics of the dataset contract a report may cover (other topics are accepted). */
export const REPORT_TOPICS = [
  "audits", "representations", "mp-letters", "surveys", "qic-topics", "iic-membership",
] as const;

/** A published report for a period; the period's `to` must not be before its `from`. */
export const reportSchema = withChecks(
  z.object({
    id: idSchema,
    kind: reportKindSchema,
    period: z.object({ from: isoDateSchema, to: isoDateSchema }),
    publishedOn: isoDateSchema,
    /** Bodies it was shared with (may be empty). */
    sharedWith: z.array(bodySchema),
    /** Topics covered (optional, default none); see {@link REPORT_TOPICS}. */
    covers: z._default(z.array(z.string()), []),
  }),
  (r, report) => {
    const period = r.period;
    if (typeof period === "object" && period !== null) {
      notBefore(period as Record<string, unknown>, report, "from", "to", ["period"]);
    }
  },
);
/** A published report. */
export type Report = z.output<typeof reportSchema>;

/** A logged oversight activity: a Liquid Logic dashboard review or a BI system access. */
export const oversightSchema = z.object({
  /** Optional record id (an addition to the contract; unique when present). */
  id: z.optional(idSchema),
  staffId: idSchema,
  activity: z.enum(["dashboard-review", "bi-access"]),
  on: isoDateSchema,
});
/** A logged oversight activity. */
export type OversightActivity = z.output<typeof oversightSchema>;

/** A team's Quality Improvement Plan, approved on a date. */
export const qualityImprovementPlanSchema = z.object({
  id: idSchema,
  teamId: idSchema,
  approvedOn: isoDateSchema,
});
/** A team's Quality Improvement Plan. */
export type QualityImprovementPlan = z.output<typeof qualityImprovementPlanSchema>;

/** An area's Investing in Children award. */
export const iicAwardSchema = z.object({
  id: idSchema,
  areaId: idSchema,
  achievedOn: isoDateSchema,
});
/** An area's Investing in Children award. */
export type IicAward = z.output<typeof iicAwardSchema>;

/** A review of the council's Young Carers Charter status. */
export const youngCarersCharterReviewSchema = z.object({
  id: idSchema,
  reviewedOn: isoDateSchema,
});
/** A review of the Young Carers Charter status. */
export type YoungCarersCharterReview = z.output<typeof youngCarersCharterReviewSchema>;
