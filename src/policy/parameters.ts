import { z } from "zod";

const days = z.number().int().min(0);
const positive = z.number().int().min(1);
const grade = z.number().int().min(1).max(10);
const rate = z.number().min(0).max(1);
const byContract = <T extends z.ZodType>(value: T) =>
  z.strictObject({ "full-time": value, "part-time": value });

/**
 * Schema of the policy parameters, nested by the dots of their names in `rules.md`
 * (`audit.qispMaxGrade` is `{ audit: { qispMaxGrade } }`). Every value is range-checked.
 */
export const parametersSchema = z.strictObject({
  audit: z.strictObject({
    qispMaxGrade: grade,
    qispWorkingDays: days,
    moderationMaxLowGrade: grade,
    moderationHighGrades: z.array(grade),
    feedbackWorkingDays: days,
  }),
  supervision: z.strictObject({
    perYear: byContract(days),
    maxIntervalDays: byContract(positive),
    pauseDuringAbsence: z.boolean(),
    agendaItems: z.array(z.string().min(1)),
    urnPattern: z.string().min(1).refine(isRegExp, "must be a valid regular expression"),
  }),
  pdr: z.strictObject({
    intervalMonths: positive,
    requiredTopics: z.array(z.string().min(1)),
  }),
  observation: z.strictObject({
    perYear: days,
    observerRoles: z.array(z.string().min(1)),
  }),
  survey: z.strictObject({
    closureReasons: z.array(z.enum(["closed", "step-up", "step-down", "transfer", "other"])),
    offerWorkingDays: days,
    targetRate: rate,
    targetScopes: z.array(z.enum(["service", "area", "team"])).min(1),
    targetGraceDays: days,
    ageBasis: z.enum(["school-year", "age-on-date"]),
  }),
  case: z.strictObject({
    reviewAfterMonths: z.strictObject({ IFST: positive, FCT: positive }),
    clinicWithinMonths: positive,
  }),
  "young-carers": z.strictObject({
    assessmentWithinDays: days.nullable(),
    charterReviewMonths: positive,
  }),
  reports: z.strictObject({ dueMonthsAfterPeriod: days }),
  quality: z.strictObject({ teamPlanMonths: positive }),
  escalation: z.strictObject({
    levelAfterWorkingDays: z
      .tuple([positive, positive])
      .refine(([a, b]) => a < b, "the second step must come after the first"),
  }),
});

/** The policy parameters. */
export type Parameters = z.infer<typeof parametersSchema>;

function isRegExp(pattern: string): boolean {
  try {
    new RegExp(pattern, "u");
    return true;
  } catch {
    return false;
  }
}

/** The defaults of `rules.md`. */
export const defaultParameters: Parameters = {
  audit: {
    qispMaxGrade: 5,
    qispWorkingDays: 5,
    moderationMaxLowGrade: 5,
    moderationHighGrades: [10],
    feedbackWorkingDays: 10,
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
    perYear: 1,
    observerRoles: ["team-manager", "senior-key-worker", "family-centre-team-manager"],
  },
  survey: {
    closureReasons: ["closed", "step-up", "step-down"],
    offerWorkingDays: 0,
    targetRate: 0.1,
    targetScopes: ["service"],
    targetGraceDays: 30,
    ageBasis: "school-year",
  },
  case: { reviewAfterMonths: { IFST: 9, FCT: 3 }, clinicWithinMonths: 2 },
  "young-carers": { assessmentWithinDays: null, charterReviewMonths: 24 },
  reports: { dueMonthsAfterPeriod: 1 },
  quality: { teamPlanMonths: 12 },
  escalation: { levelAfterWorkingDays: [10, 20] },
};
