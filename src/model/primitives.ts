import * as z from "zod/mini";
import { isIsoDate } from "./read-date";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether a string is a real calendar date written `YYYY-MM-DD`, of the years 1000 to 9999:
 * exactly the dates the calendar (`parseDay`) can read, so no accepted record holds a date the
 * engine would then have to ignore. Read from its characters: no `Date`, no time zone.
 *
 * @param value - any value
 * @returns `true` for `"2024-02-29"`, `false` for `"2023-02-29"`, `"2024-2-1"`, `"0999-01-01"` or a number
 * @example
 * isRealIsoDate("2025-03-31"); // true
 * isRealIsoDate("2025-02-30"); // false
 */
export function isRealIsoDate(value: unknown): value is string {
  return isIsoDate(value);
}

const DATE_MESSAGE = "must be a real date written YYYY-MM-DD";

/** A `YYYY-MM-DD` string schema failing with the given message (which never echoes the value), or `whenAbsent` for no value. */
function dateSchema(message: string, whenAbsent = message): IsoDateSchema {
  return z.string({ error: (issue) => (issue.input === undefined ? whenAbsent : message) }).check(
    // One check, not a regex and then a refine: isRealIsoDate matches the pattern itself, by
    // its characters. The pattern stays in the JSON Schema, for editors.
    z.refine(isRealIsoDate, { error: message }),
    z.meta({ pattern: ISO_DATE.source, description: "An ISO calendar date, YYYY-MM-DD, with no time and no time zone." }),
  );
}

/**
 * The type of {@link isoDateSchema} and {@link recordDateSchema}: a string schema that the type system tells apart from
 * other strings (by a key it never holds), so that a record's date fields can be named in types.
 */
export interface IsoDateSchema extends z.ZodMiniString<string> {
  readonly "~isoDate"?: never;
}

/**
 * An ISO calendar date, `YYYY-MM-DD`, with no time and no time zone: the whole day in
 * England. Rejects impossible dates such as `2025-02-30`. The message never echoes the value.
 *
 * @example
 * isoDateSchema.parse("2024-11-02"); // "2024-11-02"
 */
export const isoDateSchema = dateSchema(DATE_MESSAGE);

/**
 * A date field of a dataset record: {@link isoDateSchema}, with a message naming every form
 * `parseDataset` reads into `YYYY-MM-DD` before validating (see `readDate`).
 *
 * @example
 * recordDateSchema.parse("2024-11-02"); // "2024-11-02"
 */
export const recordDateSchema = dateSchema("must be a date: YYYY-MM-DD, DD/MM/YYYY, d-mmm-yyyy or an ISO timestamp", "is required");

const ID_MESSAGE = "must be an id: a non-empty string or a whole number";

/**
 * An identifier: a non-empty string, unique within its collection. A case id is the
 * family's URN from the case system. `parseDataset` reads a whole number as its digits.
 *
 * @example
 * idSchema.parse("100234"); // "100234"
 */
export const idSchema = z
  .string({ error: (issue) => (issue.input === undefined ? "is required" : ID_MESSAGE) })
  .check(z.minLength(1, { error: ID_MESSAGE }));
