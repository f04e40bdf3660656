import type { Evaluation } from "../model/evaluation";
import { dueSoon } from "../query/due-soon";
import { BASES } from "../policy/basis";
import { BASIS_MEANING } from "./basis";
import { escapeMarkdown as md } from "./escape";
import { createOrgLookup, type ReportDataset } from "./org";
import { incompleteWarning } from "./rejection-losses";
import { countBy, summarise } from "./summary";

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string[] {
  return [
    `| ${header.map(md).join(" | ")} |`,
    `|${header.map(() => " --- ").join("|")}|`,
    ...rows.map((r) => `| ${r.map(md).join(" | ")} |`),
  ];
}

/**
 * A Markdown summary of an evaluation, for a pull request, a wiki or an email: a warning
 * when rejection cost a collection more than 5% of its records (see `incompleteWarning`), headline
 * numbers, the results by how firmly they rest on the QAF's words (basis), breaches by
 * rule, and (given the dataset) active breaches by team and what falls due in the next 14
 * days.
 *
 * @param evaluation - the result of `evaluate`
 * @param dataset - optionally, the dataset evaluated, for the by-team tables
 * @returns the Markdown text, ending with a line feed
 * @example
 * writeFileSync("summary.md", markdownSummary(result, dataset));
 */
export function markdownSummary(evaluation: Evaluation, dataset?: ReportDataset): string {
  const s = summarise(evaluation);
  const st = s.obligations.byStatus;
  const warning = incompleteWarning(evaluation.counts);
  const lines = [
    `# One Point QAF: evaluation as of ${md(s.asOf)}`,
    "",
    `Window ${md(s.window.from)} to ${md(s.window.to)}; policy ${md(s.policy.id)} ${md(s.policy.version)}.`,
    "",
    ...(warning === undefined ? [] : [`**${md(warning)}**`, ""]),
    ...table(["", "count"], [
      ["Records received", s.records.received],
      ["Records rejected", s.records.rejected],
      ["Obligations", s.obligations.total],
      ["… met on time", st.met],
      ["… met late", st["met-late"]],
      ["… overdue", st.overdue],
      ["… open", st.open],
      ["… excused", st.excused],
      ["Breaches active", s.breaches.active],
      ["… of high severity", s.breaches.activeBySeverity.high],
      ["Breaches resolved", s.breaches.resolved],
      ["Breaches lapsed (subject stopped first)", s.breaches.lapsed],
      ["Escalations", s.escalations.total],
    ]),
    "",
    "## By basis",
    "",
    "How firmly each result rests on the QAF's own words, firmest first.",
    "",
    ...table(["basis", "meaning", "obligations", "active breaches", "escalations"], BASES.map((b) =>
      [b, BASIS_MEANING[b], s.byBasis[b].obligations, s.byBasis[b].activeBreaches, s.byBasis[b].escalations])),
    "",
    "## Breaches by rule",
    "",
  ];
  if (s.byRule.length === 0) lines.push("No breaches.");
  else lines.push(...table(["rule", "section", "severity", "active", "resolved", "lapsed"],
    s.byRule.map((r) => [r.ruleId, r.section, r.severity, r.active, r.resolved, r.lapsed])));
  if (dataset !== undefined) {
    const org = createOrgLookup(dataset);
    const active = evaluation.breaches.filter((b) => b.status === "active");
    const byTeam = countBy(active, (b) => org.place(b.subject, b.owner));
    lines.push("", "## Active breaches by team", "");
    if (byTeam.length === 0) lines.push("No active breaches.");
    else lines.push(...table(["team", "active breaches"], byTeam.map((t) => [t.label, t.count])));
    const due = countBy(dueSoon(evaluation, { within: 14 }), (o) => org.place(o.subject, o.owner));
    lines.push("", "## Due in the next 14 days", "");
    if (due.length === 0) lines.push("Nothing falls due in the next 14 days.");
    else lines.push(...table(["team", "obligations due"], due.map((t) => [t.label, t.count])));
  }
  if (evaluation.rejected.length > 0) {
    lines.push("", "## Rejected records", "", ...table(["collection", "index", "id", "problems"],
      evaluation.rejected.map((r) => [r.collection, r.index, r.id ?? "", r.issues.map((i) => `${i.path.join(".") || "(record)"}: ${i.message}`).join("; ")])));
  }
  return lines.join("\n") + "\n";
}
