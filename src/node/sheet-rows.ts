/**
 * A worksheet's part read row by row, as it inflates: each row's cells, with merged ranges
 * blanked and notes on what the user should know.
 *
 * @module
 */
import type { Cell } from "./cells";
import { columnOf } from "./cell-refs";
import { cellValues, type CellRead } from "./cell-values";
import { ExportReadError } from "./errors";
import type { Location } from "./location";
import { MergeMask, mergesOf, type RowRead } from "./merged-cells";
import { MAX_COLUMN, MAX_ROW, tooMany } from "./workbook-limits";
import type { WorkbookParts } from "./workbook-parts";
import { XmlStream } from "./xml";

/**
 * Reads one worksheet, calling `onRow` with each row as soon as it is read (rows are never
 * held), in the order written, and noting merged cells and repeated row numbers.
 *
 * @param parts - the workbook's parts
 * @param part - the sheet's part
 * @param where - the sheet, for errors and notes
 * @param date1904 - whether serial dates count from 1904
 * @param notes - where to add what the user should know about the sheet
 * @param onRow - called with each row's cells (from column A) and its number
 * @throws {@link ExportReadError} when the sheet's part is missing or cannot be read
 */
export async function readRows(parts: WorkbookParts, part: string, where: Location, date1904: boolean, notes: string[], onRow: (cells: Cell[], row: number) => void): Promise<void> {
  const broken = (what: string) => new ExportReadError(where, `${part} cannot be read: ${what}`);
  const ranges = await mergesOf(parts, part, where);
  if (ranges === undefined) throw broken("the part is missing from the workbook");
  if (ranges.length > 0) notes.push(`sheet ${where.sheet ?? ""} has merged cells: each merged range is read as its top-left cell, the others as empty (unmerge them to give each cell its value)`);
  const mask = new MergeMask(ranges, where);
  const valueOf = cellValues(parts, where, date1904, broken);
  const repeated: number[] = [];
  let row: RowRead | undefined;
  let lastRow = 0;
  let rowCount = 0;
  let nextCol = 1;
  let cell: CellRead | undefined;
  let inV = false;
  let inT = false;
  let inIs = false;
  let phonetic = 0;
  const emit = (r: RowRead): void => {
    mask.apply(r);
    let last = 0;
    for (const c of r.cols) if (c > last) last = c;
    const cells = new Array<Cell>(last).fill(undefined);
    r.cols.forEach((c, i) => { cells[c - 1] = r.values[i]; });
    onRow(cells, r.row);
  };
  const xml = new XmlStream({
    open(name, attrs) {
      if (name === "row") {
        const r = attrs.r === undefined ? lastRow + 1 : Number(attrs.r);
        if (!Number.isInteger(r) || r < 1 || r > MAX_ROW) throw broken("a row number out of range");
        if (r <= lastRow && repeated.length < 6) repeated.push(r);
        row = { row: r, cols: [], values: [] };
        tooMany(++rowCount, MAX_ROW, "rows in a sheet", where);
        lastRow = r;
        nextCol = 1;
      } else if (name === "c" && row !== undefined) {
        const col = attrs.r === undefined ? nextCol : columnOf(attrs.r);
        if (col === undefined) throw broken("a cell reference out of range");
        nextCol = col + 1;
        cell = { col, type: attrs.t ?? "n", style: Number(attrs.s ?? 0), formula: false };
      } else if (cell !== undefined) {
        if (name === "v") { inV = true; cell.v = ""; }
        else if (name === "f") cell.formula = true;
        else if (name === "is") { inIs = true; cell.inline = ""; }
        else if (name === "rPh") phonetic++;
        else if (name === "t" && inIs) inT = phonetic === 0;
      }
    },
    text(t) {
      if (cell === undefined) return;
      if (inV) cell.v += t;
      else if (inT) cell.inline += t;
    },
    close(name) {
      if (name === "v") inV = false;
      else if (name === "t") inT = false;
      else if (name === "is") inIs = false;
      else if (name === "rPh") phonetic--;
      else if (name === "c" && cell !== undefined && row !== undefined) {
        const value = valueOf(cell);
        if (value !== undefined) {
          row.cols.push(cell.col);
          row.values.push(value);
          tooMany(row.cols.length, MAX_COLUMN, "cells in a row", where);
        }
        cell = undefined;
      } else if (name === "row" && row !== undefined) {
        emit(row);
        row = undefined;
      }
    },
  });
  await parts.stream(part, (chunk) => xml.write(chunk), where, false, () => xml.end());
  if (repeated.length > 0) {
    notes.push(`sheet ${where.sheet ?? ""}: row ${repeated.slice(0, 5).join(", ")}${repeated.length > 5 ? " and others" : ""} appears more than once (or out of order) in the file, which Excel never writes: each row is read, in the order written`);
  }
}
