import { isBlank, readCell, type Cell } from "./cells";
import { ExportReadError } from "./errors";
import type { FieldKind } from "./field-kinds";
import { matchHeader, type Header, type UnknownColumn } from "./headers";
import type { Location } from "./location";
import { atIndex } from "../util/at-index";

/** The records read from one table (a CSV file or a sheet), with the row each starts on. */
export interface TableRecords {
  records: Record<string, unknown>[];
  rows: number[];
  /** Header as written, by field name, for messages. */
  headers: Map<string, string>;
  /** Columns the model has no field for (empty headers only when a cell under them holds something). */
  unknown: UnknownColumn[];
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (let k = 0; k < path.length - 1; k++) {
    const key = atIndex(path, k);
    const next = node[key];
    if (typeof next !== "object" || next === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[atIndex(path, path.length - 1)] = value;
}

/**
 * Builds records from the rows of a table, one row at a time, so that a large file is
 * never held whole. The first row that is not blank is the header (matched to the fields
 * forgivingly, see `matchHeader`); blank rows (`,,,,` as spreadsheets leave at the end)
 * are skipped; each cell is read by its field's kind and only known fields are set, so a
 * record holds nothing the model does not name.
 */
export class TableReader {
  private header: Header | undefined;
  private readonly usedBlank = new Set<number>();
  private readonly blankHeaders = new Set<number>();
  readonly out: TableRecords = { records: [], rows: [], headers: new Map(), unknown: [] };

  /**
   * @param where - the table's file (and sheet), for messages
   * @param fields - the fields the table may hold, by dotted name
   * @param date1904 - for a workbook in the 1904 date system
   * @param sheet - whether the table is a sheet, which stores no empty cells: a row may end
   *   before the header does (its missing cells are empty), and a cell right of the header is
   *   a column with an empty header
   */
  constructor(
    private readonly where: Location,
    private readonly fields: ReadonlyMap<string, FieldKind>,
    private readonly date1904 = false,
    private readonly sheet = false,
  ) {}

  /**
   * Takes the next row.
   *
   * @param cells - the row's cells
   * @param row - the row's 1-based line (CSV) or row number (sheet)
   * @throws {@link ExportReadError} for an unusable header, or (not in a sheet) a row with more or fewer cells than the header has columns
   */
  add(cells: readonly Cell[], row: number): void {
    if (cells.every(isBlank)) return;
    if (this.header === undefined) {
      this.header = matchHeader(cells.map((c) => (c === undefined ? "" : String(c))), this.fields, { ...this.where, row });
      for (const c of this.header.columns) this.out.headers.set(c.field, c.header);
      for (const u of this.header.unknown) if (u.blankAt !== undefined) this.blankHeaders.add(u.blankAt);
      return;
    }
    const width = this.header.columns.length + this.header.unknown.length;
    if (!this.sheet && (cells.length < width || (cells.length > width && !cells.slice(width).every(isBlank)))) {
      throw new ExportReadError({ ...this.where, row }, `${cells.length} cells, but the header has ${width} columns`);
    }
    const record: Record<string, unknown> = {};
    for (const c of this.header.columns) {
      const value = readCell(cells[c.index], c.kind, this.date1904);
      if (value !== undefined) setPath(record, c.path, value);
    }
    // Per cell of the row, not per column of the header: a sheet's header may reach column XFD.
    // A sheet's cell right of the header (a note at column XFD) is a column with an empty header.
    cells.forEach((cell, i) => { if ((this.blankHeaders.has(i) || (this.sheet && i >= width)) && !isBlank(cell)) this.usedBlank.add(i); });
    this.out.records.push(record);
    this.out.rows.push(row);
  }

  /**
   * The records read, and the unknown columns (each once).
   *
   * @returns the table's records
   */
  finish(): TableRecords {
    this.out.unknown = (this.header?.unknown ?? [])
      .filter((u) => u.blankAt === undefined || this.usedBlank.has(u.blankAt))
      .map(({ blankAt: _, ...u }) => u);
    const width = this.header === undefined ? 0 : this.header.columns.length + this.header.unknown.length;
    for (const i of [...this.usedBlank].filter((k) => k >= width).sort((a, b) => a - b)) this.out.unknown.push({ column: `column ${i + 1}` });
    return this.out;
  }
}
