import * as z from "zod/mini";
import { isoDateSchema } from "../model/primitives";
import { meetingKindSchema } from "../model/governance";
import { roleSchema } from "../model/organisation";
import {
  daysSchema as days, gradeSchema as grade, monthsSchema as months, perYearSchema as perYear,
  positiveDaysSchema, positiveMonthsSchema, rateSchema as rate, simplePatternSchema,
} from "../model/bounds";
import { datable } from "./dated";

const byContract = <T extends z.ZodMiniType>(value: T) =>
  z.strictObject({ "full-time": value, "part-time": value });
const ladder = z
  .tuple([positiveDaysSchema, positiveDaysSchema])
  .check(z.refine(([a, b]) => a < b, "the second step must come after the first"));

/** The shapes of the parameters, one value each. `d` makes a parameter datable. */
function shape<D extends boolean>(dated: D) {
  type Maybe<T extends z.ZodMiniType> = D extends true ? ReturnType<typeof datable<T>> : T;
  const d = <T extends z.ZodMiniType>(schema: T): Maybe<T> => (dated ? datable(schema) : schema) as Maybe<T>;
  return {
    audit: z.strictObject({
      qispMaxGrade: d(grade),
      qispWorkingDays: d(days),
      moderationMaxLowGrade: d(grade),
      moderationHighGrades: d(z.array(grade)),
      feedbackWorkingDays: d(days),
      managerAuditsPerQuarter: d(z.nullable(perYear)),
    }),
    supervision: z.strictObject({
      perYear: d(byContract(d(perYear))),
      maxIntervalDays: d(byContract(d(positiveDaysSchema))),
      pauseDuringAbsence: d(z.boolean()),
      agendaItems: d(z.array(z.string().check(z.minLength(1)))),
      urnPattern: d(simplePatternSchema),
    }),
    pdr: z.strictObject({
      intervalMonths: d(positiveMonthsSchema),
      requiredTopics: d(z.array(z.string().check(z.minLength(1)))),
    }),
    observation: z.strictObject({
      intervalMonths: d(positiveMonthsSchema),
      observerRoles: d(z.array(roleSchema)),
    }),
    survey: z.strictObject({
      closureReasons: d(z.array(z.enum(["closed", "step-up", "step-down", "transfer", "other"]))),
      offerWorkingDays: d(days),
      offerPer: d(z.enum(["family", "child"])),
      targetRate: d(rate),
      targetScopes: d(z.array(z.enum(["service", "area", "team"])).check(z.minLength(1))),
      targetCounts: d(z.enum(["families", "surveys"])),
      targetGraceDays: d(days),
      ageBasis: d(z.enum(["school-year", "age-on-date"])),
    }),
    case: z.strictObject({
      reviewAfterMonths: d(z.strictObject({ IFST: d(positiveMonthsSchema), FCT: d(positiveMonthsSchema) })),
      reviewWithinMonths: d(positiveMonthsSchema),
    }),
    "young-carers": z.strictObject({
      assessmentWithinDays: d(z.nullable(days)),
      charterReviewMonths: d(positiveMonthsSchema),
    }),
    reports: z.strictObject({ dueMonthsAfterPeriod: d(months) }),
    quality: z.strictObject({ teamPlanMonths: d(z.nullable(positiveMonthsSchema)) }),
    oversight: z.strictObject({ dashboardRoles: d(z.array(roleSchema)) }),
    governance: z.strictObject({ requiredAttendees: d(z.partialRecord(meetingKindSchema, z.array(roleSchema))) }),
    escalation: z.strictObject({ levelAfterWorkingDays: d(ladder) }),
    /**
     * The council's own closure days, not working days. A plain list (each entry is already a
     * date, so it is never dated); optional, so policy files written before it stay valid.
     */
    calendar: z.optional(z.strictObject({ closureDays: z.array(isoDateSchema) })),
  };
}

/**
 * Schema of the policy parameters, nested by the dots of their names in `docs/rules.md`
 * (`audit.qispMaxGrade` is `{ audit: { qispMaxGrade } }`). Every value is range-checked:
 * day counts are whole numbers up to 3,650, months up to 120, grades 1 to 10, rates 0 to 1.
 * A value may be dated, `[{ from: "2025-04-01", value: 0.15 }, ...]`: each obligation then
 * reads the value in force on the day that decides it.
 */
export const parametersSchema = z.strictObject(shape(true));

/** The policy parameters, any of them possibly dated. */
export type Parameters = z.infer<typeof parametersSchema>;

/** Schema of the parameters in force on one day: every value plain. */
export const parameterValuesSchema = z.strictObject(shape(false));

/** The parameters in force on one day: every value plain. */
export type ParameterValues = z.infer<typeof parameterValuesSchema>;

/** The defaults listed in `docs/rules.md`. */
export const defaultParameters: ParameterValues = {
  audit: {
    qispMaxGrade: 5,
    qispWorkingDays: 5,
    moderationMaxLowGrade: 5,
    moderationHighGrades: [10],
    feedbackWorkingDays: 10,
    managerAuditsPerQuarter: null,
  },
  supervision: {
    perYear: { "full-time": 9, "part-time": 6 },
    maxIntervalDays: { "full-time": 41, "part-time": 61 },
    pauseDuringAbsence: true,
    agendaItems: [
      "actions-progress", "wellbeing", "working-well", "worries", "personal-impact-families",
      "development-impact", "development-needs", "proud-of", "job-satisfaction", "disagreements",
    ],
    urnPattern: "^[0-9]{1,12}$",
  },
  pdr: {
    intervalMonths: 12,
    requiredTopics: [
      "objectives", "audit-development-needs", "observation-development-needs",
      "development-pathway", "open-values",
    ],
  },
  observation: {
    intervalMonths: 12,
    observerRoles: ["team-manager", "senior-key-worker", "family-centre-team-manager"],
  },
  survey: {
    closureReasons: ["closed", "step-up", "step-down"],
    offerWorkingDays: 0,
    offerPer: "family",
    targetRate: 0.1,
    targetScopes: ["service"],
    targetCounts: "families",
    targetGraceDays: 30,
    ageBasis: "school-year",
  },
  case: { reviewAfterMonths: { IFST: 9, FCT: 3 }, reviewWithinMonths: 2 },
  "young-carers": { assessmentWithinDays: null, charterReviewMonths: 24 },
  reports: { dueMonthsAfterPeriod: 1 },
  quality: { teamPlanMonths: null },
  oversight: { dashboardRoles: ["team-manager"] },
  governance: {
    requiredAttendees: {
      "quality-performance-clinic": ["strategic-manager", "operations-manager", "team-manager"],
      "case-clinic": ["operations-manager", "team-manager"],
      "team-briefing": ["team-manager"],
      "optf-development-day": ["strategic-manager", "operations-manager"],
      "ehivc-management-team": ["strategic-manager"],
    },
  },
  escalation: { levelAfterWorkingDays: [10, 20] },
  calendar: { closureDays: [] },
};
