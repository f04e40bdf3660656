import { createSlicer, finishInSlices } from "../engine/slicing/host-turns";
import { InvalidOptionsError, type Issue } from "../errors";
import { evaluationIssuesSteps } from "../model/check-evaluation";
import type { Breach, Escalation, Evaluation, Obligation } from "../model/evaluation";
import { IdIndex } from "../model/id-index";
import { endsStep, finish } from "../model/steps";
import { createOrgLookupSteps, type Placement, type ReportDataset } from "../report/org";
import { changeGroupsSteps, ownerPlacement, type ChangeGroup, type ChangeKind } from "./change-groups";
import { atIndex } from "../util/at-index";

/** Options of {@link compareEvaluations}. */
export interface CompareEvaluationsOptions {
  /**
   * The dataset of the later evaluation, to place each change in its team (as the reports
   * do: the subject's team, else the owner's, else an area, else "Service-wide"). Without
   * it every change is "Service-wide" in `byTeam`.
   */
  dataset?: ReportDataset;
}

/** One result that changed between two evaluations, with where it belongs. */
export interface Change<T> {
  /** The result: as the later evaluation has it, or, when the later one no longer reports it, as the earlier one had it. */
  item: T;
  /** The same result (same id) in the earlier evaluation, when it was there. */
  before?: T;
  /**
   * Who it belongs to: for an obligation or breach its owner, for an escalation whoever it
   * now goes to. Key `staff:<id>`, `body:<body>` or `role:<role>`; label `s42 (team-manager)`,
   * `Body: ehivcmt`, `Role: strategic-manager`.
   */
  owner: Placement;
  /** The team (or area, or "Service-wide") it belongs to: key `team:<id>`, `area:<id>` or `service`. */
  team: Placement;
}

/** An escalation that reaches someone it had not reached at the earlier evaluation. */
export interface EscalationChange extends Change<Escalation> {
  /**
   * `raised`: new since the earlier evaluation (a breach that began, a referral);
   * `climbed`: the same breach's escalation is a rung higher;
   * `redirected`: same rung, someone else (the person on it left or changed).
   */
  change: "raised" | "climbed" | "redirected";
}

/**
 * What changed between two evaluations of the same policy: what a weekly meeting reads
 * instead of every breach.
 *
 * The later evaluation reports only what its window `[from, asOf]` covers. An active
 * breach of the earlier evaluation that the later one does not report at all is neither
 * resolved nor active: it is in `leftWindow` when the later window starts on another day
 * (a new financial year, another `from`), since the window alone can drop it; with the
 * same first day the window only grew, so only the data can have dropped it (a record
 * corrected or removed from the export): `withdrawn`. A breach whose subject stopped (staff
 * left, case closed) before anyone met it is `lapsed`: settled, but not resolved. So, by id:
 * the earlier active breaches, plus `began`, minus `resolved`, `lapsed`, `leftWindow` and
 * `withdrawn`, are exactly the later active breaches.
 */
export interface EvaluationChanges {
  previous: { asOf: string; window: { from: string; to: string } };
  current: { asOf: string; window: { from: string; to: string } };
  policy: { id: string; version: string; digest?: string };
  breaches: {
    /** Active in the later evaluation and not active in the earlier one (new, or reopened by a change in the data). */
    began: Change<Breach>[];
    /** Resolved in the later evaluation and not shown resolved in the earlier one (active then, or begun and resolved in between). */
    resolved: Change<Breach>[];
    /** Lapsed in the later evaluation and not shown lapsed in the earlier one: its subject stopped (left, closed) before anyone met it. */
    lapsed: Change<Breach>[];
    /** Active in the earlier evaluation, not reported by the later one, whose window starts on another day. */
    leftWindow: Change<Breach>[];
    /** Active in the earlier evaluation, not reported by the later one over a window starting on the same day: the export changed. */
    withdrawn: Change<Breach>[];
  };
  /** Escalations that climbed a rung, reached someone new, or were raised since the earlier evaluation. */
  escalations: EscalationChange[];
  obligations: {
    /** Due after the earlier `asOf` and on or before the later one, whatever their status now (met, met late, overdue, excused). */
    fellDue: Change<Obligation>[];
    /** Overdue in the later evaluation and not overdue in the earlier one. An obligation can also be in `fellDue`. */
    becameOverdue: Change<Obligation>[];
  };
  /** Every change counted per owner: most changes first, then by label. */
  byOwner: ChangeGroup[];
  /** Every change counted per team: most changes first, then by label. */
  byTeam: ChangeGroup[];
  /** True when nothing changed. */
  empty: boolean;
}

/** Options of {@link compareEvaluationsAsync}. */
export interface CompareEvaluationsAsyncOptions extends CompareEvaluationsOptions {
  /** Stops the comparison early: it rejects with the signal's reason at its next turn. */
  signal?: AbortSignal;
}

/**
 * Compares two evaluations of the same policy, the later one second: the breaches that
 * began, were resolved, lapsed, or are no longer reported (`leftWindow`, `withdrawn`); the
 * escalations that climbed a rung or reached someone new; the obligations that fell due or
 * became overdue; each placed with its owner and team and counted per owner and per team.
 * Results are matched by id; each list keeps the order of the evaluation it comes from.
 * Each evaluation is checked first as the CLI checks a file it reads. At region size this
 * takes seconds: a server calls {@link compareEvaluationsAsync}, which gives its host turns.
 *
 * @param previous - the earlier evaluation (last week's `evaluate --format json`)
 * @param current - the later evaluation, of the same policy id and version, `asOf` on or after the earlier one's
 * @param options - `dataset`: the later evaluation's dataset, for the teams
 * @returns the changes
 * @throws {@link InvalidOptionsError} when either is not an evaluation (naming the first paths
 *   that are wrong, under `previous` or `current`), the policies differ, or `current.asOf` is
 *   before `previous.asOf`
 * @example
 * const lastWeek = await evaluate(data, { asOf: "2025-03-24" });
 * const thisWeek = await evaluate(data, { asOf: "2025-03-31" });
 * const changes = compareEvaluations(lastWeek, thisWeek, { dataset: data });
 * console.log(changes.breaches.began.length, changes.byTeam);
 */
export function compareEvaluations(
  previous: Evaluation,
  current: Evaluation,
  options: CompareEvaluationsOptions = {},
): EvaluationChanges {
  return finish(compareEvaluationsSteps(previous, current, options));
}

/**
 * {@link compareEvaluations}, in slices: between two slices of a few milliseconds of work the
 * host's event loop gets a turn, so a server goes on answering while it compares two region
 * evaluations.
 *
 * @param previous - the earlier evaluation
 * @param current - the later evaluation
 * @param options - `dataset`, for the teams; `signal`, to stop early
 * @returns the changes, as {@link compareEvaluations} gives them
 * @throws {@link InvalidOptionsError} as {@link compareEvaluations} does (the promise rejects)
 * @example
 * const changes = await compareEvaluationsAsync(lastWeek, thisWeek, { dataset: data });
 */
export async function compareEvaluationsAsync(
  previous: Evaluation,
  current: Evaluation,
  options: CompareEvaluationsAsyncOptions = {},
): Promise<EvaluationChanges> {
  return finishInSlices(compareEvaluationsSteps(previous, current, options), createSlicer(options.signal));
}

/** Items handled between two steps. */
const PER_STEP = 512;

function* compareEvaluationsSteps(previous: Evaluation, current: Evaluation, options: CompareEvaluationsOptions): Generator<void, EvaluationChanges> {
  yield* checkEvaluations(previous, current);
  checkComparable(previous, current);
  const org = yield* createOrgLookupSteps(options.dataset ?? {});
  const placed = <T extends Breach | Obligation>(item: T, before?: T): Change<T> => ({
    item, ...(before === undefined ? {} : { before }), owner: ownerPlacement(item.owner, org), team: org.place(item.subject, item.owner),
  });
  const breaches = yield* breachChanges(previous, current, placed);
  const escalations: EscalationChange[] = [];
  for (const { item, before, change } of yield* escalationChanges(previous.escalations, current.escalations)) {
    if (endsStep(escalations.length, PER_STEP)) yield;
    escalations.push({
      item, ...(before === undefined ? {} : { before }), change,
      owner: ownerPlacement(item.to, org), team: org.place(item.subject, item.to),
    });
  }
  const oldObligations = yield* byId(previous.obligations);
  const fellDue: Change<Obligation>[] = [];
  const becameOverdue: Change<Obligation>[] = [];
  for (const [i, o] of current.obligations.entries()) {
    if (endsStep(i, PER_STEP)) yield;
    const before = oldObligations(o.id);
    if (o.dueBy !== null && o.dueBy > previous.asOf && o.dueBy <= current.asOf) fellDue.push(placed(o, before));
    if (o.status === "overdue" && before?.status !== "overdue") becameOverdue.push(placed(o, before));
  }
  const kinds: Record<ChangeKind, readonly Change<unknown>[]> = {
    began: breaches.began, resolved: breaches.resolved, lapsed: breaches.lapsed, leftWindow: breaches.leftWindow, withdrawn: breaches.withdrawn,
    escalated: escalations, fellDue, becameOverdue,
  };
  const byOwner = yield* changeGroupsSteps(kinds, (c) => c.owner);
  const byTeam = yield* changeGroupsSteps(kinds, (c) => c.team);
  return {
    previous: { asOf: previous.asOf, window: previous.window },
    current: { asOf: current.asOf, window: current.window },
    policy: current.policy,
    breaches,
    escalations,
    obligations: { fellDue, becameOverdue },
    byOwner,
    byTeam,
    empty: Object.values(kinds).every((list) => list.length === 0),
  };
}

/** Checks each evaluation as the CLI checks a file it reads, naming at most five problems of each. */
function* checkEvaluations(previous: unknown, current: unknown): Generator<void, void> {
  const issues: Issue[] = [];
  for (const [name, value] of [["previous", previous], ["current", current]] as const) {
    const found = yield* evaluationIssuesSteps(value);
    for (const issue of found.slice(0, 5)) issues.push({ path: [name, ...issue.path], message: issue.message });
  }
  if (issues.length > 0) throw new InvalidOptionsError(issues);
}

/**
 * Items by id, the last of each id, a step at a time: a look-up in a table sized once for all
 * of them. (A `Map` grows by rehashing every entry in one go: for a region's 200,000 results,
 * one step of tens of milliseconds.)
 */
function* byId<T extends { id: string }>(items: readonly T[]): Generator<void, (id: string) => T | undefined> {
  const index = new IdIndex(items.length);
  // From the end: the table keeps the first it is given of each id, the last in the list.
  for (let i = items.length - 1; i >= 0; i--) {
    if (endsStep(i, PER_STEP)) yield;
    index.add(atIndex(items, i).id, i);
  }
  return (id) => {
    const at = index.get(id);
    return at === undefined ? undefined : atIndex(items, at);
  };
}

function checkComparable(previous: Evaluation, current: Evaluation): void {
  const issues: Issue[] = [];
  const [p, c] = [previous.policy, current.policy];
  if (p.id !== c.id || p.version !== c.version) {
    issues.push({
      path: ["current", "policy"],
      message: `is ${c.id} ${c.version} but the earlier evaluation's is ${p.id} ${p.version}: compare two evaluations of the same policy`,
    });
  }
  if (p.digest !== undefined && c.digest !== undefined && p.digest !== c.digest) {
    issues.push({
      path: ["current", "policy", "digest"],
      message: `is ${c.digest} but the earlier evaluation's is ${p.digest}: the same policy id with other parameters or rule switches; what changed may be the policy, not the data, so compare evaluations made with the same policy`,
    });
  }
  if (current.asOf < previous.asOf) {
    issues.push({ path: ["current", "asOf"], message: "is before the earlier evaluation's asOf: pass the earlier evaluation first" });
  }
  if (issues.length > 0) throw new InvalidOptionsError(issues);
}

function* breachChanges(
  previous: Evaluation,
  current: Evaluation,
  placed: (b: Breach, before?: Breach) => Change<Breach>,
): Generator<void, EvaluationChanges["breaches"]> {
  const old = yield* byId(previous.breaches);
  const now = yield* byId(current.breaches);
  const out: EvaluationChanges["breaches"] = { began: [], resolved: [], lapsed: [], leftWindow: [], withdrawn: [] };
  const listOf = { active: out.began, resolved: out.resolved, lapsed: out.lapsed } as const;
  for (const [i, b] of current.breaches.entries()) {
    if (endsStep(i, PER_STEP)) yield;
    const before = old(b.id);
    if (before?.status !== b.status) listOf[b.status].push(placed(b, before));
  }
  const moved = previous.window.from !== current.window.from;
  for (const [i, b] of previous.breaches.entries()) {
    if (endsStep(i, PER_STEP)) yield;
    if (b.status === "active" && now(b.id) === undefined) (moved ? out.leftWindow : out.withdrawn).push(placed(b));
  }
  return out;
}

function* escalationChanges(
  previous: readonly Escalation[],
  current: readonly Escalation[],
): Generator<void, { item: Escalation; before?: Escalation; change: EscalationChange["change"] }[]> {
  const old = yield* byId(previous);
  const samePerson = (a: Escalation["to"], b: Escalation["to"]) => a.staffId === b.staffId && a.role === b.role && a.body === b.body;
  const out: { item: Escalation; before?: Escalation; change: EscalationChange["change"] }[] = [];
  for (const [i, e] of current.entries()) {
    if (endsStep(i, PER_STEP)) yield;
    const before = old(e.id);
    if (before === undefined) out.push({ item: e, change: "raised" });
    else if (e.level > before.level) out.push({ item: e, before, change: "climbed" });
    else if (!samePerson(e.to, before.to)) out.push({ item: e, before, change: "redirected" });
  }
  return out;
}
