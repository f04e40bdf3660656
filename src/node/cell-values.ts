/**
 * A worksheet cell's value by its type: shared or inline text, a number, a date, a boolean
 * or an error.
 *
 * @module
 */
import { CellError, type Cell } from "./cells";
import { excelSerialToIso } from "./dates";
import type { ExportReadError } from "./errors";
import type { Location } from "./location";
import type { WorkbookParts } from "./workbook-parts";

/** A cell as read from a sheet's part, before its value is known. */
export interface CellRead {
  /** Its 1-based column. */
  col: number;
  /** Its type (`t`): `s`, `str`, `inlineStr`, `b`, `e`, `d` or `n`. */
  type: string;
  /** Its cell style (`s`). */
  style: number;
  /** Its value (`<v>`), as written. */
  v?: string;
  /** Whether it holds a formula. */
  formula: boolean;
  /** Its inline string's text (`<is>`). */
  inline?: string;
}

/**
 * A reader of cells' values for one sheet, reading the workbook's shared strings and styles
 * only when a cell first needs them. A date-formatted number is a date (at UTC midnight); an
 * error, or a formula with no calculated value, is a {@link CellError}.
 *
 * @param parts - the workbook's parts
 * @param where - the sheet, for errors
 * @param date1904 - whether serial dates count from 1904
 * @param broken - the error for a sheet's part that cannot be read, saying why
 * @returns the reader: a cell's value, or undefined for none
 */
export function cellValues(parts: WorkbookParts, where: Location, date1904: boolean, broken: (what: string) => ExportReadError): (c: CellRead) => Cell {
  let strings: string[] | undefined;
  let dateStyles: boolean[] | undefined;
  return (c) => {
    const v = c.v;
    if (c.type === "inlineStr") return c.inline ?? v ?? "";
    if (v === undefined) return c.formula ? new CellError("formula") : undefined;
    switch (c.type) {
      case "s": {
        strings ??= parts.sharedStrings(where);
        const s = strings[Number(v)];
        if (s === undefined) throw broken("a cell refers to a shared string the workbook does not have");
        return s;
      }
      case "str": return v;
      case "b": return v.trim() === "1" || v.trim() === "true";
      case "e": return new CellError(v.trim() === "" ? "#VALUE!" : v.trim());
      case "d": {
        const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(v) ? v : `${v.trim()}Z`);
        return Number.isFinite(ms) ? new Date(ms) : v;
      }
      default: {
        const n = Number(v);
        if (v.trim() === "" || !Number.isFinite(n)) return v;
        dateStyles ??= parts.styles(where);
        if (dateStyles[c.style] !== true) return n;
        const iso = excelSerialToIso(n, date1904);
        return iso === undefined ? n : new Date(`${iso}T00:00:00Z`);
      }
    }
  };
}
