import * as z from "zod/mini";
import { simplePatternProblem } from "../text/simple-pattern";

/** The longest span in days a policy may give (a deadline, an interval, a grace period): ten years. */
export const MAX_DAYS = 3650;
/** The longest span in months a policy may give: ten years. */
export const MAX_MONTHS = 120;
/** The most a policy may require in a year (one a day). */
export const MAX_PER_YEAR = 366;

const whole = (unit: string, min: number, max: number, note: string) =>
  z.number({ error: `must be a whole number of ${unit}` }).check(
    z.int({ error: `must be a whole number of ${unit}` }),
    z.gte(min, { error: `must be ${min} or more` }),
    z.lte(max, { error: `must be at most ${max.toLocaleString("en-GB")}${note}` }),
  );

/** A whole number of days, 0 to 3,650. */
export const daysSchema = whole("days", 0, MAX_DAYS, " (ten years)");
/** A whole number of days, 1 to 3,650. */
export const positiveDaysSchema = whole("days", 1, MAX_DAYS, " (ten years)");
/** A whole number of months, 0 to 120. */
export const monthsSchema = whole("months", 0, MAX_MONTHS, " (ten years)");
/** A whole number of months, 1 to 120. */
export const positiveMonthsSchema = whole("months", 1, MAX_MONTHS, " (ten years)");
/** How many a year, 0 to 366. */
export const perYearSchema = whole("times a year", 0, MAX_PER_YEAR, " (one a day)");
/** An audit grade, 1 to 10. */
export const gradeSchema = whole("grade points", 1, 10, "");
/** A rate, 0 to 1 (`0.1` is 10%). */
export const rateSchema = z.number({ error: "must be a number from 0 to 1" }).check(
  z.gte(0, { error: "must be a number from 0 to 1" }),
  z.lte(1, { error: "must be a number from 0 to 1" }),
);

/** A simple pattern (see `src/text/simple-pattern.ts`): matched in linear time, never a regular expression. */
export const simplePatternSchema = z.string().check(z.superRefine((source, ctx) => {
  const problem = simplePatternProblem(source);
  if (problem !== undefined) ctx.addIssue({ code: "custom", message: problem });
}));
