import type { FieldKind } from "./field-kinds";

const TRUE = new Set(["true", "yes", "y", "1"]);
const FALSE = new Set(["false", "no", "n", "0"]);

/**
 * Converts a date cell to `YYYY-MM-DD`: ISO dates are kept, `DD/MM/YYYY` (UK order, one
 * or two digits for day and month) is reordered, and a midnight time after an ISO date
 * (`2024-05-14T00:00:00`, as exports write) is cut off. Anything else is returned as
 * given, so that validation rejects it with its path.
 *
 * @param cell - the trimmed cell text
 * @returns the ISO date, or the text unchanged
 * @example
 * toIsoDate("14/05/2024"); // "2024-05-14"
 */
export function toIsoDate(cell: string): string {
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(cell);
  if (uk !== null) return `${uk[3]}-${(uk[2] as string).padStart(2, "0")}-${(uk[1] as string).padStart(2, "0")}`;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/.exec(cell);
  return iso !== null ? (iso[1] as string) : cell;
}

/**
 * Reads one CSV cell as a field of the given kind. An empty cell is an absent field
 * (`undefined`), except for lists, where it is an empty list. A cell that cannot be read
 * as its kind is returned as text, so that validation rejects the record naming the field.
 *
 * @param cell - the cell text
 * @param kind - the field's kind
 * @returns the value for the record
 * @example
 * readCell("yes", "boolean"); // true
 * readCell("wellbeing; worries", "list"); // ["wellbeing", "worries"]
 */
export function readCell(cell: string, kind: FieldKind): unknown {
  const t = cell.trim();
  if (kind === "list") return t === "" ? [] : t.split(";").map((s) => s.trim()).filter((s) => s !== "");
  if (t === "") return undefined;
  switch (kind) {
    case "date": return toIsoDate(t);
    case "boolean": {
      const l = t.toLowerCase();
      return TRUE.has(l) ? true : FALSE.has(l) ? false : t;
    }
    case "integer":
    case "number": return /^[-+]?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
    case "records": {
      try { return JSON.parse(t) as unknown; } catch { return t; }
    }
    default: return t;
  }
}
