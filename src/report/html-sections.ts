import type { Evaluation } from "../model/evaluation";
import type { Parameters, ParameterValues } from "../policy/parameters";
import { BASES } from "../policy/basis";
import { BASIS_MEANING } from "./basis";
import { escapeHtml as esc } from "./escape";
import { footingHtml, tableHtml, timeHtml, type HtmlSection } from "./html-parts";
import type { OrgLookup, ReportDataset } from "./org";
import { standInNote } from "./party";
import { escalationsByRecipientSteps, gradeDistribution, surveyQuartersSteps } from "./report-data";
import { countBySteps, type EvaluationSummary } from "./summary";
import { barChart, columnChart } from "./svg";
import { atIndex } from "../util/at-index";
import { eachStep, filterSteps, mapSteps } from "../util/sliced";

const ACTIVE = { name: "active", color: "#c0392b" };
const RESOLVED = { name: "resolved", color: "#b8c4cf" };
const LAPSED = { name: "lapsed", color: "#d9c89e" };
/** A breach's series in the charts, in stacking order. */
const BREACH_STATUSES = ["active", "resolved", "lapsed"] as const;
const MAX_REJECTED = 200;
/** The id of the rejected records' section. */
export const REJECTED_ID = "rejected";

function section(id: string, title: string, lead: string, html: string): HtmlSection {
  return { id, title, lead, html };
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

/** The results by how firmly they rest on the QAF's words: obligations, breaches and escalations per basis. */
export function basisSection(s: EvaluationSummary): HtmlSection {
  const body = tableHtml(["basis", "meaning", "obligations", "active breaches", "resolved breaches", "lapsed breaches", "escalations"],
    BASES.map((b) => {
      const c = s.byBasis[b];
      return [`<span class="basis-name">${esc(b)}</span>`, esc(BASIS_MEANING[b]), String(c.obligations), String(c.activeBreaches),
        String(c.resolvedBreaches), String(c.lapsedBreaches), String(c.escalations)];
    }), "by-basis");
  return section("by-basis", "How firmly the results rest on the QAF",
    "Every obligation, breach and escalation by its basis, firmest first. Below, a result marked \"reading\" or \"assumption\" names the parameters behind it.", body);
}

/** Breaches by rule and by team: active, resolved and lapsed, stacked (steps: every few hundred breaches placed). */
export function* breachCharts(evaluation: Evaluation, s: EvaluationSummary, org: OrgLookup): Generator<void, HtmlSection[]> {
  const byRule = barChart("Breaches by rule", s.byRule.map((r) => ({ label: r.ruleId, values: [r.active, r.resolved, r.lapsed] })), [ACTIVE, RESOLVED, LAPSED]);
  const teams = new Map<string, { label: string; values: [number, number, number] }>();
  yield* eachStep(evaluation.breaches, (b) => {
    const p = org.place(b.subject, b.owner);
    const t = teams.get(p.key) ?? { label: p.label, values: [0, 0, 0] };
    const s = BREACH_STATUSES.indexOf(b.status);
    t.values[s] = atIndex(t.values, s) + 1;
    teams.set(p.key, t);
  });
  const rows = [...teams.values()].sort((a, b) =>
    b.values[0] - a.values[0] || b.values[1] - a.values[1] || b.values[2] - a.values[2] || (a.label < b.label ? -1 : 1));
  return [section("breaches-by-rule", "Breaches by rule",
    "Every breach in the window, by the QAF rule it breaks: active (still to put right), resolved, and lapsed (its subject stopped, a person left or a case closed, before anyone met it).", byRule),
  section("breaches-by-team", "Breaches by team", "The same breaches by the team whose work they concern (area or service-wide when no team applies).",
    barChart("Breaches by team", rows, [ACTIVE, RESOLVED, LAPSED]))];
}

/** Audit grade distribution, grades at or below the QISP threshold highlighted. */
export function gradeChart(evaluation: Evaluation, dataset: ReportDataset, qispMaxGrade: number): HtmlSection {
  const counts = gradeDistribution(evaluation, dataset);
  const total = counts.reduce((a, b) => a + b, 0);
  const body = total === 0 ? `<p class="none">No graded audits in the window.</p>` :
    columnChart("Audit grade distribution", counts.map((n, i) => ({ label: String(i + 1), value: n, color: i + 1 <= qispMaxGrade ? "#d35400" : "#2c6fbb" })));
  return section("audit-grades", "Audit grade distribution",
    `Case and thematic audits completed in the window (${total}), by grade 1 to 10. Orange: grade ${qispMaxGrade} or below, which needs a Quality Improvement Support Plan.`, body);
}

/** Survey completion against the target, per quarter (steps: every few hundred cases counted). */
export function* surveyChart(
  evaluation: Evaluation, dataset: ReportDataset, targetRate: number, policy: { parameters: Parameters | ParameterValues },
): Generator<void, HtmlSection> {
  const quarters = yield* surveyQuartersSteps(evaluation, dataset, policy);
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

/** Overdue supervision obligations by team (steps: every few hundred obligations read). */
export function* supervisionChart(evaluation: Evaluation, org: OrgLookup): Generator<void, HtmlSection> {
  const overdue = yield* filterSteps(evaluation.obligations, (o) => o.ruleId.startsWith("supervision.") && o.status === "overdue");
  const rows = (yield* countBySteps(overdue, (o) => org.place(o.subject, o.owner))).map((t) => ({ label: t.label, values: [t.count] }));
  return section("overdue-supervision", "Overdue supervision by team",
    "Supervision obligations (frequency and interval) overdue on the as-of day, by the supervisee's team.",
    barChart("Overdue supervision by team", rows, [{ name: "overdue", color: "#d35400" }]));
}

/** Escalations grouped by the person or body that receives them (steps: every few hundred escalations, and every few recipients). */
export function* escalationList(evaluation: Evaluation, org: OrgLookup): Generator<void, HtmlSection> {
  const people = yield* escalationsByRecipientSteps(evaluation, org);
  const body = people.length === 0 ? `<p class="none">No escalations.</p>` : tableHtml(
    ["to", "escalations", "referrals", "breach escalations", "highest level", "latest"],
    yield* mapSteps(people, (p) => {
      const referrals = p.escalations.filter((e) => e.kind === "referral").length;
      const latest = p.escalations.slice(0, 3).map((e) => `${timeHtml(e.raisedOn)}: ${esc(e.reason + standInNote(e.to))}${footingHtml(e)}`).join("<br>");
      const more = p.escalations.length > 3 ? `<br><span class="more">and ${p.escalations.length - 3} more</span>` : "";
      return [esc(p.label), String(p.escalations.length), String(referrals), String(p.escalations.length - referrals),
        String(p.escalations.reduce((top, e) => Math.max(top, e.level), Number.NEGATIVE_INFINITY)), latest + more];
    }, 8));
  return section("escalations", "Escalations by person", "Who must now know: referrals the QAF names and breaches climbing the ladder.", body);
}

/** Rejected records, when there are any. */
export function rejectedList(evaluation: Evaluation): HtmlSection | undefined {
  if (evaluation.rejected.length === 0) return undefined;
  return section(REJECTED_ID, "Rejected records", "Records that were not evaluated, with every problem found. Fix them at source and run again.",
    tableHtml(["collection", "index", "id", "problems"], evaluation.rejected.map((r) =>
      [esc(r.collection), String(r.index), esc(r.id ?? ""), r.issues.map((i) => esc(`${i.path.join(".") || "(record)"}: ${i.message}`)).join("<br>")]), "", MAX_REJECTED));
}
