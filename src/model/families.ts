import * as z from "zod/mini";
import { notBefore, requireWhen, requireWith, withChecks } from "./checks";
import { idSchema, recordDateSchema as isoDateSchema } from "./primitives";

/** A child of a family; child ids are unique across the whole dataset. */
export const childSchema = z.object({
  id: idSchema,
  dateOfBirth: isoDateSchema,
  /** Whether the child is a young carer (optional, default `false`). */
  youngCarer: z._default(z.boolean(), false),
});
/** A child of a family. */
export type Child = z.output<typeof childSchema>;

/** Why a case closed. */
export const closureReasonSchema = z.enum(["closed", "step-up", "step-down", "transfer", "other"]);

/**
 * A family's case; its id is the family's URN. `closureReason` is required with
 * `closedOn`, and `closedOn` must not be before `openedOn`.
 */
export const caseSchema = withChecks(
  z.object({
    /** The family's URN (unique reference number). */
    id: idSchema,
    teamId: idSchema,
    keyWorkerId: idSchema,
    openedOn: isoDateSchema,
    closedOn: z.optional(isoDateSchema),
    closureReason: z.optional(closureReasonSchema),
    /** When neglect of the children was identified (optional). */
    neglectIdentifiedOn: z.optional(isoDateSchema),
    children: z.array(childSchema),
  }),
  (r, report) => {
    requireWith(r, report, "closedOn", "closureReason");
    notBefore(r, report, "openedOn", "closedOn");
  },
);
/** A family's case. */
export type Case = z.output<typeof caseSchema>;

/** The survey forms: parents and carers, young people (secondary age), children (primary age). */
export const surveyInstrumentSchema = z.enum(["parent-carer", "young-person", "child"]);

/** A case closure satisfaction survey; `childId` is required for young-person and child surveys. */
export const surveySchema = withChecks(
  z.object({
    id: idSchema,
    caseId: idSchema,
    instrument: surveyInstrumentSchema,
    childId: z.optional(idSchema),
    offeredOn: isoDateSchema,
    completedOn: z.optional(isoDateSchema),
    declinedOn: z.optional(isoDateSchema),
  }),
  (r, report) =>
    requireWhen(
      r,
      report,
      "childId",
      r.instrument === "young-person" || r.instrument === "child",
      "young-person and child surveys",
    ),
);
/** A case closure satisfaction survey. */
export type Survey = z.output<typeof surveySchema>;

/** An assessment of a young carer's needs, of a child in the case. */
export const youngCarerAssessmentSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  childId: idSchema,
  assessedOn: isoDateSchema,
  youngCarerInvolved: z.boolean(),
  parentInvolved: z.boolean(),
});
/** An assessment of a young carer's needs. */
export type YoungCarerAssessment = z.output<typeof youngCarerAssessmentSchema>;

/** A complaint, a compliment or a letter from an MP about a team. */
export const representationSchema = z.object({
  id: idSchema,
  kind: z.enum(["complaint", "compliment", "mp-letter"]),
  receivedOn: isoDateSchema,
  teamId: idSchema,
});
/** A complaint, a compliment or a letter from an MP. */
export type Representation = z.output<typeof representationSchema>;
