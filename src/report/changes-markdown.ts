import { CHANGE_KINDS, type ChangeGroup } from "../compare/change-groups";
import type { EvaluationChanges } from "../compare/compare-evaluations";
import { finish } from "../model/steps";
import { joinSteps, mapSteps, runInSlices, type SlicedOptions } from "../util/sliced";
import { CHANGE_SHORT, CHANGE_TITLES, changeRowsSteps, changeTable, rowsByKind } from "./changes-rows";
import { escapeMarkdown } from "./escape";

/** A Markdown table cell, from text that may come from the export: never syntax, never a control character. */
const cell = (value: string | number): string => escapeMarkdown(value);

const row = (r: readonly (string | number)[]): string => `| ${r.map(cell).join(" | ")} |`;

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string[] {
  return [`| ${header.map(cell).join(" | ")} |`, `|${header.map(() => " --- ").join("|")}|`, ...rows.map(row)];
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
  return finish(changesMarkdownSteps(changes));
}

/**
 * {@link changesMarkdown}, giving the host's event loop a turn every few milliseconds of
 * work: the same text.
 *
 * @param changes - the result of `compareEvaluations`
 * @param options - `signal`, to stop early
 * @returns the Markdown text, as {@link changesMarkdown} gives it
 * @example
 * const text = await changesMarkdownAsync(changes, { signal });
 */
export function changesMarkdownAsync(changes: EvaluationChanges, options: SlicedOptions = {}): Promise<string> {
  return runInSlices(changesMarkdownSteps(changes), options);
}

function* changesMarkdownSteps(changes: EvaluationChanges): Generator<void, string> {
  const { previous: p, current: c } = changes;
  const lines = [
    `# One Point QAF: changes from ${escapeMarkdown(p.asOf)} to ${escapeMarkdown(c.asOf)}`,
    "",
    `Policy ${escapeMarkdown(changes.policy.id)} ${escapeMarkdown(changes.policy.version)}; window ${escapeMarkdown(p.window.from)} to ${escapeMarkdown(p.window.to)}, then ${escapeMarkdown(c.window.from)} to ${escapeMarkdown(c.window.to)}.`,
    "",
  ];
  if (changes.empty) return [...lines, "Nothing changed.", ""].join("\n");
  const byKind = yield* rowsByKind(yield* changeRowsSteps(changes));
  lines.push(...table(["", "count"], CHANGE_KINDS.map((k) => [CHANGE_TITLES[k], byKind[k].length])));
  lines.push(...groupTable("team", changes.byTeam), ...groupTable("owner", changes.byOwner));
  for (const kind of CHANGE_KINDS) {
    const mine = byKind[kind];
    if (mine.length === 0) continue;
    const t = changeTable(kind);
    lines.push("", `## ${CHANGE_TITLES[kind]}`, "", ...table(t.header, []));
    for (const line of yield* mapSteps(mine, (r) => row(t.cells(r)))) lines.push(line);
  }
  return (yield* joinSteps(lines, "\n")) + "\n";
}
