import { CHANGE_KINDS, type ChangeGroup } from "../compare/change-groups";
import type { EvaluationChanges } from "../compare/compare-evaluations";
import { finish } from "../model/steps";
import { joinSteps, mapSteps, runInSlices, type SlicedOptions } from "../util/sliced";
import { CHANGE_SHORT, CHANGE_TITLES, RULE_CELL, changeRowsSteps, changeTable, rowsByKind, type ChangeRow, type ChangeTable } from "./changes-rows";
import { escapeHtml as esc } from "./escape";
import { FOOTING_CSS, footingHtml } from "./html-parts";

const FIGURE_CLASS: Record<(typeof CHANGE_KINDS)[number], string> = {
  began: "bad", resolved: "good", lapsed: "", leftWindow: "", withdrawn: "", escalated: "warn", fellDue: "", becameOverdue: "bad",
};

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `<table><thead><tr>${header.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead><tbody>${
    rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`).join("")}</tbody></table>`;
}

/** One kind's changes: every cell escaped, the rule's marked with the result's footing (steps: every few hundred rows). */
function* changeList(t: ChangeTable, rows: readonly ChangeRow[]): Generator<void, string> {
  const body = yield* mapSteps(rows, (r) => `<tr>${t.cells(r).map((c, i) => `<td>${esc(c)}${i === RULE_CELL ? footingHtml(r) : ""}</td>`).join("")}</tr>`);
  return `<table><thead><tr>${t.header.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead><tbody>${yield* joinSteps(body, "")}</tbody></table>`;
}

function groupTable(title: string, groups: readonly ChangeGroup[]): string {
  return `<h3>By ${esc(title)}</h3>` + table([title, ...CHANGE_KINDS.map((k) => CHANGE_SHORT[k]), "total"],
    groups.map((g) => [g.label, ...CHANGE_KINDS.map((k) => String(g.counts[k])), String(g.total)]));
}

/**
 * The sentence under the "Changes since" heading: the two as-of days and their windows.
 *
 * @param changes - the result of `compareEvaluations`
 * @returns the sentence, plain text
 */
export function changesLead(changes: EvaluationChanges): string {
  const { previous: p, current: c } = changes;
  return `What changed from ${p.asOf} (window ${p.window.from} to ${p.window.to}) to ${c.asOf} (window ${c.window.from} to ${c.window.to}).`;
}

/**
 * The body of the "Changes since" section, without its heading: a figure per kind of
 * change, the counts per team and per owner, and one folding table per kind of change, each
 * change that rests on a reading or an assumption marked with a badge and what it rests on.
 * This is what `htmlReport`'s `extraSections` takes as `html`, with {@link changesLead} as
 * the `lead`.
 *
 * @param changes - the result of `compareEvaluations`
 * @returns HTML, every value from the data escaped
 * @example
 * htmlReport(current, dataset, { extraSections: [{ id: "changes", title: `Changes since ${previous.asOf}`,
 *   lead: changesLead(changes), html: renderChangesHtmlBody(changes) }] });
 */
export function renderChangesHtmlBody(changes: EvaluationChanges): string {
  return finish(changesHtmlBodySteps(changes));
}

function* changesHtmlBodySteps(changes: EvaluationChanges): Generator<void, string> {
  if (changes.empty) return `<p class="none">Nothing changed.</p>`;
  const byKind = yield* rowsByKind(yield* changeRowsSteps(changes));
  const count = (kind: (typeof CHANGE_KINDS)[number]) => byKind[kind].length;
  const figures = `<div class="figures">${CHANGE_KINDS.map((k) =>
    `<div class="figure ${FIGURE_CLASS[k]}"><span class="n">${count(k)}</span><span class="l">${esc(CHANGE_TITLES[k])}</span></div>`).join("")}</div>`;
  const lists: string[] = [];
  for (const kind of CHANGE_KINDS.filter((k) => count(k) > 0)) {
    const t = changeTable(kind);
    lists.push(`<details><summary>${esc(CHANGE_TITLES[kind])} <span class="count">${count(kind)}</span></summary>${
      yield* changeList(t, byKind[kind])}</details>`);
  }
  return `${figures}${groupTable("team", changes.byTeam)}${groupTable("owner", changes.byOwner)}<h3>Each change</h3>${lists.join("")}`;
}

/**
 * The "Changes since" section of an HTML report: {@link renderChangesHtmlBody} under its
 * heading and {@link changesLead}. Plain HTML with the report's classes (`figures`,
 * `figure`, `lead`, `count`, `none`), no script.
 *
 * @param changes - the result of `compareEvaluations`
 * @returns one `<section id="changes">` element
 * @example
 * const section = renderChangesHtmlSection(compareEvaluations(lastWeek, thisWeek, { dataset }));
 */
export function renderChangesHtmlSection(changes: EvaluationChanges): string {
  return finish(changesHtmlSectionSteps(changes));
}

function* changesHtmlSectionSteps(changes: EvaluationChanges): Generator<void, string> {
  return `<section id="changes"><h2>Changes since ${esc(changes.previous.asOf)}</h2><p class="lead">${esc(changesLead(changes))}</p>${
    yield* changesHtmlBodySteps(changes)}</section>`;
}

const CSS = `
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;background:#f4f6f8;color:#1d2733}
main{max-width:980px;margin:0 auto;padding:24px} header{background:#1f3b57;color:#fff;padding:24px} header h1{margin:0;font-size:26px}
section{background:#fff;border-radius:8px;padding:16px 20px;margin:16px 0} h2{margin:0 0 4px;font-size:19px} h3{font-size:15px;margin:16px 0 6px}
.lead{margin:0 0 12px;color:#52606d;font-size:14px}
.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(140px,1fr));gap:10px}
.figure{border-radius:8px;padding:12px;border-left:5px solid #2c6fbb;background:#f8fafc}
.figure.good{border-color:#27ae60}.figure.warn{border-color:#e67e22}.figure.bad{border-color:#c0392b}
.figure .n{display:block;font-size:26px;font-weight:700}.figure .l{font-size:13px;color:#52606d}
table{border-collapse:collapse;width:100%;font-size:13px} th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #e4e7eb} th{background:#eef2f6}
summary{cursor:pointer;font-weight:600;margin:10px 0} .count{background:#eef2f6;border-radius:10px;padding:1px 8px;font-size:12px;font-weight:400}
.none{color:#7b8794;font-style:italic}
${FOOTING_CSS}`;

/**
 * What changed between two evaluations as one self-contained HTML page (inline CSS, no
 * script, no network): the section of {@link renderChangesHtmlSection} under a title.
 *
 * @param changes - the result of `compareEvaluations`
 * @param options - `title`; default "One Point QAF: changes from <earlier asOf> to <later asOf>"
 * @returns the HTML document
 * @example
 * writeFileSync("changes.html", changesHtmlReport(changes));
 */
export function changesHtmlReport(changes: EvaluationChanges, options: { title?: string } = {}): string {
  return finish(changesHtmlReportSteps(changes, options));
}

/**
 * {@link changesHtmlReport}, giving the host's event loop a turn every few milliseconds of
 * work: the same page.
 *
 * @param changes - the result of `compareEvaluations`
 * @param options - `title`, as for {@link changesHtmlReport}; `signal`, to stop early
 * @returns the HTML document, as {@link changesHtmlReport} gives it
 * @example
 * const html = await changesHtmlReportAsync(changes, { signal });
 */
export function changesHtmlReportAsync(changes: EvaluationChanges, options: { title?: string } & SlicedOptions = {}): Promise<string> {
  return runInSlices(changesHtmlReportSteps(changes, options), options);
}

function* changesHtmlReportSteps(changes: EvaluationChanges, options: { title?: string }): Generator<void, string> {
  const title = options.title ?? `One Point QAF: changes from ${changes.previous.asOf} to ${changes.current.asOf}`;
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><style>${CSS}</style></head>
<body><header><h1>${esc(title)}</h1></header>
<main>${yield* changesHtmlSectionSteps(changes)}</main></body></html>
`;
}
