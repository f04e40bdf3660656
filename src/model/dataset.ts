import * as z from "zod/mini";
import { caseSchema, representationSchema, surveySchema, youngCarerAssessmentSchema } from "./families";
import {
  iicAwardSchema, meetingSchema, oversightSchema, qualityImprovementPlanSchema, reportSchema,
  youngCarersCharterReviewSchema,
} from "./governance";
import { absenceSchema, areaSchema, lineManagementSchema, staffSchema, teamSchema } from "./organisation";
import { auditSchema, observationSchema, pdrSchema, supervisionSchema } from "./practice";

/**
 * The dataset's collections, in the order of the dataset contract. The order is also a
 * dependency order: a record refers only to collections before its own (or to its own,
 * for a staff member's line manager).
 */
export const COLLECTIONS = [
  "areas", "teams", "staff", "absences", "lineManagement",
  "cases", "surveys", "youngCarerAssessments", "representations",
  "supervisions", "pdrs", "observations", "audits",
  "meetings", "reports", "oversight", "qualityImprovementPlans", "iicAwards",
  "youngCarersCharterReviews",
] as const;

/** The name of one collection of the dataset. */
export type CollectionName = (typeof COLLECTIONS)[number];

/** The record schema of each collection. */
export const recordSchemas = {
  areas: areaSchema,
  teams: teamSchema,
  staff: staffSchema,
  absences: absenceSchema,
  lineManagement: lineManagementSchema,
  cases: caseSchema,
  surveys: surveySchema,
  youngCarerAssessments: youngCarerAssessmentSchema,
  representations: representationSchema,
  supervisions: supervisionSchema,
  pdrs: pdrSchema,
  observations: observationSchema,
  audits: auditSchema,
  meetings: meetingSchema,
  reports: reportSchema,
  oversight: oversightSchema,
  qualityImprovementPlans: qualityImprovementPlanSchema,
  iicAwards: iicAwardSchema,
  youngCarersCharterReviews: youngCarersCharterReviewSchema,
} as const satisfies Record<CollectionName, z.ZodMiniType>;

/** The parsed record type of a collection. */
export type RecordOf<C extends CollectionName> = z.output<(typeof recordSchemas)[C]>;

/**
 * The whole dataset: every collection optional (a missing collection is an empty one),
 * extra fields tolerated. Validating with it rejects the whole input for one bad record;
 * use `parseDataset` to reject record by record. A `zod/mini` schema, as every schema exported:
 * wrap it with zod's functions (`z.optional(datasetSchema)`); it has no classic methods.
 */
export const datasetSchema = z.object({
  areas: z._default(z.array(areaSchema), []),
  teams: z._default(z.array(teamSchema), []),
  staff: z._default(z.array(staffSchema), []),
  absences: z._default(z.array(absenceSchema), []),
  lineManagement: z._default(z.array(lineManagementSchema), []),
  cases: z._default(z.array(caseSchema), []),
  surveys: z._default(z.array(surveySchema), []),
  youngCarerAssessments: z._default(z.array(youngCarerAssessmentSchema), []),
  representations: z._default(z.array(representationSchema), []),
  supervisions: z._default(z.array(supervisionSchema), []),
  pdrs: z._default(z.array(pdrSchema), []),
  observations: z._default(z.array(observationSchema), []),
  audits: z._default(z.array(auditSchema), []),
  meetings: z._default(z.array(meetingSchema), []),
  reports: z._default(z.array(reportSchema), []),
  oversight: z._default(z.array(oversightSchema), []),
  qualityImprovementPlans: z._default(z.array(qualityImprovementPlanSchema), []),
  iicAwards: z._default(z.array(iicAwardSchema), []),
  youngCarersCharterReviews: z._default(z.array(youngCarersCharterReviewSchema), []),
});

/** A parsed dataset: every collection present, every record valid and its references resolved. */
export type Dataset = z.output<typeof datasetSchema>;

/** A dataset as it may be written: every collection optional. */
export type DatasetInput = z.input<typeof datasetSchema>;
