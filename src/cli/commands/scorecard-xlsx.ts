import type { Scorecard } from "../../scorecard/types";
import { SCORECARD_COLUMNS, scorecardRowCells } from "../../report/scorecard";
import { parseDay } from "../../calendar/day";
import { workbookBytes, type XlsxCell, type XlsxTable } from "../../node/xlsx-writer";

/** A sheet of the scorecard: each column as wide as its name (10 to 40 characters). */
function sheet(name: string, header: readonly string[], rows: readonly XlsxCell[][]): XlsxTable {
  return { name, header, rows, widths: header.map((h) => Math.min(40, Math.max(10, h.length + 2))) };
}

/**
 * The scorecard as an Excel workbook: a `scorecard` sheet in long format (one row per place,
 * rule and period, the columns of `scorecardCsv`), a `quality` sheet (audit grades and check
 * breaches per place and month) and a `surveys` sheet (completion per place and period).
 * Text stays text: nothing is written as a formula. Node only (it deflates with `node:zlib`):
 * the CLI's, not the report entry's.
 *
 * @param card - the scorecard
 * @returns the .xlsx file's bytes
 */
export async function scorecardXlsx(card: Scorecard): Promise<Uint8Array> {
  const kinds = [...new Set(card.quality.flatMap((q) => Object.keys(q.checkBreaches)))].sort();
  const tables = [
    sheet("scorecard", SCORECARD_COLUMNS, card.rows.map((r) => scorecardRowCells(card, r))),
    sheet("quality",
      ["placeKey", "place", "month", ...Array.from({ length: 10 }, (_, i) => `grade${i + 1}`), "gradedAtOrBelow5", "graded", ...kinds.map((k) => `checkBreaches.${k}`)],
      card.quality.map((q) => [q.place.key, q.place.label, q.period.label, ...q.audits.grades, q.audits.atOrBelow5.numerator,
        q.audits.atOrBelow5.denominator, ...kinds.map((k) => q.checkBreaches[k] ?? 0)])),
    sheet("surveys", ["placeKey", "place", "period", "periodFrom", "periodTo", "completed", "closed", "rate", "target", "countedTo", "final"],
      card.surveys.map((s) => [s.place.key, s.place.label, s.period.label, s.period.from, s.period.to, s.completion.numerator,
        s.completion.denominator, s.completion.rate ?? undefined, s.target, s.countedTo, s.final ? "yes" : "no"])),
  ];
  // The workbook's own dates are the scorecard's as-of day, not the clock.
  return workbookBytes(tables, { creator: "one-point-qaf", day: parseDay(card.asOf) });
}
