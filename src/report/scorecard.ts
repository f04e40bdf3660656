import type { Ratio, Scorecard, ScorecardPlace, ScorecardRow } from "../scorecard/types";
import { finish } from "../model/steps";
import { escapeControl } from "../text/escape-control";
import { eachStep, joinSteps, runInSlices, type SlicedOptions } from "../util/sliced";
import { toCsvSteps } from "./csv";
import { escapeMarkdown as md } from "./escape";

/** One place's figures over the whole span: the sum of its rows. */
export interface PlaceTotal {
  place: ScorecardPlace;
  /** Met on time out of those due and past their due date, every rule and month. */
  onTime: Ratio;
  /** Not met by the end of the month they fell due in. */
  overdue: number;
  /** Breaches active at the end of the span (or `asOf`). */
  activeAtEnd: number;
  /** The rule with the lowest on-time rate at the place, and its ratio. */
  worstRule?: { ruleId: string; onTime: Ratio };
}

const ratioOf = (numerator: number, denominator: number): Ratio =>
  ({ numerator, denominator, rate: denominator === 0 ? null : numerator / denominator });

/** Sorts by rate, lowest first; nothing to count last. */
const byRate = (a: Ratio, b: Ratio): number => (a.rate ?? 2) - (b.rate ?? 2) || b.denominator - a.denominator;

/**
 * Each place's totals over the span, worst first: lowest on-time rate, then most due.
 *
 * @param card - the scorecard
 * @returns one total per place
 */
export function placeTotals(card: Scorecard): PlaceTotal[] {
  return finish(placeTotalsSteps(card));
}

/**
 * {@link placeTotals} a step at a time (it yields every few hundred rows).
 *
 * @param card - the scorecard
 * @returns steps, then one total per place
 */
export function* placeTotalsSteps(card: Scorecard): Generator<void, PlaceTotal[]> {
  const totals = new Map<string, { place: ScorecardPlace; n: number; d: number; overdue: number; active: number; rules: Map<string, [number, number]> }>();
  for (const p of card.places) totals.set(p.key, { place: p, n: 0, d: 0, overdue: 0, active: 0, rules: new Map() });
  yield* eachStep(card.rows, (r) => {
    const t = totals.get(r.place.key);
    if (!t) return;
    t.n += r.onTime.numerator;
    t.d += r.onTime.denominator;
    t.overdue += r.overdue;
    if (r.breachesOn === card.asOf) t.active += r.activeBreaches;
    const rule = t.rules.get(r.ruleId) ?? [0, 0];
    rule[0] += r.onTime.numerator;
    rule[1] += r.onTime.denominator;
    t.rules.set(r.ruleId, rule);
  });
  return [...totals.values()].map((t) => {
    const worst = [...t.rules].map(([ruleId, [n, d]]) => ({ ruleId, onTime: ratioOf(n, d) }))
      .filter((x) => x.onTime.denominator > 0).sort((a, b) => byRate(a.onTime, b.onTime))[0];
    return { place: t.place, onTime: ratioOf(t.n, t.d), overdue: t.overdue, activeAtEnd: t.active, ...(worst ? { worstRule: worst } : {}) };
  }).sort((a, b) => byRate(a.onTime, b.onTime) || b.overdue - a.overdue || (a.place.key < b.place.key ? -1 : 1));
}

/**
 * The month of the span a row counts in for a month-by-month view: its own month, or for a
 * rule with a longer period (a quarter), the last month of that period inside the span.
 *
 * @param card - the scorecard
 * @param row - the row
 * @returns the month's label, `YYYY-MM`
 */
export function monthOfRow(card: Scorecard, row: ScorecardRow): string {
  const end = row.period.to < card.to ? row.period.to : card.to;
  return end.slice(0, 7);
}

/**
 * Per place and month, the on-time ratio over every rule: the heat map's cells.
 *
 * @param card - the scorecard
 * @returns by place key, then by month label
 */
export function placeMonths(card: Scorecard): Map<string, Map<string, Ratio>> {
  return finish(placeMonthsSteps(card));
}

/**
 * {@link placeMonths} a step at a time (it yields every few hundred rows).
 *
 * @param card - the scorecard
 * @returns steps, then the cells by place key, then by month label
 */
export function* placeMonthsSteps(card: Scorecard): Generator<void, Map<string, Map<string, Ratio>>> {
  const out = new Map<string, Map<string, [number, number]>>();
  yield* eachStep(card.rows, (r) => {
    const months = out.get(r.place.key) ?? new Map<string, [number, number]>();
    const m = monthOfRow(card, r);
    const cell = months.get(m) ?? [0, 0];
    cell[0] += r.onTime.numerator;
    cell[1] += r.onTime.denominator;
    months.set(m, cell);
    out.set(r.place.key, months);
  });
  return new Map([...out].map(([k, months]) => [k, new Map([...months].map(([m, [n, d]]) => [m, ratioOf(n, d)]))]));
}

/**
 * A ratio as text: `12/15 (80.0%)`, or `-` with nothing to count.
 *
 * @param r - the ratio
 * @returns the text
 */
export function ratioText(r: Ratio): string {
  return r.rate === null ? "-" : `${r.numerator}/${r.denominator} (${(r.rate * 100).toFixed(1)}%)`;
}

const heading = (card: Scorecard): string =>
  `Scorecard by ${card.by}, ${card.months[0]?.label ?? ""} to ${card.months.at(-1)?.label ?? ""} (as of ${card.asOf}; policy ${card.policy.id} ${card.policy.version})`;

/**
 * The scorecard for a terminal: the worst places first, at most `limit`, each with its
 * on-time ratio over every rule and month, its overdue obligations, its breaches active at
 * the end, and its worst rule.
 *
 * @param card - the scorecard
 * @param limit - the most places shown (default 15)
 * @returns the text, ending with a line break
 */
export function scorecardText(card: Scorecard, limit = 15): string {
  return finish(scorecardTextSteps(card, limit));
}

/**
 * {@link scorecardText}, giving the host's event loop a turn every few milliseconds while it
 * totals the rows: the same text.
 *
 * @param card - the scorecard
 * @param limit - the most places shown (default 15)
 * @param options - `signal`, to stop early
 * @returns the text, as {@link scorecardText} gives it
 * @example
 * const text = await scorecardTextAsync(card, 15, { signal });
 */
export function scorecardTextAsync(card: Scorecard, limit = 15, options: SlicedOptions = {}): Promise<string> {
  return runInSlices(scorecardTextSteps(card, limit), options);
}

function* scorecardTextSteps(card: Scorecard, limit: number): Generator<void, string> {
  const totals = yield* placeTotalsSteps(card);
  const rows = totals.slice(0, limit).map((t) => [
    escapeControl(t.place.label), ratioText(t.onTime), String(t.overdue), String(t.activeAtEnd),
    t.worstRule ? `${escapeControl(t.worstRule.ruleId)} ${ratioText(t.worstRule.onTime)}` : "-",
  ]);
  const header = ["Place", "On time", "Overdue", "Active at end", "Worst rule"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join("  ");
  const more = totals.length > limit ? `and ${totals.length - limit} more places (--format csv for every row)\n` : "";
  return `${heading(card)}, worst first\n\n${[line(header), ...rows.map(line)].join("\n")}\n${more}` +
    (rows.length === 0 ? "Nothing fell due in the span.\n" : "");
}

/** The columns of {@link scorecardCsv}, in order. */
export const SCORECARD_COLUMNS = [
  "by", "placeKey", "placeId", "place", "areaId", "ruleId", "kind", "basis", "period", "periodFrom", "periodTo",
  "due", "metOnTime", "metLate", "overdue", "open", "onTimeNumerator", "onTimeDenominator", "onTimeRate",
  "activeBreaches", "breachesOn",
] as const;

/**
 * The cells of one row of {@link scorecardCsv}.
 *
 * @param card - the scorecard
 * @param r - the row
 * @returns the cells, in {@link SCORECARD_COLUMNS} order
 */
export function scorecardRowCells(card: Scorecard, r: ScorecardRow): (string | number | undefined)[] {
  return [
    card.by, r.place.key, r.place.id, r.place.label, r.place.areaId, r.ruleId, r.kind, r.basis, r.period.label, r.period.from, r.period.to,
    r.due, r.metOnTime, r.metLate, r.overdue, r.open, r.onTime.numerator, r.onTime.denominator,
    r.onTime.rate === null ? undefined : Number(r.onTime.rate.toFixed(4)), r.activeBreaches, r.breachesOn,
  ];
}

/**
 * The scorecard in long format, one line per place, rule and period, for Power BI or a pivot
 * table: every count, and the on-time rate with its numerator and denominator. Text cells are
 * formula-safe.
 *
 * @param card - the scorecard
 * @returns the CSV text
 */
export function scorecardCsv(card: Scorecard): string {
  return finish(scorecardCsvSteps(card));
}

/**
 * {@link scorecardCsv}, giving the host's event loop a turn every few milliseconds of work:
 * the same text.
 *
 * @param card - the scorecard
 * @param options - `signal`, to stop early
 * @returns the CSV text, as {@link scorecardCsv} gives it
 * @example
 * const csv = await scorecardCsvAsync(card, { signal });
 */
export function scorecardCsvAsync(card: Scorecard, options: SlicedOptions = {}): Promise<string> {
  return runInSlices(scorecardCsvSteps(card), options);
}

function scorecardCsvSteps(card: Scorecard): Generator<void, string> {
  return toCsvSteps(SCORECARD_COLUMNS, card.rows, (r) => scorecardRowCells(card, r));
}

/**
 * The scorecard in Markdown: places by months (on time out of due, worst place first), then
 * the audit grades, check breaches and survey completion.
 *
 * @param card - the scorecard
 * @returns the Markdown text
 */
export function scorecardMarkdown(card: Scorecard): string {
  return finish(scorecardMarkdownSteps(card));
}

/**
 * {@link scorecardMarkdown}, giving the host's event loop a turn every few milliseconds of
 * work: the same text.
 *
 * @param card - the scorecard
 * @param options - `signal`, to stop early
 * @returns the Markdown text, as {@link scorecardMarkdown} gives it
 * @example
 * const text = await scorecardMarkdownAsync(card, { signal });
 */
export function scorecardMarkdownAsync(card: Scorecard, options: SlicedOptions = {}): Promise<string> {
  return runInSlices(scorecardMarkdownSteps(card), options);
}

function* scorecardMarkdownSteps(card: Scorecard): Generator<void, string> {
  const out: string[] = [`# ${md(heading(card))}`, ""];
  out.push("Each cell: obligations met on time out of those due in the month (every rule; a rule with a longer period counts in its last month). Worst place first.", "");
  const grid = yield* placeMonthsSteps(card);
  const months = card.months.map((m) => m.label);
  out.push(`| Place | Over the span | ${months.map(md).join(" | ")} |`, `| --- | --- | ${months.map(() => "---").join(" | ")} |`);
  yield* eachStep(yield* placeTotalsSteps(card), (t) => {
    const cells = months.map((m) => { const r = grid.get(t.place.key)?.get(m); return r ? md(ratioText(r)) : ""; });
    out.push(`| ${md(t.place.label)} | ${md(ratioText(t.onTime))} | ${cells.join(" | ")} |`);
  }, 16);
  out.push("", "## By rule", "", "| Place | Rule | Basis | Period | Due | On time | Met late | Overdue | Active breaches |", "| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  yield* eachStep(card.rows, (r) => {
    out.push(`| ${md(r.place.label)} | ${md(r.ruleId)} | ${md(r.basis)} | ${md(r.period.label)} | ${r.due} | ${md(ratioText(r.onTime))} | ${r.metLate} | ${r.overdue} | ${r.activeBreaches} |`);
  });
  out.push("", "## Quality", "", "| Place | Month | Audits graded | Graded 5 or below | Check breaches |", "| --- | --- | --- | --- | --- |");
  yield* eachStep(card.quality, (q) => {
    const checks = Object.entries(q.checkBreaches).map(([k, n]) => `${k} ${n}`).join(", ");
    out.push(`| ${md(q.place.label)} | ${md(q.period.label)} | ${q.audits.atOrBelow5.denominator} | ${md(ratioText(q.audits.atOrBelow5))} | ${md(checks)} |`);
  });
  if (card.surveys.length > 0) {
    out.push("", "## Survey completion", "", "| Place | Period | Completed | Target | Final |", "| --- | --- | --- | --- | --- |");
    yield* eachStep(card.surveys, (s) => {
      out.push(`| ${md(s.place.label)} | ${md(s.period.label)} | ${md(ratioText(s.completion))} | ${(s.target * 100).toFixed(0)}% | ${s.final ? "yes" : "not yet"} |`);
    });
  }
  return (yield* joinSteps(out, "\n")) + "\n";
}
