/**
 * The dataset model: zod schemas of every record kind, their inferred types, the dataset,
 * record-by-record parsing and the JSON Schema export. The schemas are `zod/mini` schemas:
 * `z.optional(caseSchema)`, not `caseSchema.optional()`.
 *
 * @packageDocumentation
 */
export { idSchema, isoDateSchema, isRealIsoDate, recordDateSchema } from "./primitives";
export { readDate } from "./read-date";
export type { DateForm, ReadDate } from "./read-date";
export { COERCION_KINDS, coercionSchema } from "./coercions";
export type { Coercion, CoercionKind } from "./coercions";
export {
  absenceSchema, areaSchema, contractSchema, lineManagementSchema, roleSchema, staffSchema, teamSchema,
  teamTypeSchema,
} from "./organisation";
export type { Absence, Area, Contract, LineManagement, Role, Staff, Team, TeamType } from "./organisation";
export {
  caseSchema, childSchema, closureReasonSchema, representationSchema, surveyInstrumentSchema,
  surveySchema, youngCarerAssessmentSchema,
} from "./families";
export type { Case, Child, Representation, Survey, YoungCarerAssessment } from "./families";
export {
  PDR_TOPICS, SUPERVISION_AGENDA_ITEMS, auditActionSchema, auditSchema, observationSchema,
  pdrSchema, supervisionSchema,
} from "./practice";
export type { Audit, AuditAction, Observation, Pdr, Supervision } from "./practice";
export {
  REPORT_TOPICS, bodySchema, iicAwardSchema, meetingKindSchema, meetingSchema,
  meetingScopeSchema, oversightSchema, qualityImprovementPlanSchema, reportKindSchema,
  reportSchema, youngCarersCharterReviewSchema,
} from "./governance";
export type {
  Body, IicAward, Meeting, MeetingKind, MeetingScope, OversightActivity, QualityImprovementPlan,
  Report, ReportKind, YoungCarersCharterReview,
} from "./governance";
export { COLLECTIONS, datasetSchema, recordSchemas } from "./dataset";
export type { CollectionName, Dataset, DatasetInput, RecordOf } from "./dataset";
export { defineDataset } from "./define-dataset";
export type { DatasetArgument } from "./define-dataset";
export { parseDataset } from "./parse-dataset";
export type { CollectionCount, ParsedDataset, Rejection } from "./parse-dataset";
export { qafErrorMap, zodEnglish } from "./messages";
export { datasetJsonSchema } from "./json-schema";
