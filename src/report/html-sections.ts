import type { Evaluation, Obligation } from "../model/evaluation";
import { dueSoon } from "../query/due-soon";
import { escapeHtml as esc } from "./escape";
import type { OrgLookup, ReportDataset } from "./org";
import { escalationsByRecipient, gradeDistribution, surveyQuarters } from "./report-data";
import { countBy, type EvaluationSummary } from "./summary";
import { barChart, columnChart } from "./svg";

const ACTIVE = { name: "active", color: "#c0392b" };
const RESOLVED = { name: "resolved", color: "#b8c4cf" };
const MAX_ROWS = 25;

function section(id: string, title: string, lead: string, body: string): string {
  return `<section id="${id}"><h2>${esc(title)}</h2><p class="lead">${esc(lead)}</p>${body}</section>`;
}

function rowsOf(cells: readonly (readonly string[])[]): string {
  return cells.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("");
}

function tableHtml(header: readonly string[], rows: readonly (readonly string[])[], cls = ""): string {
  return `<table${cls === "" ? "" : ` class="${cls}"`}><thead><tr>${header.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead><tbody>${rowsOf(rows)}</tbody></table>`;
}

/** The cover: headline figures. */
export function headline(s: EvaluationSummary): string {
  const st = s.obligations.byStatus;
  const figures: [string, number, string][] = [
    ["Obligations", s.obligations.total, ""],
    ["Met on time", st.met, "good"],
    ["Met late", st["met-late"], "warn"],
    ["Overdue", st.overdue, "bad"],
    ["Open", st.open, ""],
    ["Active breaches", s.breaches.active, "bad"],
    ["High severity", s.breaches.activeBySeverity.high, "bad"],
    ["Escalations", s.escalations.total, "warn"],
    ["Rejected records", s.records.rejected, s.records.rejected > 0 ? "bad" : "good"],
  ];
  return `<div class="figures">${figures.map(([label, n, cls]) =>
    `<div class="figure ${cls}"><span class="n">${n}</span><span class="l">${esc(label)}</span></div>`).join("")}</div>`;
}

/** Breaches by rule and by team, active stacked on resolved. */
export function breachCharts(evaluation: Evaluation, s: EvaluationSummary, org: OrgLookup): string {
  const byRule = barChart("Breaches by rule", s.byRule.map((r) => ({ label: r.ruleId, values: [r.active, r.resolved] })), [ACTIVE, RESOLVED]);
  const teams = new Map<string, { label: string; values: [number, number] }>();
  for (const b of evaluation.breaches) {
    const p = org.place(b.subject, b.owner);
    const t = teams.get(p.key) ?? { label: p.label, values: [0, 0] };
    t.values[b.status === "active" ? 0 : 1]++;
    teams.set(p.key, t);
  }
  const rows = [...teams.values()].sort((a, b) => b.values[0] - a.values[0] || b.values[1] - a.values[1] || (a.label < b.label ? -1 : 1));
  return section("breaches-by-rule", "Breaches by rule", "Every breach in the window, by the QAF rule it breaks: active (still to put right) and resolved.", byRule) +
    section("breaches-by-team", "Breaches by team", "The same breaches by the team whose work they concern (area or service-wide when no team applies).",
      barChart("Breaches by team", rows, [ACTIVE, RESOLVED]));
}

/** Audit grade distribution, grades at or below the QISP threshold highlighted. */
export function gradeChart(evaluation: Evaluation, dataset: ReportDataset, qispMaxGrade: number): string {
  const counts = gradeDistribution(evaluation, dataset);
  const total = counts.reduce((a, b) => a + b, 0);
  const body = total === 0 ? `<p class="none">No graded audits in the window.</p>` :
    columnChart("Audit grade distribution", counts.map((n, i) => ({ label: String(i + 1), value: n, color: i + 1 <= qispMaxGrade ? "#d35400" : "#2c6fbb" })));
  return section("audit-grades", "Audit grade distribution",
    `Case and thematic audits completed in the window (${total}), by grade 1 to 10. Orange: grade ${qispMaxGrade} or below, which needs a Quality Improvement Support Plan.`, body);
}

/** Survey completion against the target, per quarter. */
export function surveyChart(evaluation: Evaluation, dataset: ReportDataset, targetRate: number): string {
  const quarters = surveyQuarters(evaluation, dataset);
  const pct = (v: number): string => `${Math.round(v * 1000) / 10}%`;
  const body = quarters.length === 0 ? `<p class="none">No survey target quarters in the window.</p>` :
    columnChart("Survey completion per quarter", quarters.map((q) => {
      const rate = q.closed === 0 ? 0 : q.completed / q.closed;
      return {
        label: q.label, value: rate,
        color: q.status === "open" ? "#7f8c8d" : q.closed > 0 && rate < targetRate ? "#c0392b" : "#27ae60",
        note: q.closed === 0 ? "no closures" : `${pct(rate)} (${q.completed}/${q.closed})`,
      };
    }), { target: targetRate, targetLabel: `target ${pct(targetRate)}`, max: Math.max(targetRate * 2, 0.2), format: pct });
  return section("survey-completion", "Survey completion against target",
    "Families closed in each quarter with at least one survey completed, service-wide. Red: below target; grey: quarter still open.", body);
}

/** Overdue supervision obligations by team. */
export function supervisionChart(evaluation: Evaluation, org: OrgLookup): string {
  const overdue = evaluation.obligations.filter((o) => o.ruleId.startsWith("supervision.") && o.status === "overdue");
  const rows = countBy(overdue, (o) => org.place(o.subject, o.owner)).map((t) => ({ label: t.label, values: [t.count] }));
  return section("overdue-supervision", "Overdue supervision by team",
    "Supervision obligations (frequency and interval) overdue on the as-of day, by the supervisee's team.",
    barChart("Overdue supervision by team", rows, [{ name: "overdue", color: "#d35400" }]));
}

/** Escalations grouped by the person or body that receives them. */
export function escalationList(evaluation: Evaluation, org: OrgLookup): string {
  const people = escalationsByRecipient(evaluation, org);
  const body = people.length === 0 ? `<p class="none">No escalations.</p>` : tableHtml(
    ["to", "escalations", "referrals", "breach escalations", "highest level", "latest"],
    people.map((p) => {
      const referrals = p.escalations.filter((e) => e.kind === "referral").length;
      const latest = p.escalations.slice(0, 3).map((e) => `${esc(e.raisedOn)}: ${esc(e.reason)}`).join("<br>");
      const more = p.escalations.length > 3 ? `<br><span class="more">and ${p.escalations.length - 3} more</span>` : "";
      return [esc(p.label), String(p.escalations.length), String(referrals), String(p.escalations.length - referrals),
        String(Math.max(...p.escalations.map((e) => e.level))), latest + more];
    }));
  return section("escalations", "Escalations by person", "Who must now know: referrals the QAF names and breaches climbing the ladder.", body);
}

/** What falls due in the next 14 days, one table per team. */
export function dueTables(evaluation: Evaluation, org: OrgLookup): string {
  const due = dueSoon(evaluation, { within: 14 });
  const teams = new Map<string, { label: string; items: Obligation[] }>();
  for (const o of due) {
    const p = org.place(o.subject, o.owner);
    const t = teams.get(p.key) ?? { label: p.label, items: [] };
    t.items.push(o);
    teams.set(p.key, t);
  }
  const rank = (key: string): number => (key.startsWith("team:") ? 0 : key.startsWith("area:") ? 1 : 2);
  const sorted = [...teams.entries()].sort(([ka, a], [kb, b]) =>
    rank(ka) - rank(kb) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)).map(([, t]) => t);
  const body = sorted.length === 0 ? `<p class="none">Nothing falls due in the next 14 days.</p>` : sorted.map((t) =>
    `<h3>${esc(t.label)} <span class="count">${t.items.length}</span></h3>` +
    tableHtml(["due by", "rule", "about", "owner"], t.items.slice(0, MAX_ROWS).map((o) =>
      [esc(o.dueBy ?? ""), esc(o.ruleId), esc(o.subject.type === "service" ? "the service" : `${o.subject.type} ${o.subject.id}`), esc(o.owner.staffId ?? o.owner.body ?? o.owner.role ?? "")]), "due") +
    (t.items.length > MAX_ROWS ? `<p class="more">and ${t.items.length - MAX_ROWS} more</p>` : "")).join("");
  return section("due-soon", "Due in the next 14 days",
    `Open obligations falling due from ${evaluation.asOf} to 14 days after, by team, soonest first.`, body);
}

/** Rejected records, when there are any. */
export function rejectedList(evaluation: Evaluation): string {
  if (evaluation.rejected.length === 0) return "";
  return section("rejected", "Rejected records", "Records that were not evaluated, with every problem found. Fix them at source and run again.",
    tableHtml(["collection", "index", "id", "problems"], evaluation.rejected.slice(0, 200).map((r) =>
      [esc(r.collection), String(r.index), esc(r.id ?? ""), r.issues.map((i) => esc(`${i.path.join(".") || "(record)"}: ${i.message}`)).join("<br>")])) +
    (evaluation.rejected.length > 200 ? `<p class="more">and ${evaluation.rejected.length - 200} more</p>` : ""));
}
