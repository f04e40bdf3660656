import { z } from "zod";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in each month of a common year, January first. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Whether a string is a real calendar date written `YYYY-MM-DD` (proleptic Gregorian).
 * Pure integer arithmetic: no `Date`, no time zone.
 *
 * @param value - any value
 * @returns `true` for `"2024-02-29"`, `false` for `"2023-02-29"`, `"2024-2-1"` or a number
 * @example
 * isRealIsoDate("2025-03-31"); // true
 * isRealIsoDate("2025-02-30"); // false
 */
export function isRealIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = ISO_DATE.exec(value);
  if (m === null) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const max = month === 2 && leap ? 29 : MONTH_DAYS[month - 1];
  return max !== undefined && day <= max;
}

const DATE_MESSAGE = "must be a real date written YYYY-MM-DD";

/**
 * An ISO calendar date, `YYYY-MM-DD`, with no time and no time zone: the whole day in
 * England. Rejects impossible dates such as `2025-02-30`. The message never echoes the value.
 *
 * @example
 * isoDateSchema.parse("2024-11-02"); // "2024-11-02"
 */
export const isoDateSchema = z
  .string({ error: DATE_MESSAGE })
  .regex(ISO_DATE, { error: DATE_MESSAGE, abort: true })
  .refine(isRealIsoDate, { error: DATE_MESSAGE })
  .describe("An ISO calendar date, YYYY-MM-DD, with no time and no time zone.");

/**
 * An identifier: a non-empty string, unique within its collection. A case id is the
 * family's URN from the case system.
 *
 * @example
 * idSchema.parse("100234"); // "100234"
 */
export const idSchema = z
  .string({ error: "must be a non-empty string id" })
  .min(1, { error: "must be a non-empty string id" });
