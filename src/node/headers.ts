import { didYouMean } from "../text/did-you-mean";
import { ExportReadError } from "./errors";
import { fieldKinds, type FieldKind } from "./field-kinds";
import type { Location } from "./location";

/** A column of a table matched to a field of the model. */
export interface Column {
  /** 0-based position in the row. */
  index: number;
  /** The field's dotted name (`heldOn`, `scope.type`). */
  field: string;
  /** The field's path, split at dots. */
  path: readonly string[];
  kind: FieldKind;
  /** The header as written in the file. */
  header: string;
}

/** A column the model has no field for. */
export interface UnknownColumn {
  /** The header as written, or `column N` for an empty header. */
  column: string;
  /** The field name it is closest to. */
  didYouMean?: string;
  /** For a column with an empty header: its position (reported only if a cell under it holds something). */
  blankAt?: number;
}

/** The columns of a table, matched by header. */
export interface Header {
  columns: Column[];
  unknown: UnknownColumn[];
}

const HOSTILE = new Set(["__proto__", "constructor", "prototype"]);

/** Case, spaces, dashes and underscores do not matter in a header: `Held On`, `held_on`, `HELDON` are all `heldOn`. */
function fold(name: string): string {
  return name.split(".").map((s) => s.toLowerCase().replace(/[\s_-]+/g, "")).join(".");
}

/**
 * The fields a table of the collection may hold, by dotted name: the record's own fields,
 * or for an item table (`prefix` `children[].`) the item's fields and the parent's id column.
 *
 * @param collection - the collection
 * @param prefix - `<field>[].` for an item table, or `""`
 * @param parentKey - the item table's column naming the parent (`caseId`)
 * @returns the kind of each field
 */
export function tableFields(collection: string, prefix: string, parentKey?: string): Map<string, FieldKind> {
  const out = new Map<string, FieldKind>();
  for (const [name, kind] of fieldKinds(collection)) {
    if (prefix === "" ? !name.includes("[]") : name.startsWith(prefix)) out.set(name.slice(prefix.length), kind);
  }
  if (parentKey !== undefined) out.set(parentKey, "string");
  return out;
}

/**
 * Matches a table's header row to the fields, forgiving case, spaces, dashes and
 * underscores (`ID` is `id`, `Held On` is `heldOn`). Headers the model does not know are
 * returned as unknown (with the nearest field name), and their cells are not read.
 *
 * @param cells - the header row's cells, as text
 * @param fields - the fields the table may hold (see {@link tableFields})
 * @param where - the header row's location, for errors
 * @returns the matched columns and the unknown ones
 * @throws {@link ExportReadError} for a header naming `__proto__`, `constructor` or
 *   `prototype` (never a field, and dangerous to any code that builds objects from names),
 *   or two columns for one field
 */
export function matchHeader(cells: readonly string[], fields: ReadonlyMap<string, FieldKind>, where: Location): Header {
  const byFolded = new Map<string, string>();
  for (const f of fields.keys()) byFolded.set(fold(f), f);
  const header: Header = { columns: [], unknown: [] };
  const taken = new Map<string, number>();
  cells.forEach((raw, index) => {
    const text = raw.trim();
    if (text.split(".").some((s) => HOSTILE.has(s.trim().toLowerCase()))) {
      throw new ExportReadError({ ...where, column: `${index + 1}` }, "a header may not be __proto__, constructor or prototype");
    }
    if (text === "") {
      header.unknown.push({ column: `column ${index + 1}`, blankAt: index });
      return;
    }
    const field = byFolded.get(fold(text));
    if (field === undefined) {
      const near = didYouMean(text, [...fields.keys()]);
      header.unknown.push({ column: text, ...(near === undefined ? {} : { didYouMean: near }) });
      return;
    }
    const earlier = taken.get(field);
    if (earlier !== undefined) {
      throw new ExportReadError({ ...where, column: text }, `the header repeats a column: columns ${earlier + 1} and ${index + 1} are both ${field}`);
    }
    taken.set(field, index);
    header.columns.push({ index, field, path: field.split("."), kind: fields.get(field) as FieldKind, header: text });
  });
  return header;
}
