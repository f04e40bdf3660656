import * as z from "zod/mini";
import { isIsoDate } from "./read-date";
import { isPlainObject } from "../util/plain-object";

/** A plain view of a record being checked: fields may still have the wrong type. */
export type Fields = Readonly<Record<string, unknown>>;

/** Reports one problem at a path relative to the record. */
export type Reporter = (path: (string | number)[], message: string) => void;

/** The cross-field check of each schema {@link withChecks} made. */
const checks = new WeakMap<z.ZodMiniType, (record: Fields, report: Reporter) => void>();

/**
 * The cross-field check {@link withChecks} attached to a schema, for a validator that reads the
 * schema's fields itself and must run the same check.
 *
 * @param schema - a schema
 * @returns its check, or undefined when `withChecks` did not make it
 */
export function checkOf(schema: z.ZodMiniType): ((record: Fields, report: Reporter) => void) | undefined {
  return checks.get(schema);
}

/**
 * Attaches cross-field checks to an object schema. Unlike a plain `superRefine`, the
 * checks also run when a field already failed, so a record reports every problem at
 * once; they must therefore read fields defensively (see {@link requireWhen}).
 *
 * @param schema - the object schema
 * @param check - reads the record and reports each problem
 * @returns the same schema with the check attached
 */
export function withChecks<S extends z.ZodMiniType>(
  schema: S,
  check: (record: Fields, report: Reporter) => void,
): S {
  const checked = schema.check(
    z.superRefine(
      (value, ctx) => {
        if (!isPlainObject(value)) return;
        check(value, (path, message) => ctx.addIssue({ code: "custom", path, message }));
      },
      { when: () => true },
    ),
  );
  checks.set(checked, check);
  return checked;
}

/**
 * Reports `field` as required when a condition holds and the field is absent.
 *
 * @param record - the record
 * @param report - the reporter
 * @param field - the field that must be present
 * @param condition - whether it is required here
 * @param which - the records that need it, for the message ("case and thematic audits")
 */
export function requireWhen(
  record: Fields,
  report: Reporter,
  field: string,
  condition: boolean,
  which: string,
): void {
  if (condition && record[field] === undefined) report([field], `is required for ${which}`);
}

const NO_PREFIX: readonly (string | number)[] = [];

/**
 * Reports `later` when both dates are real and it falls before `earlier`.
 *
 * @param record - the record, or a nested object of it
 * @param report - the reporter
 * @param earlier - name of the field that comes first
 * @param later - name of the field that must not be before it
 * @param prefix - path of the nested object inside the record, if any
 */
export function notBefore(
  record: Fields,
  report: Reporter,
  earlier: string,
  later: string,
  prefix: readonly (string | number)[] = NO_PREFIX,
): void {
  const a = record[earlier];
  const b = record[later];
  // Order first: two dates in order (nearly every record) are not read a second time.
  if (typeof a === "string" && typeof b === "string" && b < a && isIsoDate(a) && isIsoDate(b)) {
    report([...prefix, later], `must not be before ${earlier}`);
  }
}

/**
 * Reports `field` when it is present but `other` is absent: two fields that go together.
 *
 * @param record - the record
 * @param report - the reporter
 * @param field - the field that is present
 * @param other - the field required with it
 */
export function requireWith(record: Fields, report: Reporter, field: string, other: string): void {
  if (record[field] !== undefined && record[other] === undefined) {
    report([other], `is required with ${field}`);
  }
}
