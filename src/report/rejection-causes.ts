import type { Issue } from "../errors";
import type { Rejection } from "../model/parse-dataset";
import { ONE_OF } from "../model/messages";
import { didYouMean } from "../text/did-you-mean";
import { escapeControl } from "../text/escape-control";

/**
 * One root cause of rejections: a problem of one field of one collection, and the records it cost.
 *
 * @typeParam I - the issues' type (an export's issues carry where they are)
 */
export interface RejectionCause<I extends Issue = Issue> {
  /** The collection. */
  collection: string;
  /** The field, items written `[]` (`actions[].ownerId`); `""` for the record as a whole, `"*"` for the whole collection. */
  field: string;
  /** The problem, as each record's issue says it. */
  message: string;
  /** The value written, quoted only when it is near an allowed value (so it is a misspelling, never free text or a date). */
  value?: string;
  /** The allowed value nearest to `value`. */
  didYouMean?: string;
  /** Records rejected for it (a record with the problem twice counts once; a whole collection, none). */
  count: number;
  /** The first few of those records: their ids, or `collection[index]` for one with none. */
  examples: string[];
  /** The first record's issue (from `loadExport`, with its file, row and column). */
  first: I;
}

/** How many records a cause names. */
const EXAMPLES = 3;

/** The value of a record at an issue's path, read from the input as given. */
function valueAt(input: unknown, r: Rejection, path: readonly (string | number)[]): unknown {
  let node: unknown = input;
  for (const key of [r.collection, r.index, ...path]) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, key)) return undefined;
    node = Reflect.get(node, key);
  }
  return node;
}

/** The value written and the allowed one nearest it, for a value outside a list; else nothing. */
function nearest(message: string, value: unknown): { value: string; didYouMean: string } | undefined {
  if (!message.startsWith(ONE_OF) || typeof value !== "string") return undefined;
  const near = didYouMean(value, message.slice(ONE_OF.length).split(", "));
  return near === undefined ? undefined : { value, didYouMean: near };
}

/**
 * Rejections by root cause: each distinct problem of a field once, with how many records it
 * cost, the first few of them and, for a value outside a list, the allowed value nearest to
 * it (`role \`Strategic Manager\`: did you mean \`strategic-manager\`?`). A value is quoted only
 * when it is that near an allowed one, so names, free text and dates are never echoed. Causes
 * come in the order of their first record (collection order, then index).
 *
 * @param rejected - every rejection, as `evaluate`, `parseDataset` or `loadExport` gives them
 * @param input - the dataset as given (the records before parsing), to read the values of
 *   values outside a list; without it no value is quoted
 * @returns the causes
 * @example
 * for (const c of summariseRejections(result.rejected, input)) console.error(rejectionCauseLine(c));
 */
export function summariseRejections<I extends Issue>(rejected: readonly (Rejection & { issues: I[] })[], input?: unknown): RejectionCause<I>[] {
  const causes = new Map<string, RejectionCause<I>>();
  for (const r of rejected) {
    const counted = new Set<RejectionCause<I>>();
    for (const issue of r.issues) {
      const field = r.index < 0 ? "*" : issue.path.map((p) => (typeof p === "number" ? "[]" : p)).join(".").replaceAll(".[]", "[]");
      const near = input === undefined || r.index < 0 ? undefined : nearest(issue.message, valueAt(input, r, issue.path));
      const key = JSON.stringify([r.collection, field, issue.message, near?.value]);
      let cause = causes.get(key);
      if (cause === undefined) {
        cause = { collection: r.collection, field, message: issue.message, ...near, count: 0, examples: [], first: issue };
        causes.set(key, cause);
      }
      if (r.index < 0 || counted.has(cause)) continue;
      counted.add(cause);
      cause.count++;
      if (cause.examples.length < EXAMPLES) cause.examples.push(r.id ?? `${r.collection}[${r.index}]`);
    }
  }
  return [...causes.values()];
}

/**
 * A cause as one line, control characters escaped:
 * `staff.role \`Strategic Manager\` (1 record: s1): did you mean \`strategic-manager\`?`,
 * `supervisions.superviseeId (12 records: sup1, sup2, sup3, …): refers to staff \`s9\` that is not in the export`.
 *
 * @param cause - a cause of {@link summariseRejections}
 * @param where - where the first record's problem is (`staff.csv row 6, column startedOn`), if known
 * @returns the line, without a line end
 */
export function rejectionCauseLine(cause: RejectionCause<Issue>, where?: string): string {
  const field = cause.field === "" ? cause.collection : cause.field === "*" ? `${cause.collection} (the whole collection)` : `${cause.collection}.${cause.field}`;
  const value = cause.value === undefined ? "" : ` \`${escapeControl(cause.value)}\``;
  const more = cause.count > cause.examples.length ? ", …" : "";
  const first = where === undefined ? "" : `; first at ${escapeControl(where)}`;
  const records = cause.count === 0 ? "" : ` (${cause.count} record${cause.count === 1 ? "" : "s"}: ${cause.examples.map(escapeControl).join(", ")}${more}${first})`;
  const what = cause.didYouMean === undefined ? escapeControl(cause.message) : `did you mean \`${escapeControl(cause.didYouMean)}\`?`;
  return `${field}${value}${records}: ${what}`;
}
