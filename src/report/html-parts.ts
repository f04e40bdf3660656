import type { Basis } from "../model/evaluation";
import { escapeHtml as esc } from "./escape";
import { humanDate } from "./human-date";

/**
 * One section of the HTML report: its anchor, its title (also its line in the table of
 * contents), a sentence saying what it shows, and its body.
 */
export interface HtmlSection {
  /** The anchor: lower-case letters, digits and hyphens, starting with a letter; unique in the report. */
  id: string;
  /** The heading, plain text (escaped when written). */
  title: string;
  /** One sentence under the heading, plain text (escaped when written). */
  lead?: string;
  /** The body as HTML. Trusted as it is: escape every value from the data with `escapeHtml`. */
  html: string;
}

/** Rows shown in one table before "and N more". */
export const MAX_ROWS = 25;

/** Writes a section: its heading, its lead and its body. */
export function sectionHtml(s: HtmlSection): string {
  const lead = s.lead === undefined ? "" : `<p class="lead">${esc(s.lead)}</p>`;
  return `<section id="${esc(s.id)}"><h2>${esc(s.title)}</h2>${lead}${s.html}</section>`;
}

/** A table from escaped cells; at most `limit` rows, then a note of how many more. */
export function tableHtml(header: readonly string[], rows: readonly (readonly string[])[], cls = "", limit = Infinity): string {
  const shown = rows.slice(0, limit).map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("");
  const more = rows.length > limit ? `<p class="more">and ${rows.length - limit} more</p>` : "";
  return `<table${cls === "" ? "" : ` class="${cls}"`}><thead><tr>${header.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead><tbody>${shown}</tbody></table>${more}`;
}

/** A day as a `<time>` element: words for the reader, the ISO day for machines. */
export function timeHtml(iso: string | null | undefined, style: "long" | "short" = "short"): string {
  if (iso === null || iso === undefined || iso === "") return "";
  return `<time datetime="${esc(iso)}">${esc(humanDate(iso, style))}</time>`;
}

/** The styles of {@link footingHtml}'s badges, for every page that shows them. */
export const FOOTING_CSS = `
.basis{display:inline-block;border-radius:4px;padding:0 5px;margin-left:6px;font-size:11px;font-weight:600;vertical-align:1px}
.basis.assumption{background:#fdebd3;color:#8a4b08;border:1px solid #e0b070}.basis.reading{background:#e6eef8;color:#1f3b57;border:1px solid #a9bfd8}
.assumes{display:block;color:#52606d;font-size:11px}
`;

/**
 * Marks a result that does not rest on the QAF's own words: a badge naming its basis
 * (`assumption`, or `reading`) and, under it, the parameters (or rule elements) behind it,
 * as visible text, every value escaped. Nothing for a result whose basis is `qaf`.
 *
 * @param r - an obligation, breach or escalation (or a row carrying its footing)
 * @returns HTML to put after the result's rule id; `""` for `qaf`
 */
export function footingHtml(r: { basis: Basis; assumptions: readonly string[] }): string {
  if (r.basis === "qaf") return "";
  const what = r.assumptions.length === 0 ? "" : `<span class="assumes">${r.basis === "reading" ? "reads" : "assumes"} ${esc(r.assumptions.join("; "))}</span>`;
  return `<span class="basis ${esc(r.basis)}">${esc(r.basis)}</span>${what}`;
}
