import * as z from "zod/mini";

/**
 * How a value was read forgivingly, its meaning plain:
 *
 * - `case`: an allowed value written in another case, or with spaces, hyphens or underscores
 *   in other places (`Full-time`, `full time`, `FULL_TIME` for `full-time`);
 * - `null`: `null` (SQL's NULL) read as an absent field;
 * - `timestamp`: an ISO timestamp read as its calendar date in England;
 * - `uk-date`: a date written `DD/MM/YYYY` (with or without a time);
 * - `excel-date`: a date written `d-mmm-yyyy`, as Excel shows it (`8-Sep-2025`);
 * - `numeric-id`: a whole number given as an id, read as its digits.
 */
export type CoercionKind = (typeof COERCION_KINDS)[number];

/** The kinds of forgiving reading: see {@link CoercionKind}. */
export const COERCION_KINDS = ["case", "null", "timestamp", "uk-date", "excel-date", "numeric-id"] as const;

/**
 * Values of one field of one collection read forgivingly in one way: how many, and the first
 * one as an example. Counted over every record read, accepted or not.
 */
export const coercionSchema = z.object({
  /** The collection. */
  collection: z.string(),
  /** The field, dotted, `[]` standing for the items of a list: `leftOn`, `children[].dateOfBirth`, `scope.type`. */
  field: z.string(),
  kind: z.enum(COERCION_KINDS),
  /** How many values were read this way. */
  count: z.number(),
  /**
   * The first value as written and as read, for a date or an allowed value (`Full-time` read
   * as `full-time`). None for `null` and ids: an example never echoes what may be personal.
   */
  example: z.optional(z.object({ written: z.string(), read: z.string() })),
});
/** Values of one field of one collection read forgivingly in one way, counted. */
export type Coercion = z.infer<typeof coercionSchema>;

/** Receives one forgiving reading: the field, how it was read, and for dates and allowed values an example. */
export type CoercionNote = (field: string, kind: CoercionKind, example?: { written: string; read: string }) => void;

/** Counts coercions by collection, field and kind, in the order each was first met. */
export class CoercionTally {
  private readonly groups = new Map<string, Coercion>();

  /**
   * The note of one collection's coercions.
   *
   * @param collection - the collection
   * @returns a note counting into this tally
   */
  noteFor(collection: string): CoercionNote {
    return (field, kind, example) => {
      const key = `${collection}\u0000${field}\u0000${kind}`;
      const group = this.groups.get(key);
      if (group !== undefined) group.count++;
      else this.groups.set(key, { collection, field, kind, count: 1, ...(example === undefined ? {} : { example }) });
    };
  }

  /**
   * The groups counted.
   *
   * @returns each group, in the order first met
   */
  list(): Coercion[] {
    return [...this.groups.values()];
  }
}
