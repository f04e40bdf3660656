import { endsStep } from "../model/steps";
import type { Breach, Evaluation, Obligation, Subject } from "../model/evaluation";
import { dueSoonTest, soonestFirst } from "../query/due-soon";
import { filterSteps } from "../util/sliced";
import { escapeHtml as esc } from "./escape";
import { humanDate } from "./human-date";
import { MAX_ROWS, footingHtml, tableHtml, timeHtml, type HtmlSection } from "./html-parts";
import type { OrgLookup, Placement, ReportDataset } from "./org";
import { ownerText } from "./party";

/** What one team (or an area's own work, or the service's) has to act on. */
interface Work {
  label: string;
  breaches: Breach[];
  overdue: Obligation[];
  due: Obligation[];
}

interface AreaWork {
  label: string;
  /** Sorts areas by name, "Service-wide" last. */
  rank: number;
  groups: Map<string, Work>;
}

const DUE_WITHIN = 14;

/** Results placed between two steps. */
const PER_STEP = 1024;

function about(s: Subject): string {
  return s.type === "service" ? "the service" : `${s.type} ${s.id}`;
}

function count(n: number, one: string, cls = ""): string {
  return n === 0 ? "" : ` <span class="count${cls === "" ? "" : ` ${cls}`}">${n} ${one}</span>`;
}

function counts(w: { breaches: number; overdue: number; due: number }): string {
  return count(w.breaches, w.breaches === 1 ? "active breach" : "active breaches", "bad") +
    count(w.overdue, "overdue", "warn") + count(w.due, "due soon");
}

function byLabel(a: { label: string }, b: { label: string }): number {
  return a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
}

function earliest<T>(items: readonly T[], dayOf: (item: T) => string | null): T[] {
  return [...items].sort((a, b) => ((dayOf(a) ?? "") < (dayOf(b) ?? "") ? -1 : (dayOf(a) ?? "") > (dayOf(b) ?? "") ? 1 : 0));
}

function workHtml(w: Work): string {
  const part = (title: string, header: string[], rows: string[][]): string =>
    rows.length === 0 ? "" : `<h4>${esc(title)}</h4>${tableHtml(header, rows, "work", MAX_ROWS)}`;
  return part("Active breaches", ["since", "rule", "about", "severity"],
    earliest(w.breaches, (b) => b.since).map((b) => [timeHtml(b.since), esc(b.ruleId) + footingHtml(b), esc(about(b.subject)), esc(b.severity)])) +
    part("Overdue", ["due by", "rule", "about", "owner"],
      earliest(w.overdue, (o) => o.dueBy).map((o) => [timeHtml(o.dueBy), esc(o.ruleId) + footingHtml(o), esc(about(o.subject)), esc(ownerText(o.owner))])) +
    part(`Due in the next ${DUE_WITHIN} days`, ["due by", "rule", "about", "owner"],
      w.due.map((o) => [timeHtml(o.dueBy), esc(o.ruleId) + footingHtml(o), esc(about(o.subject)), esc(ownerText(o.owner))]));
}

function totals(groups: Iterable<Work>): { breaches: number; overdue: number; due: number } {
  const t = { breaches: 0, overdue: 0, due: 0 };
  for (const w of groups) {
    t.breaches += w.breaches.length;
    t.overdue += w.overdue.length;
    t.due += w.due.length;
  }
  return t;
}

/**
 * The "By area and team" section: one folding block per area, inside it one per team, each
 * with the team's active breaches, overdue obligations and what falls due in the next 14
 * days. A county's report stays short until a reader opens the team they manage.
 *
 * @param evaluation - the result of `evaluate`
 * @param dataset - the dataset evaluated (teams and areas)
 * @param org - the organisation lookup built from it
 * @returns steps (one every thousand results placed, and after each area written), then the section
 */
export function* areaTeamSectionSteps(evaluation: Evaluation, dataset: ReportDataset, org: OrgLookup): Generator<void, HtmlSection> {
  const teamArea = new Map((dataset.teams ?? []).map((t) => [t.id, t.areaId]));
  const areaName = new Map((dataset.areas ?? []).map((a) => [a.id, a.name ?? a.id]));
  const areas = new Map<string, AreaWork>();
  const workOf = (p: Placement): Work => {
    const teamId = p.key.startsWith("team:") ? p.key.slice(5) : undefined;
    const areaId = teamId !== undefined ? teamArea.get(teamId) : p.key.startsWith("area:") ? p.key.slice(5) : undefined;
    const areaKey = areaId === undefined ? "service" : `area:${areaId}`;
    let area = areas.get(areaKey);
    if (area === undefined) {
      area = areaId === undefined ? { label: "Service-wide", rank: 1, groups: new Map() }
        : { label: areaName.get(areaId) ?? areaId, rank: 0, groups: new Map() };
      areas.set(areaKey, area);
    }
    const groupLabel = teamId !== undefined ? p.label : areaId !== undefined ? "Area-wide" : "Service-wide";
    let w = area.groups.get(p.key);
    if (w === undefined) {
      w = { label: groupLabel, breaches: [], overdue: [], due: [] };
      area.groups.set(p.key, w);
    }
    return w;
  };
  for (const [i, b] of evaluation.breaches.entries()) {
    if (endsStep(i, PER_STEP)) yield;
    if (b.status === "active") workOf(org.place(b.subject, b.owner)).breaches.push(b);
  }
  for (const [i, o] of evaluation.obligations.entries()) {
    if (endsStep(i, PER_STEP)) yield;
    if (o.status === "overdue") workOf(org.place(o.subject, o.owner)).overdue.push(o);
  }
  const soon = (yield* filterSteps(evaluation.obligations, dueSoonTest(evaluation, { within: DUE_WITHIN }))).sort(soonestFirst);
  for (const o of soon) workOf(org.place(o.subject, o.owner)).due.push(o);
  yield;

  const sorted = [...areas.values()].sort((a, b) => a.rank - b.rank || byLabel(a, b));
  const parts: string[] = [];
  for (const area of sorted) {
    const groups = [...area.groups.values()].sort(byLabel);
    parts.push(`<details class="area"><summary><span class="name">${esc(area.label)}</span>${counts(totals(groups))}</summary>` +
      groups.map((w) => `<details class="team"><summary><span class="name">${esc(w.label)}</span>` +
        `${counts({ breaches: w.breaches.length, overdue: w.overdue.length, due: w.due.length })}</summary>${workHtml(w)}</details>`).join("") +
      `</details>`);
    yield;
  }
  const html = sorted.length === 0 ? `<p class="none">No active breach, nothing overdue, nothing due in the next ${DUE_WITHIN} days.</p>` : parts.join("");
  return {
    id: "by-area", title: "By area and team",
    lead: `Each area and team, folded: open one to see its active breaches, its overdue obligations and what falls due from ${humanDate(evaluation.asOf)} to ${DUE_WITHIN} days after, soonest first.`,
    html,
  };
}
