import { parseDay } from "../calendar/day";
import { createSlicer, finishInSlices } from "../engine/slicing/host-turns";
import { finish } from "../model/steps";
import { InvalidOptionsError, type Issue } from "../errors";
import type { Evaluation } from "../model/evaluation";
import { parameterOn } from "../policy/parameter-on";
import type { Parameters, ParameterValues } from "../policy/parameters";
import { qafPolicy } from "../policy/qaf-policy";
import { escapeHtml as esc } from "./escape";
import { FOOTING_CSS, sectionHtml, timeHtml, type HtmlSection } from "./html-parts";
import {
  REJECTED_ID, basisSection, breachCharts, escalationList, gradeChart, headline, rejectedList, supervisionChart, surveyChart,
} from "./html-sections";
import { areaTeamSectionSteps } from "./html-teams";
import { createOrgLookupSteps, type ReportDataset } from "./org";
import { incompleteWarning } from "./rejection-losses";
import { summariseSteps } from "./summary";

export type { HtmlSection } from "./html-parts";

/** Options of {@link htmlReport}. */
export interface HtmlReportOptions {
  /** The report's title; default "One Point QAF: quality assurance report". */
  title?: string;
  /**
   * The policy evaluated, for the survey closure reasons and the defaults below (read as in
   * force on the evaluation's `asOf`); default `qafPolicy`. Pass the one you evaluated with.
   */
  policy?: { parameters: Parameters | ParameterValues };
  /**
   * The survey completion target drawn on its chart; default the policy's
   * `survey.targetRate` (without a `policy`: the rate a target breach of the evaluation
   * was measured against, else the QAF's).
   */
  surveyTargetRate?: number;
  /** Audits graded at or below this need a QISP; default the policy's `audit.qispMaxGrade`. */
  qispMaxGrade?: number;
  /**
   * More sections, written after the built-in ones (before the rejected records) and listed
   * in the table of contents: for example a comparison's changes. Each `id` must be unique
   * (lower-case letters, digits and hyphens); each `html` is trusted, so escape data in it
   * with `escapeHtml`, and keep it free of scripts and external resources.
   */
  extraSections?: readonly HtmlSection[];
}

const CSS = `
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;background:#f4f6f8;color:#1d2733}
main{max-width:980px;margin:0 auto;padding:24px}
header{background:#1f3b57;color:#fff;padding:24px}
header h1{margin:0 0 6px;font-size:26px} header p{margin:0;opacity:.85}
section{background:#fff;border-radius:8px;padding:16px 20px;margin:16px 0;box-shadow:0 1px 2px rgba(0,0,0,.08)}
h2{margin:0 0 4px;font-size:19px} h3{font-size:15px;margin:16px 0 6px}
.lead{margin:0 0 12px;color:#52606d;font-size:14px}
.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(140px,1fr));gap:10px}
.figure{background:#fff;border-radius:8px;padding:12px;border-left:5px solid #2c6fbb;box-shadow:0 1px 2px rgba(0,0,0,.08)}
.figure.good{border-color:#27ae60}.figure.warn{border-color:#e67e22}.figure.bad{border-color:#c0392b}
.figure .n{display:block;font-size:26px;font-weight:700}.figure .l{font-size:13px;color:#52606d}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #e4e7eb;vertical-align:top}
th{background:#eef2f6}
table.due{table-layout:fixed} table.due th:nth-child(1){width:14%} table.due th:nth-child(2){width:44%} table.due th:nth-child(3){width:28%}
.none,.more{color:#7b8794;font-style:italic;font-size:13px}
.count{background:#eef2f6;border-radius:10px;padding:1px 8px;font-size:12px;font-weight:400}
svg{max-width:100%;height:auto}
details{border-top:1px solid #e4e7eb;padding:4px 0}
details details{margin-left:18px}
summary{cursor:pointer;padding:6px 0;font-weight:600}
summary .count{margin-left:6px}
.count.bad{background:#fbe3e0;color:#8e2a1f}.count.warn{background:#fdebd3;color:#8a4b08}
h4{font-size:13px;margin:10px 0 4px;color:#52606d}
table.work{table-layout:fixed} table.work th:nth-child(1){width:16%} table.work th:nth-child(2){width:40%} table.work th:nth-child(3){width:26%}
nav.toc{background:#fff;border-radius:8px;padding:12px 20px;margin:16px 0;box-shadow:0 1px 2px rgba(0,0,0,.08)}
nav.toc h2{font-size:15px} nav.toc ol{margin:6px 0 0;padding-left:20px;columns:2;font-size:14px}
nav.toc a{color:#1f3b57}
footer{color:#7b8794;font-size:12px;text-align:center;padding:16px}
table.by-basis td:nth-child(n+3),table.by-basis th:nth-child(n+3){text-align:right}
.basis-name{font-weight:600}
@media print{body{background:#fff}section{box-shadow:none;break-inside:avoid}}
${FOOTING_CSS}`;

/** The rate the engine measured survey completion against, as a breach of the target records it. */
function engineTargetRate(evaluation: Evaluation): number | undefined {
  for (const b of evaluation.breaches) {
    const rate = b.ruleId === "survey.completion-target" ? b.details["targetRate"] : undefined;
    if (typeof rate === "number") return rate;
  }
  return undefined;
}

const SECTION_ID = /^[a-z][a-z0-9-]*$/;


function checkExtraSections(extra: readonly HtmlSection[], builtIn: readonly HtmlSection[]): void {
  const taken = new Set([...builtIn.map((s) => s.id), REJECTED_ID]);
  const issues: Issue[] = [];
  extra.forEach((s, i) => {
    if (!SECTION_ID.test(s.id)) issues.push({ path: ["extraSections", i, "id"], message: "must be lower-case letters, digits and hyphens, starting with a letter" });
    else if (taken.has(s.id)) issues.push({ path: ["extraSections", i, "id"], message: "is already the id of another section: choose another" });
    taken.add(s.id);
  });
  if (issues.length > 0) throw new InvalidOptionsError(issues);
}

function contents(sections: readonly HtmlSection[]): string {
  return `<nav class="toc" aria-label="Contents"><h2>Contents</h2><ol>${sections.map((s) =>
    `<li><a href="#${esc(s.id)}">${esc(s.title)}</a></li>`).join("")}</ol></nav>`;
}

/**
 * A self-contained HTML report of an evaluation for a quarterly service improvement
 * meeting: a warning when rejection cost a collection more than 5% of its records (see
 * `incompleteWarning`); headline figures and a table of contents; how many results rest on each basis
 * (the QAF's words, a reading of them, or an assumption); breaches by rule and by team; audit
 * grade distribution; survey completion against the target per quarter; overdue
 * supervision by team; the escalation list by person; each area and team folded
 * (`<details>`) with its active breaches, overdue work and what falls due in the next 14
 * days, each result that rests on a reading or an assumption marked with a badge and the
 * parameters behind it; any extra sections; rejected records. Dates read as words
 * ("Monday 31 March 2025"). One file: inline CSS and SVG charts, no script, no network.
 *
 * @param evaluation - the result of `evaluate`
 * @param dataset - the dataset evaluated (for teams, audit grades and closed cases)
 * @param options - title, policy, survey target rate, QISP grade threshold, extra sections
 * @returns the HTML document
 * @throws InvalidOptionsError (from `one-point-qaf`) when an extra section's id is malformed or taken
 * @example
 * writeFileSync("out/qaf-report.html", htmlReport(result, dataset, { policy }));
 */
export function htmlReport(evaluation: Evaluation, dataset: ReportDataset, options: HtmlReportOptions = {}): string {
  return finish(htmlReportSteps(evaluation, dataset, options));
}

/** Options of {@link htmlReportAsync}. */
export interface HtmlReportAsyncOptions extends HtmlReportOptions {
  /** Stops the report early: it rejects with the signal's reason at its next turn. */
  signal?: AbortSignal;
}

/**
 * {@link htmlReport}, giving the host's event loop turns while it builds: between reading
 * the organisation (a few thousand records at a time), between sections, and between the
 * areas of the "By area and team" section. The same document as `htmlReport`.
 *
 * @param evaluation - the result of `evaluate`
 * @param dataset - the dataset evaluated
 * @param options - as {@link htmlReport}'s, and `signal` to stop early
 * @returns the HTML document
 * @throws InvalidOptionsError (the promise rejects) as {@link htmlReport} does
 * @example
 * const html = await htmlReportAsync(result, dataset, { policy });
 */
export function htmlReportAsync(evaluation: Evaluation, dataset: ReportDataset, options: HtmlReportAsyncOptions = {}): Promise<string> {
  return finishInSlices(htmlReportSteps(evaluation, dataset, options), createSlicer(options.signal));
}

function* htmlReportSteps(evaluation: Evaluation, dataset: ReportDataset, options: HtmlReportOptions): Generator<void, string> {
  const title = options.title ?? "One Point QAF: quality assurance report";
  const s = yield* summariseSteps(evaluation);
  const org = yield* createOrgLookupSteps(dataset);
  const policy = options.policy ?? qafPolicy;
  const asOf = parseDay(evaluation.asOf) ?? Number.POSITIVE_INFINITY;
  const targetRate = options.surveyTargetRate ??
    (options.policy === undefined ? engineTargetRate(evaluation) : undefined) ?? parameterOn(policy, "survey.targetRate", asOf);
  const qispMaxGrade = options.qispMaxGrade ?? parameterOn(policy, "audit.qispMaxGrade", asOf);
  const builtIn: HtmlSection[] = [basisSection(s), ...yield* breachCharts(evaluation, s, org)];
  yield;
  builtIn.push(gradeChart(evaluation, dataset, qispMaxGrade));
  builtIn.push(yield* surveyChart(evaluation, dataset, targetRate, policy));
  builtIn.push(yield* supervisionChart(evaluation, org));
  builtIn.push(yield* escalationList(evaluation, org));
  builtIn.push(yield* areaTeamSectionSteps(evaluation, dataset, org));
  const extra = options.extraSections ?? [];
  const rejected = rejectedList(evaluation);
  checkExtraSections(extra, builtIn);
  const sections = [...builtIn, ...extra, ...(rejected === undefined ? [] : [rejected])];
  const warning = incompleteWarning(evaluation.counts);
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><style>${CSS}</style></head>
<body><header><h1>${esc(title)}</h1><p>As of ${timeHtml(s.asOf, "long")} · window ${timeHtml(s.window.from, "long")} to ${timeHtml(s.window.to, "long")} · policy ${esc(s.policy.id)} ${esc(s.policy.version)} · ${s.records.received} records</p></header>
<main>${warning === undefined ? "" : `<p><strong>${esc(warning)}</strong></p>`}${headline(s)}
${contents(sections)}
${sections.map(sectionHtml).join("\n")}
</main><footer>Generated by one-point-qaf from the data supplied; every figure is as of ${timeHtml(s.asOf, "long")}.</footer></body></html>
`;
}
