import * as z from "zod/mini";
import { requireWhen, requireWith, withChecks } from "./checks";
import { idSchema, recordDateSchema as isoDateSchema } from "./primitives";

/** The ten supervision agenda items of the dataset contract (other items are accepted). */
export const SUPERVISION_AGENDA_ITEMS = [
  "actions-progress", "wellbeing", "working-well", "worries", "personal-impact-families",
  "development-impact", "development-needs", "proud-of", "job-satisfaction", "disagreements",
] as const;

/** The PDR topics of the dataset contract (other topics are accepted). */
export const PDR_TOPICS = [
  "objectives", "audit-development-needs", "observation-development-needs",
  "development-pathway", "open-values",
] as const;

/** A supervision session. `personalImpactUrns` holds URNs only, never names. */
export const supervisionSchema = z.object({
  id: idSchema,
  superviseeId: idSchema,
  supervisorId: idSchema,
  heldOn: isoDateSchema,
  /** Agenda items covered (may be empty); see {@link SUPERVISION_AGENDA_ITEMS}. */
  agenda: z.array(z.string()),
  reflection: z.boolean(),
  /** URNs of families having a personal impact on the supervisee (may be empty). */
  personalImpactUrns: z.array(idSchema),
  /** Job satisfaction on a 0-10 scale (optional). */
  jobSatisfaction: z.optional(z.int().check(z.gte(0), z.lte(10))),
});
/** A supervision session. */
export type Supervision = z.output<typeof supervisionSchema>;

/** A Personal Development Review (PDR). */
export const pdrSchema = z.object({
  id: idSchema,
  staffId: idSchema,
  reviewerId: idSchema,
  heldOn: isoDateSchema,
  /** Topics covered; see {@link PDR_TOPICS}. */
  covered: z.array(z.string()),
  preparedByManager: z.boolean(),
  preparedByWorker: z.boolean(),
});
/** A Personal Development Review (PDR). */
export type Pdr = z.output<typeof pdrSchema>;

/** An observation of a practitioner's practice. */
export const observationSchema = z.object({
  id: idSchema,
  practitionerId: idSchema,
  observerId: idSchema,
  observedOn: isoDateSchema,
  plannedInAdvance: z.boolean(),
  /** Service user consent: `not-secured` is a failure. */
  consent: z.enum(["secured", "not-required", "not-secured"]),
  templateUsed: z.boolean(),
  recorded: z.boolean(),
});
/** An observation of a practitioner's practice. */
export type Observation = z.output<typeof observationSchema>;

/** An action arising from an audit, owned by a staff member. */
export const auditActionSchema = z.object({
  id: idSchema,
  ownerId: idSchema,
  dueOn: isoDateSchema,
  completedOn: z.optional(isoDateSchema),
});
/** An action arising from an audit. */
export type AuditAction = z.output<typeof auditActionSchema>;

/**
 * An audit. Case and thematic audits need `caseId`, `grade` and `recordedOnCaseFile`;
 * supervision audits need `supervisionId`. `moderatorId` goes with `moderatedOn`,
 * `qispSentToId` with `qispSentOn`.
 */
export const auditSchema = withChecks(
  z.object({
    id: idSchema,
    kind: z.enum(["case", "thematic", "supervision"]),
    auditorId: idSchema,
    /** Whose work was audited. */
    workerId: idSchema,
    caseId: z.optional(idSchema),
    supervisionId: z.optional(idSchema),
    completedOn: isoDateSchema,
    /** Grade 1-10, 1 the lowest. */
    grade: z.optional(z.int().check(z.gte(1), z.lte(10))),
    /** Required for case and thematic audits; absent means not stated. */
    recordedOnCaseFile: z.optional(z.boolean()),
    feedbackMeetingOn: z.optional(isoDateSchema),
    faceToFaceFeedback: z._default(z.boolean(), false),
    /** When a Quality Improvement Support Plan was sent, and to whom. */
    qispSentOn: z.optional(isoDateSchema),
    qispSentToId: z.optional(idSchema),
    moderatedOn: z.optional(isoDateSchema),
    moderatorId: z.optional(idSchema),
    /** Submitted on the case system. */
    submittedOn: z.optional(isoDateSchema),
    actions: z._default(z.array(auditActionSchema), []),
  }),
  (r, report) => {
    const onCase = r.kind === "case" || r.kind === "thematic";
    const which = "case and thematic audits";
    requireWhen(r, report, "caseId", onCase, which);
    requireWhen(r, report, "grade", onCase, which);
    requireWhen(r, report, "recordedOnCaseFile", onCase, which);
    requireWhen(r, report, "supervisionId", r.kind === "supervision", "supervision audits");
    requireWith(r, report, "moderatedOn", "moderatorId");
    requireWith(r, report, "qispSentOn", "qispSentToId");
  },
);
/** An audit of a worker's case, theme or supervision. */
export type Audit = z.output<typeof auditSchema>;
