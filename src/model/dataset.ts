import * as z from "zod";
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
} as const satisfies Record<CollectionName, z.ZodType>;

/** The parsed record type of a collection. */
export type RecordOf<C extends CollectionName> = z.output<(typeof recordSchemas)[C]>;

/**
 * The whole dataset: every collection optional (a missing collection is an empty one),
 * extra fields tolerated. Validating with it rejects the whole input for one bad record;
 * use `parseDataset` to reject record by record.
 */
export const datasetSchema = z.object({
  areas: z.array(areaSchema).default([]),
  teams: z.array(teamSchema).default([]),
  staff: z.array(staffSchema).default([]),
  absences: z.array(absenceSchema).default([]),
  lineManagement: z.array(lineManagementSchema).default([]),
  cases: z.array(caseSchema).default([]),
  surveys: z.array(surveySchema).default([]),
  youngCarerAssessments: z.array(youngCarerAssessmentSchema).default([]),
  representations: z.array(representationSchema).default([]),
  supervisions: z.array(supervisionSchema).default([]),
  pdrs: z.array(pdrSchema).default([]),
  observations: z.array(observationSchema).default([]),
  audits: z.array(auditSchema).default([]),
  meetings: z.array(meetingSchema).default([]),
  reports: z.array(reportSchema).default([]),
  oversight: z.array(oversightSchema).default([]),
  qualityImprovementPlans: z.array(qualityImprovementPlanSchema).default([]),
  iicAwards: z.array(iicAwardSchema).default([]),
  youngCarersCharterReviews: z.array(youngCarersCharterReviewSchema).default([]),
});

/** A parsed dataset: every collection present, every record valid and its references resolved. */
export type Dataset = z.output<typeof datasetSchema>;

/** A dataset as it may be written: every collection optional. */
export type DatasetInput = z.input<typeof datasetSchema>;
