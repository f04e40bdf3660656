import { escapeHtml as esc } from "./escape";

/** One series of a bar chart: its name in the legend and its colour. */
export interface Series {
  name: string;
  color: string;
}

/** One row of a horizontal bar chart: a label and one value per series (stacked). */
export interface BarRow {
  label: string;
  values: readonly number[];
}

const FONT = 'font-family="system-ui, sans-serif" font-size="12"';

function legend(series: readonly Series[], x: number, y: number): string {
  return series.map((s, i) =>
    `<rect x="${x + i * 130}" y="${y - 10}" width="12" height="12" fill="${s.color}"/>` +
    `<text x="${x + i * 130 + 17}" y="${y}" ${FONT}>${esc(s.name)}</text>`).join("");
}

/**
 * A horizontal, stacked bar chart as inline SVG: one row per label, one segment per
 * series, the row's total at the end. No script, no external resource.
 *
 * @param title - the accessible name of the chart
 * @param rows - the rows, top to bottom
 * @param series - the series, in the order of each row's `values`
 * @param width - the chart's width in pixels
 * @returns an `<svg>` element as text; a short note when there are no rows
 * @example
 * barChart("Breaches by rule", [{ label: "audit.qisp", values: [3, 1] }], [{ name: "active", color: "#c0392b" }, { name: "resolved", color: "#aaa" }]);
 */
export function barChart(title: string, rows: readonly BarRow[], series: readonly Series[], width = 760): string {
  if (rows.length === 0) return `<p class="none">Nothing to show.</p>`;
  const labelW = 290, rowH = 22, top = 28, right = 50;
  const max = Math.max(1, ...rows.map((r) => r.values.reduce((a, b) => a + b, 0)));
  const scale = (width - labelW - right) / max;
  const height = top + rows.length * rowH + 8;
  const body = rows.map((r, i) => {
    const y = top + i * rowH;
    let x = labelW;
    const segs = r.values.map((v, k) => {
      const w = v * scale;
      const seg = v > 0
        ? `<rect x="${x.toFixed(1)}" y="${y + 3}" width="${Math.max(w, 1).toFixed(1)}" height="${rowH - 6}" fill="${series[k]?.color ?? "#888"}"><title>${esc(`${r.label}: ${v} ${series[k]?.name ?? ""}`)}</title></rect>`
        : "";
      x += w;
      return seg;
    }).join("");
    const total = r.values.reduce((a, b) => a + b, 0);
    const label = r.label.length > 42 ? `${r.label.slice(0, 41)}…` : r.label;
    return `<text x="${labelW - 6}" y="${y + rowH / 2 + 4}" text-anchor="end" ${FONT}>${esc(label)}<title>${esc(r.label)}</title></text>` +
      segs + `<text x="${(x + 4).toFixed(1)}" y="${y + rowH / 2 + 4}" ${FONT}>${total}</text>`;
  }).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>${esc(title)}</title>${series.length > 1 ? legend(series, labelW, 16) : ""}${body}</svg>`;
}

/** One column of a column chart. */
export interface Column {
  label: string;
  value: number;
  /** A colour for this column; the chart's default otherwise. */
  color?: string;
  /** Text above the column; the value otherwise. */
  note?: string;
}

/** The height of a 12px label above its baseline, and how far it reaches below it. */
const TEXT_ASCENT = 12, TEXT_DESCENT = 3;
/** The space kept between a label and the 2px target line. */
const LINE_CLEARANCE = 2;

/**
 * Where a column's note sits: 4px above the column, or, when the target line would strike
 * through it there, just above the target line (the column is then below the line).
 */
function noteBaseline(columnTop: number, targetY: number | undefined): number {
  const baseline = columnTop - 4;
  if (targetY === undefined) return baseline;
  const struck = targetY >= baseline - TEXT_ASCENT - LINE_CLEARANCE && targetY <= baseline + TEXT_DESCENT + LINE_CLEARANCE;
  return struck ? targetY - TEXT_DESCENT - LINE_CLEARANCE - 1 : baseline;
}

/**
 * A vertical column chart as inline SVG, with an optional dashed target line. The target
 * line is drawn under the columns, and a column's note never sits on it.
 *
 * @param title - the accessible name of the chart
 * @param columns - the columns, left to right
 * @param options - `target` (a value drawn as a dashed line), `max` of the axis, `format` of values, `width`
 * @returns an `<svg>` element as text; a short note when there are no columns
 * @example
 * columnChart("Audit grades", [{ label: "1", value: 2 }, { label: "2", value: 5 }]);
 */
export function columnChart(
  title: string,
  columns: readonly Column[],
  options: { target?: number; targetLabel?: string; max?: number; format?: (v: number) => string; width?: number } = {},
): string {
  if (columns.length === 0) return `<p class="none">Nothing to show.</p>`;
  const fmt = options.format ?? ((v: number) => String(v));
  const width = options.width ?? 760, height = 240, left = 44, bottom = 40, top = 22, right = 90;
  const max = Math.max(options.max ?? 0, options.target ?? 0, ...columns.map((c) => c.value), 1e-9);
  const plotH = height - top - bottom;
  const slot = (width - left - right) / columns.length;
  const barW = Math.min(60, slot * 0.7);
  const y = (v: number): number => top + plotH - (v / max) * plotH;
  const targetY = options.target === undefined ? undefined : y(options.target);
  const bars = columns.map((c, i) => {
    const x = left + i * slot + (slot - barW) / 2;
    const h = (c.value / max) * plotH;
    return `<rect x="${x.toFixed(1)}" y="${y(c.value).toFixed(1)}" width="${barW.toFixed(1)}" height="${Math.max(h, 0).toFixed(1)}" fill="${c.color ?? "#2c6fbb"}"><title>${esc(`${c.label}: ${c.note ?? fmt(c.value)}`)}</title></rect>` +
      `<text class="note" x="${(x + barW / 2).toFixed(1)}" y="${noteBaseline(y(c.value), targetY).toFixed(1)}" text-anchor="middle" paint-order="stroke" stroke="#fff" stroke-width="3" ${FONT}>${esc(c.note ?? fmt(c.value))}</text>` +
      `<text x="${(x + barW / 2).toFixed(1)}" y="${height - bottom + 16}" text-anchor="middle" ${FONT}>${esc(c.label)}</text>`;
  }).join("");
  const axis = `<line x1="${left}" y1="${top + plotH}" x2="${width - right}" y2="${top + plotH}" stroke="#555"/>` +
    `<text x="${left - 6}" y="${top + plotH + 4}" text-anchor="end" ${FONT}>${esc(fmt(0))}</text>` +
    `<text x="${left - 6}" y="${top + 4}" text-anchor="end" ${FONT}>${esc(fmt(max))}</text>`;
  const target = options.target === undefined || targetY === undefined ? "" :
    `<line class="target" x1="${left}" y1="${targetY.toFixed(1)}" x2="${width - right}" y2="${targetY.toFixed(1)}" stroke="#c0392b" stroke-dasharray="6 4" stroke-width="2"/>` +
    `<text x="${width - right + 6}" y="${(targetY + 4).toFixed(1)}" fill="#c0392b" ${FONT}>${esc(options.targetLabel ?? `target ${fmt(options.target)}`)}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>${esc(title)}</title>${axis}${target}${bars}</svg>`;
}
