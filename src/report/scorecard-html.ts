import { finish } from "../model/steps";
import type { Ratio, Scorecard, ScorecardRow, ScorecardSurveys } from "../scorecard/types";
import { eachStep, mapSteps, runInSlices, type SlicedOptions } from "../util/sliced";
import { escapeHtml as esc } from "./escape";
import { monthOfRow, placeMonthsSteps, placeTotalsSteps, ratioText } from "./scorecard";

const FONT = 'font-family="system-ui, sans-serif" font-size="10"';

/** One point of a rate chart: a period's label, its ratio, and the month of the span it is drawn at. */
interface Point {
  label: string;
  ratio: Ratio;
  /** The index of its month in the span's months. */
  at: number;
}

/**
 * A small line chart of a rate over periods, 0 to 100%, as inline SVG: a dot per period with
 * something to count (its numerator and denominator in its tooltip), and a dashed target
 * line when there is a target. No script, no external resource.
 */
function rateChart(title: string, months: readonly string[], points: readonly Point[], target?: number): string {
  const width = 240, height = 90, left = 36, right = 8, top = 10, bottom = 18;
  const plotW = width - left - right, plotH = height - top - bottom;
  const x = (i: number) => left + (months.length <= 1 ? plotW / 2 : (i * plotW) / (months.length - 1));
  const y = (rate: number) => top + plotH - rate * plotH;
  const drawn = points.map((p) => ({ p, i: p.at })).filter(({ p }) => p.ratio.rate !== null);
  const path = drawn.map(({ p, i }, k) => `${k === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(p.ratio.rate ?? 0).toFixed(1)}`).join(" ");
  const dots = drawn.map(({ p, i }) =>
    `<circle cx="${x(i).toFixed(1)}" cy="${y(p.ratio.rate ?? 0).toFixed(1)}" r="2.5" fill="#2c6fbb"><title>${esc(`${p.label}: ${ratioText(p.ratio)}`)}</title></circle>`).join("");
  const targetLine = target === undefined ? "" :
    `<line class="target" x1="${left}" y1="${y(target).toFixed(1)}" x2="${width - right}" y2="${y(target).toFixed(1)}" stroke="#c0392b" stroke-dasharray="4 3" stroke-width="1.5"><title>${esc(`target ${(target * 100).toFixed(0)}%`)}</title></line>`;
  const first = months[0] ?? "", last = months.at(-1) ?? "";
  return `<svg xmlns="http://www.w3.org/2000/svg" class="rate" role="img" aria-label="${esc(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>${esc(title)}</title>` +
    `<line x1="${left}" y1="${top + plotH}" x2="${width - right}" y2="${top + plotH}" stroke="#999"/>` +
    `<line x1="${left}" y1="${top}" x2="${width - right}" y2="${top}" stroke="#eee"/>` +
    `<text x="${left - 4}" y="${top + 4}" text-anchor="end" ${FONT}>100%</text><text x="${left - 4}" y="${top + plotH + 3}" text-anchor="end" ${FONT}>0%</text>` +
    `<text x="${left}" y="${height - 4}" ${FONT}>${esc(first)}</text><text x="${width - right}" y="${height - 4}" text-anchor="end" ${FONT}>${esc(last)}</text>` +
    `${targetLine}<path d="${path}" fill="none" stroke="#2c6fbb" stroke-width="1.5"/>${dots}</svg>`;
}

/** A heat-map cell's colour: red at 0%, amber at 80%, green at 100%. */
function heat(rate: number | null): string {
  if (rate === null) return "#f4f4f4";
  if (rate >= 0.95) return "#cdebd3";
  if (rate >= 0.8) return "#fbeec1";
  if (rate >= 0.6) return "#f8d3a9";
  return "#f2b8b5";
}

const CSS = `
body{font-family:system-ui,sans-serif;margin:24px;color:#1d2733;max-width:1400px}
h1{font-size:22px}h2{font-size:18px;margin-top:32px}h3{font-size:15px;margin:20px 0 6px}
table{border-collapse:collapse;font-size:12px;margin:8px 0}th,td{border:1px solid #d5dbe1;padding:3px 6px;text-align:left}
th{background:#eef2f6}td.cell{text-align:center;white-space:nowrap}
.lead{color:#52606d}.charts{display:flex;flex-wrap:wrap;gap:10px}
figure{margin:0;border:1px solid #e1e6eb;padding:4px}figcaption{font-size:11px;max-width:240px;overflow-wrap:anywhere}
.basis{font-size:10px;color:#8a4b08}
`;

/** Each place's rows by rule (rules in the order their first row comes), in one pass over the rows. */
function* rowsByPlace(card: Scorecard): Generator<void, Map<string, Map<string, ScorecardRow[]>>> {
  const byPlace = new Map<string, Map<string, ScorecardRow[]>>();
  yield* eachStep(card.rows, (r) => {
    let byRule = byPlace.get(r.place.key);
    if (byRule === undefined) byPlace.set(r.place.key, (byRule = new Map()));
    const list = byRule.get(r.ruleId) ?? [];
    list.push(r);
    byRule.set(r.ruleId, list);
  });
  return byPlace;
}

/** Each place's survey periods, in the scorecard's order. */
function surveysByPlace(card: Scorecard): Map<string, ScorecardSurveys[]> {
  const byPlace = new Map<string, ScorecardSurveys[]>();
  for (const s of card.surveys) {
    const list = byPlace.get(s.place.key) ?? [];
    list.push(s);
    byPlace.set(s.place.key, list);
  }
  return byPlace;
}

/**
 * The scorecard as a self-contained HTML page (no script, no network): a heat map of places
 * by months (on time out of due, worst place first), then for each place a small chart per
 * rule of its on-time rate over the periods (and of survey completion, with its target line),
 * then the quality measures. Every value from the data is escaped.
 *
 * @param card - the scorecard
 * @param options - `title` of the page
 * @returns the HTML page
 */
export function scorecardHtml(card: Scorecard, options: { title?: string } = {}): string {
  return finish(scorecardHtmlSteps(card, options));
}

/**
 * {@link scorecardHtml}, giving the host's event loop a turn every few milliseconds of work:
 * the same page.
 *
 * @param card - the scorecard
 * @param options - `title` of the page; `signal`, to stop early
 * @returns the HTML page, as {@link scorecardHtml} gives it
 * @example
 * const html = await scorecardHtmlAsync(card, { signal });
 */
export function scorecardHtmlAsync(card: Scorecard, options: { title?: string } & SlicedOptions = {}): Promise<string> {
  return runInSlices(scorecardHtmlSteps(card, options), options);
}

function* scorecardHtmlSteps(card: Scorecard, options: { title?: string }): Generator<void, string> {
  const title = options.title ?? "One Point QAF: monthly performance scorecard";
  const months = card.months.map((m) => m.label);
  const grid = yield* placeMonthsSteps(card);
  const totals = yield* placeTotalsSteps(card);
  const heatRows = (yield* mapSteps(totals, (t) => {
    const cells = months.map((m) => {
      const r = grid.get(t.place.key)?.get(m);
      return r ? `<td class="cell" style="background:${heat(r.rate)}" title="${esc(ratioText(r))}">${esc(r.rate === null ? "-" : `${r.numerator}/${r.denominator}`)}</td>` : `<td class="cell"></td>`;
    }).join("");
    return `<tr><th scope="row">${esc(t.place.label)}</th><td class="cell" style="background:${heat(t.onTime.rate)}">${esc(ratioText(t.onTime))}</td><td class="cell">${t.overdue}</td><td class="cell">${t.activeAtEnd}</td>${cells}</tr>`;
  }, 16)).join("");
  const heatTable = `<table class="heat"><thead><tr><th>Place</th><th>Over the span</th><th>Overdue</th><th>Active at end</th>${months.map((m) => `<th>${esc(m)}</th>`).join("")}</tr></thead><tbody>${heatRows}</tbody></table>`;

  const targets = new Map(card.rules.map((r) => [r.id, r.target]));
  const placeRows = yield* rowsByPlace(card);
  const surveyPeriods = surveysByPlace(card);
  const places = (yield* mapSteps(totals, (t) => {
    const charts: string[] = [];
    for (const [ruleId, rows] of placeRows.get(t.place.key) ?? []) {
      if (!rows.some((r) => r.onTime.denominator > 0)) continue;
      const points = rows.map((r) => ({ label: r.period.label, ratio: r.onTime, at: months.indexOf(monthOfRow(card, r)) }));
      const basis = rows[0]?.basis ?? "qaf";
      charts.push(`<figure>${rateChart(`${t.place.label}: ${ruleId}, on time`, months, points, targets.get(ruleId))}<figcaption>${esc(ruleId)} on time${basis === "qaf" ? "" : ` <span class="basis">${esc(basis)}</span>`}</figcaption></figure>`);
    }
    const surveys = surveyPeriods.get(t.place.key) ?? [];
    if (surveys.length > 0) {
      const points = surveys.map((s) => ({
        label: s.period.label, ratio: s.completion,
        at: months.indexOf((s.period.to < card.to ? s.period.to : card.to).slice(0, 7)),
      })).filter((p) => p.at >= 0);
      charts.push(`<figure>${rateChart(`${t.place.label}: survey completion`, months, points, surveys[0]?.target)}<figcaption>survey completion (target line)</figcaption></figure>`);
    }
    return `<section class="place"><h3>${esc(t.place.label)}</h3><div class="charts">${charts.join("") || "<p>Nothing fell due.</p>"}</div></section>`;
  }, 4)).join("");

  const quality = (yield* mapSteps(card.quality, (q) => {
    const checks = Object.entries(q.checkBreaches).map(([k, n]) => `${k} ${n}`).join(", ");
    return `<tr><td>${esc(q.place.label)}</td><td>${esc(q.period.label)}</td><td>${esc(q.audits.grades.join(" "))}</td><td>${esc(ratioText(q.audits.atOrBelow5))}</td><td>${esc(checks)}</td></tr>`;
  })).join("");
  const lead = `${card.by === "service" ? "The service" : `Each ${card.by}`}, ${months[0] ?? ""} to ${months.at(-1) ?? ""}, from one evaluation as of ${card.asOf} (policy ${card.policy.id} ${card.policy.version}).`;
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><style>${CSS}</style></head>
<body><h1>${esc(title)}</h1><p class="lead">${esc(lead)}</p>
<section id="heat-map"><h2>Compliance by month, worst first</h2><p class="lead">Obligations met on time out of those due (every rule; a rule with a longer period counts in its last month).</p>${heatTable}</section>
<section id="charts"><h2>On time by rule</h2><p class="lead">Each chart: the on-time rate over the periods; a dashed red line where the rule has a target.</p>${places}</section>
<section id="quality"><h2>Quality</h2><p class="lead">Audits graded 1 to 10 in the month, the share at 5 or below, and check breaches raised, by record kind.</p>
<table><thead><tr><th>Place</th><th>Month</th><th>Grades 1..10</th><th>Graded 5 or below</th><th>Check breaches</th></tr></thead><tbody>${quality}</tbody></table></section>
</body></html>
`;
}
