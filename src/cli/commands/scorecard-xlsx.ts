import ExcelJS from "exceljs";
import { parseDay } from "../../calendar/day";
import type { Scorecard } from "../../scorecard/types";
import { SCORECARD_COLUMNS, scorecardRowCells } from "../../report/scorecard";
import { cellText } from "../../report/xlsx";

type Cell = string | number | undefined;

function sheet(wb: ExcelJS.Workbook, name: string, header: readonly string[], rows: readonly Cell[][]): void {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = header.map((h) => ({ header: h, key: h, width: Math.min(40, Math.max(10, h.length + 2)) }));
  ws.getRow(1).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  // Place names come from the export: text fit for XML and for Excel's cell limit, as in the evaluation's workbook.
  for (const row of rows) ws.addRow(row.map((v) => (typeof v === "string" ? cellText(v) : v)));
}

/**
 * The scorecard as an Excel workbook: a `scorecard` sheet in long format (one row per place,
 * rule and period, the columns of `scorecardCsv`), a `quality` sheet (audit grades and check
 * breaches per place and month) and a `surveys` sheet (completion per place and period).
 * Text stays text: nothing is written as a formula. Node only, for its size: the CLI's, so
 * that the report entry never loads exceljs.
 *
 * @param card - the scorecard
 * @returns the .xlsx file's bytes
 */
export async function scorecardXlsx(card: Scorecard): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "one-point-qaf";
  // The workbook's own dates are the scorecard's as-of day, not the clock.
  const asOf = parseDay(card.asOf);
  if (asOf !== undefined) wb.created = wb.modified = new Date(asOf * 86_400_000);
  sheet(wb, "scorecard", SCORECARD_COLUMNS, card.rows.map((r) => scorecardRowCells(card, r)));
  const kinds = [...new Set(card.quality.flatMap((q) => Object.keys(q.checkBreaches)))].sort();
  sheet(wb, "quality",
    ["placeKey", "place", "month", ...Array.from({ length: 10 }, (_, i) => `grade${i + 1}`), "gradedAtOrBelow5", "graded", ...kinds.map((k) => `checkBreaches.${k}`)],
    card.quality.map((q) => [q.place.key, q.place.label, q.period.label, ...q.audits.grades, q.audits.atOrBelow5.numerator,
      q.audits.atOrBelow5.denominator, ...kinds.map((k) => q.checkBreaches[k] ?? 0)]));
  sheet(wb, "surveys", ["placeKey", "place", "period", "periodFrom", "periodTo", "completed", "closed", "rate", "target", "countedTo", "final"],
    card.surveys.map((s) => [s.place.key, s.place.label, s.period.label, s.period.from, s.period.to, s.completion.numerator,
      s.completion.denominator, s.completion.rate ?? undefined, s.target, s.countedTo, s.final ? "yes" : "no"]));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
