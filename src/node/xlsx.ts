import { CellError, type Cell } from "./cells";
import { excelSerialToIso } from "./dates";
import { ExportReadError } from "./errors";
import type { Location } from "./location";
import { openRegularFile } from "./open-file";
import { parseXml, XmlError, XmlStream, type XmlHandler } from "./xml";
import { inflateBudgetFor, ZipArchive, ZipError } from "./zip";
import { atIndex } from "../util/at-index";

/** One sheet of a workbook: its name and its rows, as cells. */
export interface Sheet {
  /** The sheet's name, as on its tab. */
  name: string;
  /** `hidden` or `veryHidden` when Excel does not show the sheet. */
  hidden?: "hidden" | "veryHidden";
  /**
   * Reads the sheet (inflating its part only now, a chunk at a time: the part is never held
   * whole) and calls `onRow` with each row's cells and its row number, as each row is read,
   * in the order written (no row is held). A row's
   * cells run from column A to its last cell holding a value (cells holding only formatting
   * are not cells). A merged range gives its value to its top-left cell only.
   *
   * @throws {@link ExportReadError} when the sheet's part cannot be read, or inflates past the workbook's budget
   */
  eachRow(onRow: (cells: Cell[], row: number) => void): Promise<void>;
  /** What the user should know about the sheet once read: merged cells, a repeated row number. */
  readonly notes: string[];
}

/** A part of a workbook that is not a table, by sheet name, and why it is not read. */
export interface SkippedSheet {
  /** The sheet's name, as on its tab. */
  name: string;
  /** Why it is not read. */
  reason: string;
}

/** A workbook's sheets, and whether it counts dates in the 1904 system. */
export interface WorkbookSheets {
  /** The worksheets, in the workbook's order. */
  sheets: Sheet[];
  /** Whether serial dates count from 1904 (old Mac workbooks). */
  date1904: boolean;
  /** Chart sheets and other sheets that hold no table. */
  skipped: SkippedSheet[];
}

/** Options of {@link readWorkbook}. */
export interface ReadWorkbookOptions {
  /** The most the parts read may inflate to, in bytes (default: {@link inflateBudgetFor} the file's size). */
  inflateBudget?: number;
}

const MAX_COLUMN = 16_384;
const MAX_ROW = 1_048_576;
/**
 * The most of each thing a workbook may hold, far above what Excel writes (64,000 cell
 * formats; a sheet of 1,048,576 rows and 16,384 columns): past them a hostile part would
 * exhaust memory within the inflate budget, so it is refused.
 */
const LIMITS = { sharedStrings: 16_777_216, styles: 1_000_000, sheets: 10_000, relationships: 100_000, mergedRanges: 1_000_000 };

/** Refuses a part that holds too many of something. */
function tooMany(count: number, limit: number, what: string, where: Location): void {
  if (count > limit) throw new ExportReadError(where, `more than ${limit.toLocaleString("en-GB")} ${what}: not a workbook Excel writes`);
}

/** Rows visited to blank the other cells of merged ranges, past which a sheet is refused. */
const MAX_MERGE_WORK = 50_000_000;
/** Built-in number formats that are dates or times. */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Whether a custom number format shows a date or time: d, m, y, h or s outside quotes, escapes and brackets. */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/[_*]./g, "").replace(/\[[^\]]*\]/g, "");
  return /[dmyhs]/i.test(bare);
}

/** A part's name from a relationship's target: relative to the source part's folder, or absolute. */
function resolve(from: string, target: string): string {
  const parts = target.startsWith("/") ? [] : from.split("/").slice(0, -1);
  for (const p of target.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== "." && p !== "") parts.push(p);
  }
  return parts.join("/");
}

/** The rels part of a part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`). */
function relsOf(part: string): string {
  const at = part.lastIndexOf("/");
  return `${part.slice(0, at + 1)}_rels/${part.slice(at + 1)}.rels`;
}

/** An attribute by local name, whatever its prefix (`r:id`). */
function attrOf(attrs: Readonly<Record<string, string>>, name: string, prefixed = false): string | undefined {
  for (const [k, v] of Object.entries(attrs)) {
    const colon = k.indexOf(":");
    if (k.slice(colon + 1) === name && (!prefixed || colon > 0)) return v;
  }
  return undefined;
}

/** A column's number from a cell reference (`XFD3` → 16384), or undefined when it is none. */
function columnOf(ref: string): number | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (m === null) return undefined;
  let n = 0;
  for (const ch of atIndex(m, 1).toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n <= MAX_COLUMN ? n : undefined;
}

function rowOf(ref: string): number | undefined {
  const m = /^\$?[A-Za-z]{1,3}\$?(\d+)$/.exec(ref);
  const n = m === null ? NaN : Number(m[1]);
  return n >= 1 && n <= MAX_ROW ? n : undefined;
}

/** A row as read: its number and its cells holding a value, by column. */
interface RowRead {
  row: number;
  cols: number[];
  values: Cell[];
}

/** The workbook's parts, inflated as they are needed, each once. */
class WorkbookParts {
  private strings: string[] | undefined;
  private dateStyles: boolean[] | undefined;

  constructor(
    readonly zip: ZipArchive,
    readonly file: string,
    private readonly stringsPart: string | undefined,
    private readonly stylesPart: string | undefined,
  ) {}

  /** Inflates one part, or undefined when the workbook has none of that name. */
  bytes(part: string, where: Location): Buffer | undefined {
    try {
      return this.zip.read(part);
    } catch (e) {
      if (e instanceof ZipError) throw new ExportReadError(where, e.message); // it names the part
      throw e;
    }
  }

  /**
   * Inflates a part a chunk at a time (see {@link ZipArchive.stream}), then calls `end`.
   *
   * @returns false when the workbook has no such part
   */
  async stream(part: string, onChunk: (chunk: Buffer) => void, where: Location, count: boolean, end?: () => void): Promise<boolean> {
    try {
      const found = await this.zip.stream(part, onChunk, count);
      if (found) end?.();
      return found;
    } catch (e) {
      if (e instanceof ZipError) throw new ExportReadError(where, e.message); // it names the part
      if (e instanceof XmlError) throw new ExportReadError(where, `${part} cannot be read: ${e.message}`);
      throw e;
    }
  }

  /** Parses a part's bytes. */
  parseBytes(part: string, bytes: Buffer, handler: XmlHandler, where: Location): void {
    try {
      parseXml(bytes, handler);
    } catch (e) {
      if (e instanceof XmlError) throw new ExportReadError(where, `${part} cannot be read: ${e.message}`);
      throw e;
    }
  }

  /** Inflates and parses one part; false when the workbook has none of that name. */
  parse(part: string, handler: XmlHandler, where: Location): boolean {
    const bytes = this.bytes(part, where);
    if (bytes === undefined) return false;
    this.parseBytes(part, bytes, handler, where);
    return true;
  }

  /** The shared strings: each `<si>`'s text (rich text runs joined, phonetic guides left out). */
  sharedStrings(where: Location): string[] {
    if (this.strings !== undefined) return this.strings;
    const strings: string[] = [];
    let current: string | undefined;
    let inT = false;
    let phonetic = 0;
    if (this.stringsPart !== undefined) {
      this.parse(this.stringsPart, {
        open(name) {
          if (name === "si") current = "";
          else if (name === "rPh") phonetic++;
          else if (name === "t") inT = phonetic === 0;
        },
        close(name) {
          if (name === "si") {
            strings.push(current ?? "");
            current = undefined;
            tooMany(strings.length, LIMITS.sharedStrings, "shared strings", where);
          }
          else if (name === "rPh") phonetic--;
          else if (name === "t") inT = false;
        },
        text(t) { if (inT && current !== undefined) current += t; },
      }, where);
    }
    this.strings = strings;
    return strings;
  }

  /** For each cell style (`s`), whether its number format is a date or time. */
  styles(where: Location): boolean[] {
    if (this.dateStyles !== undefined) return this.dateStyles;
    const formats = new Map<number, string>();
    const xfFormats: number[] = [];
    let inCellXfs = false;
    if (this.stylesPart !== undefined) {
      this.parse(this.stylesPart, {
        open(name, attrs) {
          if (name === "numFmt") {
            formats.set(Number(attrs.numFmtId), attrs.formatCode ?? "");
            tooMany(formats.size, LIMITS.styles, "number formats", where);
          }
          else if (name === "cellXfs") inCellXfs = true;
          else if (name === "xf" && inCellXfs) {
            xfFormats.push(Number(attrs.numFmtId ?? 0));
            tooMany(xfFormats.length, LIMITS.styles, "cell formats", where);
          }
        },
        close(name) { if (name === "cellXfs") inCellXfs = false; },
      }, where);
    }
    this.dateStyles = xfFormats.map((id) => {
      const custom = formats.get(id);
      return custom === undefined ? DATE_FORMAT_IDS.has(id) : isDateFormat(custom);
    });
    return this.dateStyles;
  }
}

/** A merged range, by its first and last rows and columns. */
interface Range { r1: number; c1: number; r2: number; c2: number }

/**
 * Adds the merged ranges whose `<mergeCell` starts in `[from, to)` of the bytes: `<mergeCell`
 * (or `<x:mergeCell`) is always markup, as text in XML writes `<` as `&lt;`.
 */
function scanMerges(bytes: Buffer, from: number, to: number, ranges: Range[], where: Location): void {
  for (let at = bytes.indexOf("mergeCell", from); at >= 0 && at < to; at = bytes.indexOf("mergeCell", at + 9)) {
    let start = at - 1;
    if (bytes[start] === 0x3a) { // a prefix: `<x:mergeCell`
      start--;
      while (start >= 0 && start > at - 64 && /[\w.-]/.test(String.fromCharCode(atIndex(bytes, start)))) start--;
    }
    if (bytes[start] !== 0x3c) continue; // not markup: text holding the word
    const tag = bytes.toString("latin1", at, Math.min(bytes.length, at + 1024));
    const m = /^mergeCell\s[^>]*?\bref\s*=\s*["']([^"']*)["']/.exec(tag);
    if (m === null) continue;
    const [a = "", b = a] = atIndex(m, 1).split(":");
    const c1 = columnOf(a), r1 = rowOf(a), c2 = columnOf(b), r2 = rowOf(b);
    if (c1 !== undefined && r1 !== undefined && c2 !== undefined && r2 !== undefined) {
      ranges.push({ r1: Math.min(r1, r2), r2: Math.max(r1, r2), c1: Math.min(c1, c2), c2: Math.max(c1, c2) });
      tooMany(ranges.length, LIMITS.mergedRanges, "merged ranges", where);
    }
  }
}

/**
 * The merged ranges of a sheet's part, by their first row. `<mergeCells>` follows the rows,
 * so it is found before they are read, by inflating the part once and searching its bytes
 * (keeping a little of each chunk, so that no tag is missed across two).
 *
 * @returns the ranges, or undefined when the workbook has no such part
 */
async function mergesOf(parts: WorkbookParts, part: string, where: Location): Promise<Range[] | undefined> {
  const ranges: Range[] = [];
  let pending: Buffer = Buffer.alloc(0);
  let from = 0;
  const found = await parts.stream(part, (chunk) => {
    const b = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    const to = Math.max(from, b.length - 1100);
    scanMerges(b, from, to, ranges, where);
    const keep = Math.max(0, to - 64);
    pending = b.subarray(keep);
    from = to - keep;
  }, where, true);
  if (!found) return undefined;
  scanMerges(pending, from, pending.length, ranges, where);
  return ranges.sort((x, y) => x.r1 - y.r1);
}

/** Blanks the cells of merged ranges but their top-left ones, row by row (a sweep over rows in order). */
class MergeMask {
  private next = 0;
  private active: Range[] = [];
  private lastRow = 0;
  private work = 0;

  constructor(private readonly ranges: readonly Range[], private readonly where: Location) {}

  apply(row: RowRead): void {
    if (this.ranges.length === 0) return;
    if (row.row < this.lastRow) { this.next = 0; this.active = []; }
    this.lastRow = row.row;
    while (this.next < this.ranges.length && atIndex(this.ranges, this.next).r1 <= row.row) this.active.push(atIndex(this.ranges, this.next++));
    this.active = this.active.filter((r) => r.r2 >= row.row);
    this.work += this.active.length * (1 + row.cols.length);
    if (this.work > MAX_MERGE_WORK) throw new ExportReadError(this.where, "too many merged cells to read: unmerge them");
    for (const r of this.active) {
      row.cols.forEach((col, i) => {
        if (col >= r.c1 && col <= r.c2 && !(row.row === r.r1 && col === r.c1)) row.values[i] = undefined;
      });
    }
  }
}

/**
 * Reads one worksheet, calling `onRow` with each row as soon as it is read (rows are never
 * held), in the order written, and noting merged cells and repeated row numbers.
 */
async function readRows(parts: WorkbookParts, part: string, where: Location, date1904: boolean, notes: string[], onRow: (cells: Cell[], row: number) => void): Promise<void> {
  const broken = (what: string) => new ExportReadError(where, `${part} cannot be read: ${what}`);
  const ranges = await mergesOf(parts, part, where);
  if (ranges === undefined) throw broken("the part is missing from the workbook");
  if (ranges.length > 0) notes.push(`sheet ${where.sheet ?? ""} has merged cells: each merged range is read as its top-left cell, the others as empty (unmerge them to give each cell its value)`);
  const mask = new MergeMask(ranges, where);
  const repeated: number[] = [];
  let row: RowRead | undefined;
  let lastRow = 0;
  let rowCount = 0;
  let nextCol = 1;
  let cell: { col: number; type: string; style: number; v?: string; formula: boolean; inline?: string } | undefined;
  let inV = false;
  let inT = false;
  let inIs = false;
  let phonetic = 0;
  let strings: string[] | undefined;
  let dateStyles: boolean[] | undefined;
  const valueOf = (c: NonNullable<typeof cell>): Cell => {
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

/** One sheet of the workbook, read when asked. */
function sheetOf(parts: WorkbookParts, name: string, part: string, date1904: boolean, state: string | undefined): Sheet {
  const notes: string[] = [];
  return {
    name,
    ...(state === "hidden" || state === "veryHidden" ? { hidden: state } : {}),
    notes,
    eachRow(onRow) {
      return readRows(parts, part, { file: parts.file, sheet: name }, date1904, notes, onRow);
    },
  };
}

/** The workbook's bytes: it is read whole (a zip is read from its end), so one over about 500 MB is refused. */
async function readAll(path: string, name: string): Promise<Buffer> {
  const stream = await openRegularFile(path, name, true);
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream) chunks.push(chunk as Buffer);
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks);
}

interface Relationship { type: string; target: string }

/**
 * Reads an `.xlsx` workbook: the zip's central directory, then its sheets as the
 * workbook's relationships name them (whatever their part names), then each sheet's part
 * only when its rows are read. Only the cells present are read; date-formatted cells are
 * dates (so a date column may hold dates, Excel serial numbers or text); error cells and
 * formulas with no calculated value are {@link CellError}s. The parts read may inflate to
 * a budget in total (see {@link inflateBudgetFor}); a part never read is never inflated.
 * A DTD in any part is refused.
 *
 * @param path - the file's path
 * @param name - the file's name, for messages
 * @param options - the inflate budget
 * @returns the sheets
 * @throws {@link ExportReadError} when the file is not a regular file, is over about 500 MB, or is not an `.xlsx` workbook
 */
export async function readWorkbook(path: string, name: string, options: ReadWorkbookOptions = {}): Promise<WorkbookSheets> {
  const bytes = await readAll(path, name);
  const where = { file: name };
  const notAWorkbook = (why: string) => new ExportReadError(where, `not an .xlsx workbook that can be read (${why}): save it from Excel as "Excel Workbook (.xlsx)"`);
  let zip: ZipArchive;
  try {
    zip = new ZipArchive(bytes, options.inflateBudget ?? inflateBudgetFor(bytes.length));
  } catch (e) {
    if (e instanceof ZipError) throw notAWorkbook(e.message);
    throw e;
  }
  const bare = new WorkbookParts(zip, name, undefined, undefined);
  const rels = (part: string): Map<string, Relationship> => {
    const out = new Map<string, Relationship>();
    bare.parse(relsOf(part), {
      open(n, attrs) {
        if (n !== "Relationship" || attrs.Id === undefined || attrs.Target === undefined || attrs.TargetMode === "External") return;
        out.set(attrs.Id, { type: attrs.Type ?? "", target: resolve(part, attrs.Target) });
        tooMany(out.size, LIMITS.relationships, "relationships", where);
      },
    }, where);
    return out;
  };
  const workbookPart = [...rels("").values()].find((r) => r.type.endsWith("/officeDocument"))?.target ?? "xl/workbook.xml";
  if (!zip.has(workbookPart)) throw notAWorkbook("no workbook part");
  const workbookRels = rels(workbookPart);
  const byType = (type: string) => [...workbookRels.values()].find((r) => r.type.endsWith(type))?.target;
  const parts = new WorkbookParts(zip, name, byType("/sharedStrings"), byType("/styles"));
  let date1904 = false;
  const declared: { name: string; id: string | undefined; state: string | undefined }[] = [];
  parts.parse(workbookPart, {
    open(n, attrs) {
      if (n === "workbookPr") date1904 = attrs.date1904 === "1" || attrs.date1904 === "true";
      else if (n === "sheet") {
        declared.push({ name: attrs.name ?? "", id: attrOf(attrs, "id", true), state: attrs.state });
        tooMany(declared.length, LIMITS.sheets, "sheets", where);
      }
    },
  }, where);
  const sheets: Sheet[] = [];
  const skipped: SkippedSheet[] = [];
  for (const d of declared) {
    const rel = d.id === undefined ? undefined : workbookRels.get(d.id);
    if (rel === undefined || !zip.has(rel.target)) throw new ExportReadError({ file: name, sheet: d.name }, "the sheet's part is missing from the workbook");
    if (rel.type.endsWith("/worksheet")) sheets.push(sheetOf(parts, d.name, rel.target, date1904, d.state));
    else skipped.push({ name: d.name, reason: "a chart or dialog sheet, not a table" });
  }
  return { sheets, date1904, skipped };
}
