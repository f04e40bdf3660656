import { addDays, formatDay } from "../calendar/day";
import { checkDayOption } from "../engine/run/check-options";
import { InvalidOptionsError, type Issue } from "../errors";
import type { Obligation } from "../model/evaluation";
import { staffUnder, type LineManaged } from "./line-management";

/** Options of {@link dueSoon}. */
export interface DueSoonOptions {
  /** How many days ahead of `asOf` to look: a whole number from 0 to 3,650 (0: due on `asOf` itself). */
  within: number;
  /**
   * A staff id: only obligations owned by this person and, given `dataset`, by everyone
   * under them in the line-management chain. Absent: every owner.
   */
  owner?: string;
  /** The dataset (its `staff`), to find who is under `owner`. */
  dataset?: { staff?: readonly LineManaged[] | undefined };
}

/** The least {@link dueSoon} needs of an evaluation. */
export interface DueSoonInput {
  asOf: string;
  obligations: readonly Obligation[];
}

/**
 * The open obligations falling due within `within` days of the evaluation's `asOf`
 * (`asOf <= dueBy <= asOf + within`), soonest first, then by rule and subject id: what a
 * manager must plan for before it becomes a breach. Obligations with no due date yet
 * (`dueBy: null`) are not "due soon" and are left out. Pure: the evaluation is not changed.
 *
 * @param evaluation - the result of `evaluate` (its `asOf` and `obligations`)
 * @param options - `within` days; optionally an `owner` staff id and the `dataset`
 * @returns the matching obligations, soonest first
 * @throws {@link InvalidOptionsError} when `within` is not a whole number from 0 to 3,650, or
 *   the evaluation's `asOf` is not a date from 1900-01-01 to 2199-12-31
 * @example
 * const next = dueSoon(result, { within: 14, owner: "tm-north-1", dataset });
 * for (const o of next) console.log(o.dueBy, o.ruleId, o.subject.id);
 */
export function dueSoon(evaluation: DueSoonInput, options: DueSoonOptions): Obligation[] {
  return evaluation.obligations.filter(dueSoonTest(evaluation, options)).sort(soonestFirst);
}

/**
 * The test {@link dueSoon} puts to each obligation, for a caller that goes through a region's
 * obligations a step at a time (then sorts what it kept with {@link soonestFirst}).
 *
 * @param evaluation - the evaluation's `asOf`
 * @param options - as for {@link dueSoon}
 * @returns whether an obligation is due soon
 * @throws {@link InvalidOptionsError} as {@link dueSoon} does
 */
export function dueSoonTest(evaluation: Pick<DueSoonInput, "asOf">, options: DueSoonOptions): (o: Obligation) => boolean {
  const { within, owner, dataset } = options;
  const last = lastDueDay(evaluation.asOf, within);
  const owners = owner === undefined ? undefined : staffUnder(dataset?.staff ?? [], owner);
  return (o) =>
    o.status === "open" && o.dueBy !== null && o.dueBy >= evaluation.asOf && o.dueBy <= last &&
    (owners === undefined || (o.owner.staffId !== undefined && owners.has(o.owner.staffId)));
}

/** The furthest ahead {@link dueSoon} looks: ten years. */
const MAX_WITHIN = 3650;

/**
 * The last day a "due soon" look ahead reaches: `asOf + within`.
 *
 * @param asOf - the evaluation's day
 * @param within - days ahead
 * @returns the day, `YYYY-MM-DD`
 * @throws {@link InvalidOptionsError} when `within` is not a whole number from 0 to 3,650, or `asOf` is not a date from 1900-01-01 to 2199-12-31
 */
export function lastDueDay(asOf: string, within: number): string {
  const issues: Issue[] = [];
  if (!Number.isInteger(within) || within < 0 || within > MAX_WITHIN) {
    issues.push({ path: ["within"], message: `must be a whole number of days from 0 to ${MAX_WITHIN}` });
  }
  const day = checkDayOption(asOf, ["asOf"], issues);
  if (issues.length > 0 || day === undefined) throw new InvalidOptionsError(issues);
  return formatDay(addDays(day, within));
}

/**
 * The order of {@link dueSoon}: soonest first, then by rule, subject and id.
 *
 * @returns negative, zero or positive, as `Array.prototype.sort` wants
 */
export function soonestFirst(a: Obligation, b: Obligation): number {
  return cmp(a.dueBy ?? "", b.dueBy ?? "") || cmp(a.ruleId, b.ruleId) || cmp(a.subject.id, b.subject.id) || cmp(a.id, b.id);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
