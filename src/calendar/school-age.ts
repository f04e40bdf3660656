/**
 * Ages and school phases of children.
 *
 * UK practice: a child born on 29 February turns a year older on 1 March in non-leap years.
 *
 * @module
 */

import type { Day } from "./day";
import { dayParts, makeDay } from "./day";

/**
 * How a child's age is taken for the school phase: `"school-year"` uses the age on the
 * 31 August before the academic year (1 September to 31 August) containing the day, as
 * school year groups do; `"age-on-date"` uses the age on the day itself.
 *
 * @example
 * const basis: AgeBasis = "school-year";
 */
export type AgeBasis = "school-year" | "age-on-date";

/**
 * A school phase: primary school age is 4 to 10, secondary 11 to 17.
 *
 * @example
 * const phase: SchoolPhase = "secondary";
 */
export type SchoolPhase = "primary" | "secondary";

/**
 * Age in whole years on a day. Someone born on 29 February turns a year older on
 * 1 March in non-leap years (UK practice).
 *
 * @param dateOfBirth - The day of birth.
 * @param d - The day on which to take the age.
 * @returns Completed years (negative if `d` is before the day of birth).
 * @example
 * ageOn(toDay("2012-02-29"), toDay("2013-02-28")); // 0
 * ageOn(toDay("2012-02-29"), toDay("2013-03-01")); // 1
 */
export function ageOn(dateOfBirth: Day, d: Day): number {
  const b = dayParts(dateOfBirth);
  const t = dayParts(d);
  let age = t.year - b.year;
  if (t.month < b.month || (t.month === b.month && t.day < b.day)) age -= 1;
  return age;
}

/**
 * The 31 August before the academic year (1 September to 31 August) containing a day.
 *
 * @param d - The day.
 * @returns 31 August of the same year if `d` is in September to December, else of the
 *   previous year.
 * @example
 * formatDay(academicYearAgeDay(toDay("2024-08-15"))); // "2023-08-31"
 * formatDay(academicYearAgeDay(toDay("2024-09-01"))); // "2024-08-31"
 */
export function academicYearAgeDay(d: Day): Day {
  const { year, month } = dayParts(d);
  return makeDay(month >= 9 ? year : year - 1, 8, 31);
}

/**
 * A child's school-age on a day.
 *
 * @param dateOfBirth - The day of birth.
 * @param d - The day.
 * @param basis - `"school-year"`: age on the 31 August before the academic year containing
 *   `d`; `"age-on-date"`: age on `d`.
 * @returns Whole years.
 * @example
 * schoolAgeOn(toDay("2013-08-01"), toDay("2024-08-15"), "school-year"); // 10
 * schoolAgeOn(toDay("2013-08-01"), toDay("2024-08-15"), "age-on-date"); // 11
 */
export function schoolAgeOn(dateOfBirth: Day, d: Day, basis: AgeBasis): number {
  return ageOn(dateOfBirth, schoolAgeDay(d, basis));
}

/**
 * The day a child's school-age on a day is taken on: for many children on one day, found once.
 *
 * @param d - The day.
 * @param basis - How the age is taken (see {@link AgeBasis}).
 * @returns The 31 August before the academic year containing `d` (`"school-year"`), or `d`.
 */
export function schoolAgeDay(d: Day, basis: AgeBasis): Day {
  return basis === "school-year" ? academicYearAgeDay(d) : d;
}

/**
 * A child's school phase on a day: primary for school-age 4 to 10, secondary for 11 to 17.
 *
 * @param dateOfBirth - The day of birth.
 * @param d - The day.
 * @param basis - How the age is taken (see {@link AgeBasis}).
 * @returns `"primary"`, `"secondary"`, or `null` outside 4 to 17.
 * @example
 * schoolPhaseOn(toDay("2012-09-01"), toDay("2024-08-31"), "school-year"); // "primary"
 * schoolPhaseOn(toDay("2012-09-01"), toDay("2024-09-01"), "school-year"); // "secondary"
 */
export function schoolPhaseOn(dateOfBirth: Day, d: Day, basis: AgeBasis): SchoolPhase | null {
  return schoolPhaseOfAge(schoolAgeOn(dateOfBirth, d, basis));
}

/**
 * The school phase of a school-age: primary for 4 to 10, secondary for 11 to 17.
 *
 * @param age - A school-age in whole years.
 * @returns `"primary"`, `"secondary"`, or `null` outside 4 to 17.
 */
export function schoolPhaseOfAge(age: number): SchoolPhase | null {
  if (age >= 4 && age <= 10) return "primary";
  if (age >= 11 && age <= 17) return "secondary";
  return null;
}
