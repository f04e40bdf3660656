import { checkDayOption } from "../engine/run/check-options";
import { InvalidOptionsError, type Issue } from "../errors";
import type { Breach, Escalation, Obligation, Party, Subject } from "../model/evaluation";
import { createPlacer, type OrgPlace, type PlacementDataset } from "../org/placement";
import { lastDueDay, soonestFirst } from "./due-soon";
import { directReportsOn, downTheLine, type DirectReports, type LineManaged, type LineRecord } from "./line-management";
import { atIndex } from "../util/at-index";

/**
 * Whose results, or which: `owner`, the results a staff member owns (an escalation: the ones
 * sent to them); `under`, the same for a manager and everyone under them in the line on the
 * evaluation's `asOf` (given the dataset); `subject`, the results about one subject; `team`
 * and `area`, the results placed there (by their `team` and `area`).
 */
export type Scope =
  | { owner: string }
  | { under: string }
  | { subject: Subject }
  | { team: string }
  | { area: string };

/** The least {@link indexEvaluation} needs of an evaluation. */
export interface IndexableEvaluation {
  asOf: string;
  obligations: readonly Obligation[];
  breaches: readonly Breach[];
  escalations: readonly Escalation[];
}

/**
 * The least {@link indexEvaluation} reads of a dataset: its staff and line management (for
 * `under`), and what places a result written before results carried `team` and `area`.
 */
export interface IndexDataset extends PlacementDataset {
  staff?: readonly (LineManaged & { teamId?: string | undefined; areaId?: string | undefined })[] | undefined;
  lineManagement?: readonly LineRecord[] | undefined;
}

/** A count of active breaches in one team, area or owner. */
export interface ActiveBreachCount {
  /** The team, area or staff id. */
  id: string;
  count: number;
}

/** What one person sees: what they must act on, on the evaluation's day. */
export interface PersonView {
  staffId: string;
  /** Their active breaches, in the evaluation's order (oldest first). */
  activeBreaches: Breach[];
  /** Their open obligations, soonest due first (undated ones last). */
  openObligations: Obligation[];
  /** The escalations sent to them, in the evaluation's order. */
  escalations: Escalation[];
}

/** Options of {@link EvaluationIndex.view}. */
export interface PersonViewOptions {
  /** Also everyone under them in the line on `asOf` (needs the dataset). Default false. */
  line?: boolean;
}

/** The queries {@link indexEvaluation} answers, each in time proportional to its answer. */
export interface EvaluationIndex {
  /** The evaluation's day. */
  readonly asOf: string;
  /**
   * The active breaches in a scope.
   *
   * @param scope - whose, or which
   * @returns the breaches, in the evaluation's order (oldest first)
   */
  activeBreaches(scope: Scope): Breach[];
  /**
   * The open obligations (status `open`: not yet due, or undated) in a scope.
   *
   * @param scope - whose, or which
   * @returns the obligations, soonest due first, undated ones last
   */
  openObligations(scope: Scope): Obligation[];
  /**
   * The escalations in a scope; by `owner` (or `under`), those sent to the person.
   *
   * @param scope - whose, or which
   * @returns the escalations, in the evaluation's order
   */
  escalations(scope: Scope): Escalation[];
  /**
   * The open obligations due within `within` days of `asOf`, as {@link dueSoon} finds them,
   * by binary search in the obligations sorted by due date.
   *
   * @param within - days ahead: a whole number from 0 to 3,650
   * @param scope - whose, or which; every obligation when absent
   * @returns the obligations, soonest first, then by rule, subject and id
   * @throws {@link InvalidOptionsError} when `within` is not a whole number from 0 to 3,650
   */
  dueSoon(within: number, scope?: Scope): Obligation[];
  /**
   * A person's view: their active breaches, open obligations and the escalations sent to
   * them; with `line`, those of everyone under them too.
   *
   * @param staffId - the person
   * @param options - `line`: down the line as well
   * @returns the view
   */
  view(staffId: string, options?: PersonViewOptions): PersonView;
  /**
   * A manager's people on `asOf`: the manager, then everyone under them, nearest first (the
   * manager alone without the dataset).
   *
   * @param managerId - the manager's staff id
   * @returns staff ids
   */
  staffUnder(managerId: string): string[];
  /**
   * Active breaches counted per team, area or owner: the teams with the most active
   * breaches, say. Results placed in no team (or area, or owned by no one named) are not counted.
   *
   * @param by - `team`, `area` or `owner`
   * @returns the counts, most first, then by id
   */
  activeBreachCounts(by: "team" | "area" | "owner"): ActiveBreachCount[];
}

/** Results of one kind in their query order, and their positions in that order by owner, subject, team and area. */
interface Table<T> {
  items: readonly T[];
  owner: Map<string, number[]>;
  /** By subject type, then id. */
  subject: Map<string, Map<string, number[]>>;
  team: Map<string, number[]>;
  area: Map<string, number[]>;
}

/**
 * Indexes an evaluation once for the questions a service asks of it many times a day: a
 * person's active breaches, open obligations and escalations; by owner, by subject, down the
 * line, by team and by area; what falls due soon. Building takes time in proportion to the
 * evaluation (maps by owner, subject, team and area, and the open obligations sorted by due
 * date); each query after it takes time in proportion to its answer (a binary search for
 * `dueSoon`), so a server answers a person's view in well under a millisecond at region size.
 * Pure: the evaluation and dataset are not changed, and the index shares their results.
 *
 * @param evaluation - the result of `evaluate` (its `asOf` and three lists)
 * @param dataset - the dataset evaluated: its line management (for `under` and `line`) and,
 *   for an evaluation written before results carried `team` and `area`, what places them
 * @returns the index
 * @throws {@link InvalidOptionsError} when the evaluation's `asOf` is not a date from 1900-01-01 to 2199-12-31
 * @example
 * const index = indexEvaluation(result, dataset);
 * const mine = index.view("tm-north-1", { line: true });
 * const next = index.dueSoon(14, { under: "tm-north-1" });
 * const worst = index.activeBreachCounts("team").slice(0, 5);
 */
export function indexEvaluation(evaluation: IndexableEvaluation, dataset?: IndexDataset): EvaluationIndex {
  const issues: Issue[] = [];
  checkDayOption(evaluation.asOf, ["asOf"], issues);
  if (issues.length > 0) throw new InvalidOptionsError(issues);
  const { asOf } = evaluation;
  const placeOf = placing(evaluation, dataset);
  const open = evaluation.obligations.filter((o) => o.status === "open").sort(dueThenSoonest);
  const obligations = table(open, (o) => o.owner.staffId, placeOf);
  const breaches = table(evaluation.breaches.filter((b) => b.status === "active"), (b) => b.owner.staffId, placeOf);
  // An escalation is placed where its breach is (a referral: where its obligation is).
  const breachById = new Map(evaluation.breaches.map((b) => [b.id, b]));
  const referred = new Set(evaluation.escalations.filter((e) => e.breachId === undefined).map((e) => e.id.replace(/#referral$/, "")));
  const referring = new Map(evaluation.obligations.filter((o) => referred.has(o.id)).map((o) => [o.id, o]));
  const escalations = table(evaluation.escalations, (e) => e.to.staffId, (e) => {
    const placed = e.breachId === undefined ? referring.get(e.id.replace(/#referral$/, "")) : breachById.get(e.breachId);
    return placed === undefined ? {} : placeOf(placed);
  });

  const reports: DirectReports = dataset === undefined ? new Map() : directReportsOn(dataset.staff ?? [], dataset.lineManagement ?? [], asOf);
  const under = (managerId: string) => downTheLine(reports, managerId);
  const pick = <T>(t: Table<T>, scope: Scope): T[] => itemsOf(t, positionsIn(t, scope, under));

  return {
    asOf,
    activeBreaches: (scope) => pick(breaches, scope),
    openObligations: (scope) => pick(obligations, scope),
    escalations: (scope) => pick(escalations, scope),
    dueSoon(within, scope) {
      const last = lastDueDay(asOf, within);
      const positions = scope === undefined ? undefined : positionsIn(obligations, scope, under);
      const items = obligations.items;
      const dueOf = (k: number) => items[positions === undefined ? k : (atIndex(positions, k))]?.dueBy ?? UNDATED;
      const length = positions?.length ?? items.length;
      const start = firstWhere(length, (k) => dueOf(k) >= asOf);
      const end = firstWhere(length, (k) => dueOf(k) > last);
      const found: Obligation[] = [];
      for (let k = start; k < end; k++) found.push(atIndex(items, positions === undefined ? k : atIndex(positions, k)));
      return found;
    },
    view(staffId, options = {}) {
      // The line is walked once for the three lists.
      const people = options.line === true ? under(staffId) : [staffId];
      const mine = <T>(t: Table<T>): T[] => itemsOf(t, ownedBy(t, people));
      return { staffId, activeBreaches: mine(breaches), openObligations: mine(obligations), escalations: mine(escalations) };
    },
    staffUnder: under,
    activeBreachCounts(by) {
      const counts = [...breaches[by]].map(([id, list]): ActiveBreachCount => ({ id, count: list.length }));
      return counts.sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    },
  };
}

/** Sorts after every date: an undated obligation is last. */
const UNDATED = "\uffff";

/** Soonest due first, undated last; then as {@link dueSoon} orders them. */
function dueThenSoonest(a: Obligation, b: Obligation): number {
  const [x, y] = [a.dueBy ?? UNDATED, b.dueBy ?? UNDATED];
  return x < y ? -1 : x > y ? 1 : soonestFirst(a, b);
}

function table<T extends { subject: Subject }>(items: readonly T[], ownerOf: (item: T) => string | undefined, placeOf: (item: T) => OrgPlace): Table<T> {
  const t: Table<T> = { items, owner: new Map(), subject: new Map(), team: new Map(), area: new Map() };
  const add = (map: Map<string, number[]>, key: string | undefined, at: number) => {
    if (key === undefined) return;
    const list = map.get(key);
    if (list === undefined) map.set(key, [at]);
    else list.push(at);
  };
  for (let at = 0; at < items.length; at++) {
    const item = atIndex(items, at);
    const { type, id } = item.subject;
    let ofType = t.subject.get(type);
    if (ofType === undefined) t.subject.set(type, (ofType = new Map()));
    add(ofType, id, at);
    add(t.owner, ownerOf(item), at);
    const { teamId, areaId } = placeOf(item);
    add(t.team, teamId, at);
    add(t.area, areaId, at);
  }
  return t;
}

/** The positions of a scope's results in a table, ascending. */
function positionsIn<T>(t: Table<T>, scope: Scope, under: (managerId: string) => string[]): readonly number[] {
  if ("under" in scope) return ownedBy(t, under(scope.under));
  if ("owner" in scope) return t.owner.get(scope.owner) ?? [];
  if ("subject" in scope) return t.subject.get(scope.subject.type)?.get(scope.subject.id) ?? [];
  return ("team" in scope ? t.team.get(scope.team) : t.area.get(scope.area)) ?? [];
}

/** The positions of the results some people own, ascending. */
function ownedBy<T>(t: Table<T>, people: readonly string[]): readonly number[] {
  if (people.length === 1) return t.owner.get(atIndex(people, 0)) ?? [];
  return people.flatMap((id) => t.owner.get(id) ?? []).sort((a, b) => a - b);
}

function itemsOf<T>(t: Table<T>, positions: readonly number[]): T[] {
  return positions.map((at) => atIndex(t.items, at));
}

/** The first of `length` positions where `holds` (false up to it, true from it on), or `length`. */
function firstWhere(length: number, holds: (k: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (holds(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

type Placed = { subject: Subject; owner: Party; team?: string | undefined; area?: string | undefined };

/**
 * A result's team and area: its own; for an evaluation written before results carried them
 * (none of its obligations and breaches has either), the dataset's placement of it.
 */
function placing(evaluation: IndexableEvaluation, dataset: IndexDataset | undefined): (r: Placed) => OrgPlace {
  const carried = (r: Placed) => r.team !== undefined || r.area !== undefined;
  if (dataset === undefined || evaluation.obligations.some(carried) || evaluation.breaches.some(carried)) {
    return (r) => (r.team === undefined ? (r.area === undefined ? {} : { areaId: r.area }) : r.area === undefined ? { teamId: r.team } : { teamId: r.team, areaId: r.area });
  }
  const placer = createPlacer(dataset);
  return (r) => placer(r.subject, r.owner);
}
