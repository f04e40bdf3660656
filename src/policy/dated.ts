import * as z from "zod/mini";
import { parseDay, type Day } from "../calendar/day";
import { isoDateSchema } from "../model/primitives";
import { atIndex } from "../util/at-index";
import { isPlainObject } from "../util/plain-object";

/** One value of a parameter, in force from a day until the next value's `from`. */
export interface DatedValue<T> {
  /** The first day the value is in force, `YYYY-MM-DD`. */
  from: string;
  /** The value. */
  value: T;
}

/** A parameter value: plain (in force on every day), or a list of dated values in date order. */
export type Dated<T> = T | DatedValue<T>[];

/**
 * Wraps a parameter's schema so that its value may also be dated:
 * `[{ from: "2024-04-01", value: 0.1 }, { from: "2025-04-01", value: 0.15 }]`. The list is
 * non-empty, its `from` dates real, strictly increasing (so each appears once).
 *
 * @param schema - the schema of one value
 * @returns a schema accepting a plain value or a dated list of them
 * @example
 * const rate = datable(z.number().check(z.gte(0), z.lte(1)));
 * rate.parse([{ from: "2025-04-01", value: 0.15 }]);
 */
export function datable<T extends z.ZodMiniType>(schema: T) {
  const entries = z.array(z.strictObject({ from: isoDateSchema, value: schema })).check(
    z.minLength(1, "a dated parameter needs at least one value"),
    z.superRefine((list, ctx) => {
      for (let i = 1; i < list.length; i++) {
        if ((list[i] as { from: string }).from <= (list[i - 1] as { from: string }).from) {
          ctx.addIssue({ code: "custom", path: [i, "from"], message: "dated values must be in increasing date order, each date once" });
        }
      }
    }),
  );
  return z.union([schema, entries]);
}

/**
 * Whether a value is a dated list (`[{ from, value }, ...]`) rather than a plain value.
 *
 * @param value - any parameter value
 * @returns true for a non-empty list of `{ from, value }` objects
 */
export function isDated(value: unknown): value is DatedValue<unknown>[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((e) => e !== null && typeof e === "object" && !Array.isArray(e) && typeof e.from === "string" && Object.hasOwn(e, "value") && Object.keys(e).length === 2)
  );
}

const dayCache = new WeakMap<object, Day[]>();

function fromDays(list: DatedValue<unknown>[]): Day[] {
  let days = dayCache.get(list);
  if (!days) dayCache.set(list, (days = list.map((e) => parseDay(e.from) ?? Number.NEGATIVE_INFINITY)));
  return days;
}

/**
 * The index of the dated value in force on a day: the last whose `from` is on or before it.
 * A day before the first `from` reads the first value (see `checkPolicy`, which makes sure
 * the evaluation window never needs such a day).
 *
 * @returns the index into the list
 */
export function indexInForce(list: DatedValue<unknown>[], day: Day): number {
  const days = fromDays(list);
  let found = 0;
  for (let i = 0; i < days.length; i++) if (atIndex(days, i) <= day) found = i;
  return found;
}

/**
 * Unwraps a dated value on a day, at this level only (members are left as they are).
 *
 * @param value - a parameter value
 * @param day - the day
 * @returns the value in force, or the value itself when it is not dated
 */
export function unwrapOn(value: unknown, day: Day): unknown {
  let v = value;
  while (isDated(v)) v = (v[indexInForce(v, day)] as DatedValue<unknown>).value;
  return v;
}

/**
 * Resolves a value on a day, all the way down: dated lists give the value in force, objects
 * and arrays are resolved member by member. Plain values come back unchanged.
 *
 * @param value - a parameter value or a whole parameter tree
 * @param day - the day
 * @returns the plain value in force on that day
 * @example
 * resolveOn([{ from: "2024-04-01", value: 0.1 }, { from: "2025-04-01", value: 0.15 }], toDay("2025-04-01")); // 0.15
 */
export function resolveOn(value: unknown, day: Day): unknown {
  if (isDated(value)) return resolveOn((value[indexInForce(value, day)] as DatedValue<unknown>).value, day);
  if (Array.isArray(value)) return value;
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveOn(v, day)]));
}

/** Where a dated value sits in a parameter tree, and the days its values come into force. */
export interface DatedSite {
  path: string[];
  list: DatedValue<unknown>[];
}

/**
 * Lists every dated value of a parameter tree, with its path (`["survey", "targetRate"]`).
 *
 * @param tree - the parameters
 * @returns the dated values, in tree order
 */
export function datedSites(tree: unknown, path: string[] = [], into: DatedSite[] = []): DatedSite[] {
  if (isDated(tree)) {
    into.push({ path, list: tree });
    tree.forEach((e, i) => datedSites(e.value, [...path, String(i), "value"], into));
  } else if (isPlainObject(tree)) {
    for (const [k, v] of Object.entries(tree)) datedSites(v, [...path, k], into);
  }
  return into;
}

/**
 * Every day on which some parameter of the tree takes a new value, in order, each once.
 *
 * @param tree - the parameters
 * @returns the days
 */
export function changeDays(tree: unknown): Day[] {
  const days = new Set<Day>();
  for (const site of datedSites(tree)) for (const d of fromDays(site.list)) days.add(d);
  return [...days].sort((a, b) => a - b);
}
