import { addDays, formatDay, parseDay } from "../calendar/day";
import { InvalidOptionsError } from "../errors";
import type { Obligation } from "../model/evaluation";
import { staffUnder, type LineManaged } from "./line-management";

/** Options of {@link dueSoon}. */
export interface DueSoonOptions {
  /** How many days ahead of `asOf` to look: a whole number, 0 or more (0: due on `asOf` itself). */
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
 * @throws {@link InvalidOptionsError} when `within` is not a whole number of 0 or more
 * @example
 * const next = dueSoon(result, { within: 14, owner: "tm-north-1", dataset });
 * for (const o of next) console.log(o.dueBy, o.ruleId, o.subject.id);
 */
export function dueSoon(evaluation: DueSoonInput, options: DueSoonOptions): Obligation[] {
  const { within, owner, dataset } = options;
  if (!Number.isInteger(within) || within < 0) {
    throw new InvalidOptionsError([{ path: ["within"], message: "must be a whole number of days, 0 or more" }]);
  }
  const asOf = parseDay(evaluation.asOf);
  if (asOf === undefined) {
    throw new InvalidOptionsError([{ path: ["asOf"], message: "the evaluation's asOf must be a real date, YYYY-MM-DD" }]);
  }
  const last = formatDay(addDays(asOf, within));
  const owners = owner === undefined ? undefined : staffUnder(dataset?.staff ?? [], owner);
  return evaluation.obligations
    .filter((o) =>
      o.status === "open" && o.dueBy !== null && o.dueBy >= evaluation.asOf && o.dueBy <= last &&
      (owners === undefined || (o.owner.staffId !== undefined && owners.has(o.owner.staffId))))
    .sort(soonestFirst);
}

function soonestFirst(a: Obligation, b: Obligation): number {
  return cmp(a.dueBy ?? "", b.dueBy ?? "") || cmp(a.ruleId, b.ruleId) || cmp(a.subject.id, b.subject.id) || cmp(a.id, b.id);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
