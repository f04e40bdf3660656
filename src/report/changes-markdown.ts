import { CHANGE_KINDS, type ChangeGroup } from "../compare/change-groups";
import type { EvaluationChanges } from "../compare/compare-evaluations";
import { CHANGE_SHORT, CHANGE_TITLES, changeRows, changeTable } from "./changes-rows";
import { escapeMarkdown } from "./escape";

/** A Markdown table cell, from text that may come from the export: never syntax, never a control character. */
const cell = (value: string | number): string => escapeMarkdown(value);

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string[] {
  return [`| ${header.map(cell).join(" | ")} |`, `|${header.map(() => " --- ").join("|")}|`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)];
}

function groupTable(title: string, groups: readonly ChangeGroup[]): string[] {
  return ["", `## By ${title}`, "", ...table([title, ...CHANGE_KINDS.map((k) => CHANGE_SHORT[k]), "total"],
    groups.map((g) => [g.label, ...CHANGE_KINDS.map((k) => g.counts[k]), g.total]))];
}

/**
 * A Markdown account of what changed between two evaluations, for the weekly meeting:
 * the counts of each kind of change, the counts per team and per owner, then one table per
 * kind of change, by team.
 *
 * @param changes - the result of `compareEvaluations`
 * @returns the Markdown text, ending with a line feed
 * @example
 * writeFileSync("changes.md", changesMarkdown(compareEvaluations(lastWeek, thisWeek, { dataset })));
 */
export function changesMarkdown(changes: EvaluationChanges): string {
  const { previous: p, current: c } = changes;
  const lines = [
    `# One Point QAF: changes from ${escapeMarkdown(p.asOf)} to ${escapeMarkdown(c.asOf)}`,
    "",
    `Policy ${escapeMarkdown(changes.policy.id)} ${escapeMarkdown(changes.policy.version)}; window ${escapeMarkdown(p.window.from)} to ${escapeMarkdown(p.window.to)}, then ${escapeMarkdown(c.window.from)} to ${escapeMarkdown(c.window.to)}.`,
    "",
  ];
  if (changes.empty) return [...lines, "Nothing changed.", ""].join("\n");
  const rows = changeRows(changes);
  lines.push(...table(["", "count"], CHANGE_KINDS.map((k) => [CHANGE_TITLES[k], rows.filter((r) => r.kind === k).length])));
  lines.push(...groupTable("team", changes.byTeam), ...groupTable("owner", changes.byOwner));
  for (const kind of CHANGE_KINDS) {
    const mine = rows.filter((r) => r.kind === kind);
    if (mine.length === 0) continue;
    const t = changeTable(kind);
    lines.push("", `## ${CHANGE_TITLES[kind]}`, "", ...table(t.header, mine.map(t.cells)));
  }
  return lines.join("\n") + "\n";
}
