import type { Evaluation } from "../model/evaluation";
import { dueSoonTest, soonestFirst } from "../query/due-soon";
import { BASES } from "../policy/basis";
import { BASIS_MEANING } from "./basis";
import { finish } from "../model/steps";
import { filterSteps, joinSteps, mapSteps, runInSlices, type SlicedOptions } from "../util/sliced";
import { escapeMarkdown as md } from "./escape";
import { createOrgLookupSteps, type ReportDataset } from "./org";
import { incompleteWarning } from "./rejection-losses";
import { countBySteps, summariseSteps } from "./summary";

function head(header: readonly string[]): string[] {
  return [`| ${header.map(md).join(" | ")} |`, `|${header.map(() => " --- ").join("|")}|`];
}

const row = (r: readonly (string | number)[]): string => `| ${r.map(md).join(" | ")} |`;

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string[] {
  return [...head(header), ...rows.map(row)];
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
  return finish(markdownSummarySteps(evaluation, dataset));
}

/**
 * {@link markdownSummary}, giving the host's event loop a turn every few milliseconds of work:
 * the same text, for a server that writes a region's summary and goes on answering.
 *
 * @param evaluation - the result of `evaluate`
 * @param dataset - optionally, the dataset evaluated, for the by-team tables
 * @param options - `signal`, to stop early
 * @returns the Markdown text, as {@link markdownSummary} gives it
 * @example
 * const text = await markdownSummaryAsync(result, dataset, { signal });
 */
export function markdownSummaryAsync(evaluation: Evaluation, dataset?: ReportDataset, options: SlicedOptions = {}): Promise<string> {
  return runInSlices(markdownSummarySteps(evaluation, dataset), options);
}

function* markdownSummarySteps(evaluation: Evaluation, dataset: ReportDataset | undefined): Generator<void, string> {
  const s = yield* summariseSteps(evaluation);
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
    const org = yield* createOrgLookupSteps(dataset);
    const active = yield* filterSteps(evaluation.breaches, (b) => b.status === "active");
    const byTeam = yield* countBySteps(active, (b) => org.place(b.subject, b.owner));
    lines.push("", "## Active breaches by team", "");
    if (byTeam.length === 0) lines.push("No active breaches.");
    else lines.push(...table(["team", "active breaches"], byTeam.map((t) => [t.label, t.count])));
    const soon = (yield* filterSteps(evaluation.obligations, dueSoonTest(evaluation, { within: 14 }))).sort(soonestFirst);
    const due = yield* countBySteps(soon, (o) => org.place(o.subject, o.owner));
    lines.push("", "## Due in the next 14 days", "");
    if (due.length === 0) lines.push("Nothing falls due in the next 14 days.");
    else lines.push(...table(["team", "obligations due"], due.map((t) => [t.label, t.count])));
  }
  if (evaluation.rejected.length > 0) {
    lines.push("", "## Rejected records", "", ...head(["collection", "index", "id", "problems"]));
    const rows = yield* mapSteps(evaluation.rejected, (r) =>
      row([r.collection, r.index, r.id ?? "", r.issues.map((i) => `${i.path.join(".") || "(record)"}: ${i.message}`).join("; ")]));
    for (const line of rows) lines.push(line);
  }
  return (yield* joinSteps(lines, "\n")) + "\n";
}
