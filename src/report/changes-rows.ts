import type { ChangeKind } from "../compare/change-groups";
import type { Change, EvaluationChanges } from "../compare/compare-evaluations";
import type { Basis, Breach, Escalation, Obligation, Party, Subject } from "../model/evaluation";
import { sortSteps } from "../engine/slicing/sort-in-slices";
import { finish } from "../model/steps";
import { eachStep, mapSteps } from "../util/sliced";
import type { Placement } from "./org";
import { partyName, standInNote } from "./party";

/** One change as a flat row, for the changes reports (Markdown, HTML, CSV). */
export interface ChangeRow {
  kind: ChangeKind;
  /** `began`, `resolved`, `lapsed`, `leftWindow`, `withdrawn`, `raised`, `climbed`, `redirected`, `fellDue`, `becameOverdue`. */
  change: string;
  team: Placement;
  owner: Placement;
  /** The person the rule named, when they were not in post and `owner` stands in for them (an escalation: its recipient). */
  ownerNamed?: string;
  id: string;
  ruleId: string;
  subject: Subject;
  /** How firmly the result rests on the QAF's words. */
  basis: Basis;
  /** The parameters (or rule elements) behind its readings and assumptions. */
  assumptions: readonly string[];
  /** The status now (for a breach no longer reported: as last seen). */
  status?: string;
  statusBefore?: string;
  severity?: string;
  since?: string;
  resolvedOn?: string;
  lapsedOn?: string;
  dueBy?: string;
  raisedOn?: string;
  level?: number;
  levelBefore?: number;
  /** An escalation's recipient before it climbed or was redirected. */
  toBefore?: string;
}

/** The heading of each kind of change, in report order. */
export const CHANGE_TITLES: Record<ChangeKind, string> = {
  began: "Breaches that began",
  resolved: "Breaches resolved",
  lapsed: "Breaches lapsed (their subject stopped first)",
  leftWindow: "Breaches no longer in the window",
  withdrawn: "Breaches withdrawn from the export",
  escalated: "Escalations raised, climbed or redirected",
  fellDue: "Obligations that fell due",
  becameOverdue: "Obligations that became overdue",
};

/** The column headings of the group tables, by kind. */
export const CHANGE_SHORT: Record<ChangeKind, string> = {
  began: "began", resolved: "resolved", lapsed: "lapsed", leftWindow: "left window", withdrawn: "withdrawn",
  escalated: "escalated", fellDue: "fell due", becameOverdue: "became overdue",
};

/**
 * A person or body as a reader sees them: `s42`, `Body: ehivcmt`, `Role: strategic-manager`;
 * someone standing in for the person a rule named, `s12 (for s7, not in post)`.
 *
 * @param party - an owner or recipient
 * @returns the text
 */
export function partyText(party: Party): string {
  return (party.staffId ?? (party.body !== undefined ? `Body: ${party.body}` : `Role: ${party.role ?? "unknown"}`)) + standInNote(party);
}

/**
 * What a change is about, as a reader sees it: `case 100`, or `the service`.
 *
 * @param subject - the result's subject
 * @returns the text
 */
export function aboutText(subject: Subject): string {
  return subject.type === "service" ? "the service" : `${subject.type} ${subject.id}`;
}

type Result = { id: string; ruleId: string; subject: Subject; basis: Basis; assumptions: string[] };

const common = <T extends Result>(kind: ChangeKind, change: string, c: Change<T>, party: Party) => {
  const named = party.named;
  return {
    kind, change, team: c.team, owner: c.owner, ...(named === undefined ? {} : { ownerNamed: partyName(named) }),
    id: c.item.id, ruleId: c.item.ruleId, subject: c.item.subject, basis: c.item.basis, assumptions: c.item.assumptions,
  };
};

function breachRow(kind: ChangeKind, c: Change<Breach>): ChangeRow {
  const b = c.item;
  return {
    ...common(kind, kind, c, b.owner), status: b.status, ...(c.before ? { statusBefore: c.before.status } : {}),
    severity: b.severity, since: b.since, ...(b.resolvedOn === undefined ? {} : { resolvedOn: b.resolvedOn }),
    ...(b.lapsedOn === undefined ? {} : { lapsedOn: b.lapsedOn }),
  };
}

function obligationRow(kind: ChangeKind, c: Change<Obligation>): ChangeRow {
  const o = c.item;
  return { ...common(kind, kind, c, o.owner), status: o.status, ...(c.before ? { statusBefore: c.before.status } : {}), ...(o.dueBy === null ? {} : { dueBy: o.dueBy }) };
}

function escalationRow(c: EvaluationChanges["escalations"][number]): ChangeRow {
  const e: Escalation = c.item;
  return {
    ...common("escalated", c.change, c, e.to), raisedOn: e.raisedOn, level: e.level,
    ...(c.before ? { levelBefore: c.before.level, toBefore: partyText(c.before.to) } : {}),
  };
}

/**
 * Every change of a comparison as a flat row, kind by kind in report order; within a
 * kind, by team label (team first, then area, then service-wide), keeping the
 * comparison's order inside a team.
 *
 * @param changes - the result of `compareEvaluations`
 * @returns the rows
 */
export function changeRows(changes: EvaluationChanges): ChangeRow[] {
  return finish(changeRowsSteps(changes));
}

/**
 * {@link changeRows} a step at a time (it yields every few hundred changes), for the changes
 * reports' async forms.
 *
 * @param changes - the result of `compareEvaluations`
 * @returns steps, then the rows
 */
export function* changeRowsSteps(changes: EvaluationChanges): Generator<void, ChangeRow[]> {
  const { breaches: b, obligations: o } = changes;
  const rank = (p: Placement): number => (p.key.startsWith("team:") ? 0 : p.key.startsWith("area:") ? 1 : 2);
  const text = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const order = (x: ChangeRow, y: ChangeRow): number =>
    rank(x.team) - rank(y.team) || text(x.team.label, y.team.label) || text(x.team.key, y.team.key);
  const out: ChangeRow[] = [];
  // Each kind sorted by a stable sort, so a team's changes keep the comparison's order.
  const add = function* (rows: ChangeRow[]): Generator<void, void> {
    for (const row of yield* sortSteps(rows, order)) out.push(row);
  };
  yield* add(yield* mapSteps(b.began, (c) => breachRow("began", c)));
  yield* add(yield* mapSteps(b.resolved, (c) => breachRow("resolved", c)));
  yield* add(yield* mapSteps(b.lapsed, (c) => breachRow("lapsed", c)));
  yield* add(yield* mapSteps(b.leftWindow, (c) => breachRow("leftWindow", c)));
  yield* add(yield* mapSteps(b.withdrawn, (c) => breachRow("withdrawn", c)));
  yield* add(yield* mapSteps(changes.escalations, escalationRow));
  yield* add(yield* mapSteps(o.fellDue, (c) => obligationRow("fellDue", c)));
  yield* add(yield* mapSteps(o.becameOverdue, (c) => obligationRow("becameOverdue", c)));
  return out;
}

/**
 * The rows of each kind of change, in the order of {@link changeRows}.
 *
 * @param rows - the rows of {@link changeRows}
 * @returns steps, then the rows by kind (every kind present, perhaps with none)
 */
export function* rowsByKind(rows: readonly ChangeRow[]): Generator<void, Record<ChangeKind, ChangeRow[]>> {
  const byKind: Record<ChangeKind, ChangeRow[]> = {
    began: [], resolved: [], lapsed: [], leftWindow: [], withdrawn: [], escalated: [], fellDue: [], becameOverdue: [],
  };
  yield* eachStep(rows, (r) => {
    byKind[r.kind].push(r);
  });
  return byKind;
}

/** A table of one kind of change: its headings and a row's cells, as plain text. */
export interface ChangeTable {
  header: string[];
  cells(row: ChangeRow): string[];
}

/** The index of the rule's cell in every {@link ChangeTable}: the HTML report marks a result's footing there. */
export const RULE_CELL = 2;

const escalationText = (r: ChangeRow): string =>
  r.change === "climbed" ? `climbed from rung ${r.levelBefore ?? "?"} (${r.toBefore ?? "?"})`
  : r.change === "redirected" ? `redirected from ${r.toBefore ?? "?"}` : "raised";

/**
 * The table the Markdown and HTML reports show for one kind of change.
 *
 * @param kind - the kind of change
 * @returns its headings and cells
 */
export function changeTable(kind: ChangeKind): ChangeTable {
  const head = (r: ChangeRow): string[] => [
    r.team.label, r.owner.label + (r.ownerNamed === undefined ? "" : ` (for ${r.ownerNamed}, not in post)`), r.ruleId, aboutText(r.subject),
  ];
  if (kind === "escalated") {
    return {
      header: ["team", "to", "rule", "about", "change", "rung", "raised on"],
      cells: (r) => [...head(r), escalationText(r), String(r.level ?? ""), r.raisedOn ?? ""],
    };
  }
  if (kind === "fellDue" || kind === "becameOverdue") {
    return { header: ["team", "owner", "rule", "about", "due by", "status now"], cells: (r) => [...head(r), r.dueBy ?? "", r.status ?? ""] };
  }
  const settled = kind === "resolved" ? { header: "resolved on", day: (r: ChangeRow) => r.resolvedOn }
    : kind === "lapsed" ? { header: "lapsed on", day: (r: ChangeRow) => r.lapsedOn } : undefined;
  return {
    header: ["team", "owner", "rule", "about", "severity", "since", ...(settled === undefined ? [] : [settled.header])],
    cells: (r) => [...head(r), r.severity ?? "", r.since ?? "", ...(settled === undefined ? [] : [settled.day(r) ?? ""])],
  };
}
