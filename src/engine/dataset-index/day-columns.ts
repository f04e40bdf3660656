import { parseDay, type Day } from "../../calendar/day";
import { recordDateSchema } from "../../model/primitives";
import { endsStep } from "../../model/steps";
import { atIndex } from "../../util/at-index";

type Row = Readonly<Record<string, unknown>>;

/** A zod object schema, read for its field names. */
export interface ObjectSchema {
  shape: Record<string, unknown>;
}

/** A collection's dates as days, one typed array per date field, in record order. */
export type DayColumns = Readonly<Record<string, Int32Array>>;

/** An absent date in a day column (far outside the years a record's date may have). */
const NO_DAY = -2_147_483_648;

/** Records read into day columns between two steps. */
const PER_STEP = 1024;

/**
 * The fields of a record schema that hold a date (`YYYY-MM-DD`), optional or not.
 *
 * @param schema - a zod object schema
 * @returns the names of its date fields, in schema order
 */
export function dateFieldsOf(schema: ObjectSchema): string[] {
  const inner = (field: unknown): unknown => {
    const def = (field as { def?: { type?: string; innerType?: unknown } }).def;
    return def?.type === "optional" || def?.type === "nullable" ? inner(def.innerType) : field;
  };
  return Object.entries(schema.shape).filter(([, field]) => inner(field) === recordDateSchema).map(([name]) => name);
}

/**
 * Reads every date of a collection into days once, a column per field: the engine then reads
 * a record's date by its position, and never parses a date string on its hot path.
 *
 * @param records - the collection's accepted records
 * @param fields - its date fields
 * @returns steps, then the columns
 */
export function* dayColumnsSteps(records: readonly Row[], fields: readonly string[]): Generator<void, DayColumns> {
  const columns: Record<string, Int32Array> = {};
  for (const field of fields) {
    const column = new Int32Array(records.length);
    for (let i = 0; i < records.length; i++) {
      if (endsStep(i, PER_STEP)) yield;
      column[i] = readDay(atIndex(records, i)[field]) ?? NO_DAY;
    }
    columns[field] = column;
  }
  return columns;
}

/**
 * The day at a position of a day column.
 *
 * @param column - a column of {@link dayColumnsSteps}, if the collection has that date
 * @param at - the record's position in its collection
 * @returns the day, or undefined when the record has no such date
 */
export function dayAt(column: Int32Array | undefined, at: number): Day | undefined {
  const day = column?.[at];
  return day === undefined || day === NO_DAY ? undefined : day;
}

/**
 * The days of a record that is not a collection's own (a child of a case, an action of an
 * audit), read once when its source lists it.
 *
 * @param record - the record
 * @param fields - its date fields
 * @returns its days by field
 */
export function daysOf(record: Row, fields: readonly string[]): Record<string, Day | undefined> {
  const days: Record<string, Day | undefined> = {};
  for (const field of fields) days[field] = readDay(record[field]);
  return days;
}

/**
 * A value as written, read as a day: a real `YYYY-MM-DD` string gives its day, anything else none.
 *
 * @param raw - a field's value
 * @returns the day, or undefined
 */
export function readDay(raw: unknown): Day | undefined {
  return typeof raw === "string" ? parseDay(raw) : undefined;
}
