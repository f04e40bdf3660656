import { dateCellToIso, excelSerialToIso } from "./dates";
import type { FieldKind } from "./field-kinds";

/**
 * A workbook cell that holds no value: an error (`#N/A`, `#REF!`...) or a formula that was
 * never calculated. It is kept as it is in the record, so that validation rejects the
 * record at that field, and `loadExport` says why.
 */
export class CellError {
  /**
   * @param code - Excel's error code (`#N/A`), or `formula` for a formula with no calculated value
   */
  constructor(readonly code: string) {}

  /** What is wrong with the cell, for a rejection's message. */
  get message(): string {
    return this.code === "formula"
      ? "the cell holds a formula with no calculated value (the tool that saved the workbook did not calculate it): open and save it in Excel, or give the value"
      : `the cell holds the error ${this.code}, not a value: correct it in the workbook`;
  }

  /** The code, as a header or in JSON. */
  toString(): string {
    return this.code === "formula" ? "" : this.code;
  }

  /** The code, in JSON. */
  toJSON(): string {
    return this.toString();
  }
}

/** A cell as a table gives it: text from CSV; text, a number, a boolean, a date or an error from a workbook. */
export type Cell = string | number | boolean | Date | CellError | undefined;

const TRUE = new Set(["true", "yes", "y", "1"]);
const FALSE = new Set(["false", "no", "n", "0"]);

/**
 * Whether a cell holds nothing: absent, or text of spaces only.
 *
 * @param cell - the cell
 * @returns true for an empty cell
 */
export function isBlank(cell: Cell): boolean {
  return cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

function asText(cell: Exclude<Cell, undefined | CellError>): string {
  if (cell instanceof Date) return dateCellToIso(cell) ?? "";
  return typeof cell === "string" ? cell.trim() : String(cell);
}

function readDate(cell: Exclude<Cell, undefined | CellError>, date1904: boolean): unknown {
  if (cell instanceof Date) return dateCellToIso(cell) ?? "";
  if (typeof cell === "number") return excelSerialToIso(cell, date1904) ?? cell;
  return typeof cell === "string" ? cell.trim() : cell; // text: parseDataset reads it, and counts what it read forgivingly
}

/**
 * Reads one cell as a field of the given kind. An empty cell is an absent field
 * (`undefined`), except for lists, where it is an empty list. A cell that cannot be read
 * as its kind is returned as it is, so that validation rejects the record naming the field.
 * A date written as text is kept as text, for `parseDataset` to read (`DD/MM/YYYY`, a
 * timestamp...) and count; in a workbook, date cells and Excel serial numbers are read here.
 * A {@link CellError} is returned as it is, whatever the kind.
 *
 * @param cell - the cell
 * @param kind - the field's kind
 * @param date1904 - for serial numbers of a workbook in the 1904 date system
 * @returns the value for the record
 * @example
 * readCell("yes", "boolean"); // true
 * readCell("wellbeing; worries", "list"); // ["wellbeing", "worries"]
 * readCell(45488, "date"); // "2024-07-15"
 */
export function readCell(cell: Cell, kind: FieldKind, date1904 = false): unknown {
  if (isBlank(cell)) return kind === "list" ? [] : undefined;
  if (cell instanceof CellError) return cell;
  const value = cell as Exclude<Cell, undefined | CellError>;
  switch (kind) {
    case "date": return readDate(value, date1904);
    case "list": return asText(value).split(";").map((s) => s.trim()).filter((s) => s !== "");
    case "boolean": {
      if (typeof value === "boolean") return value;
      const l = asText(value).toLowerCase();
      return TRUE.has(l) ? true : FALSE.has(l) ? false : l;
    }
    case "integer":
    case "number": {
      if (typeof value === "number") return value;
      const t = asText(value);
      return /^[-+]?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
    }
    case "records": {
      const t = asText(value);
      try { return JSON.parse(t) as unknown; } catch { return t; }
    }
    default: return asText(value);
  }
}
