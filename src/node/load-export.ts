import { readdir, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { parseDataset } from "../model/parse-dataset";
import { CellError } from "./cells";
import { readWholeText } from "./decode";
import { ExportReadError } from "./errors";
import { itemFields, parentKeyOf, tableName } from "./export-names";
import type { Ignored, LoadedExport, LoadExportOptions } from "./export-types";
import { tableFields } from "./headers";
import { attachItems, type ItemTable } from "./items";
import type { Location } from "./location";
import { locate, type Provenance, type SourceMap } from "./provenance";
import { parseJson, readCollectionFile, tableFileRecords, type FileRecords } from "./read-collection";
import { TableReader } from "./table-records";
import { readWorkbook } from "./xlsx";
import { isPlainObject } from "../util/plain-object";

const FORMATS: Record<string, "csv" | "ndjson" | "json" | "xlsx"> = {
  ".csv": "csv", ".ndjson": "ndjson", ".jsonl": "ndjson", ".json": "json", ".xlsx": "xlsx",
};

/** The export being read: records by collection, their provenance, and what was ignored. */
class ExportBuilder {
  readonly dataset: Record<string, unknown[]> = {};
  readonly sources: SourceMap = new Map();
  readonly ignored: Ignored[] = [];
  readonly warnings: LoadedExport["warnings"] = [];
  readonly items: ItemTable[] = [];
  private readonly from = new Map<string, string>();

  constructor(readonly options: LoadExportOptions) {}

  /** Adds a table's records to its collection (or holds an item table's for later). */
  add(where: Location, name: { collection: string; field?: string }, read: Omit<FileRecords, "encoding">): void {
    const { collection, field } = name;
    const key = field === undefined ? collection : `${collection}.${field}`;
    const label = where.sheet === undefined ? where.file : `${where.file} sheet ${where.sheet}`;
    const earlier = this.from.get(key);
    if (earlier !== undefined) throw new ExportReadError(where, `a second table of ${key} (the first is ${earlier}); keep one`);
    this.from.set(key, label);
    for (const u of read.unknown) {
      this.ignored.push({ ...where, column: u.column, reason: `${key} has no such field`, ...(u.didYouMean === undefined ? {} : { didYouMean: u.didYouMean }) });
    }
    this.options.onRead?.({ ...where, collection, ...(field === undefined ? {} : { field }), records: read.records.length });
    if (field !== undefined) {
      this.items.push({ collection, field, parentKey: parentKeyOf(collection), records: read.records, sources: read.sources });
      return;
    }
    this.dataset[collection] = read.records;
    this.sources.set(collection, read.sources);
  }

  /** Reads one file of a folder (or the one file given), by its name and extension. */
  async file(path: string, file: string): Promise<void> {
    const ext = extname(file).toLowerCase();
    const format = FORMATS[ext];
    const name = tableName(file.slice(0, file.length - ext.length));
    if (format === "xlsx") return this.workbook(path, file, "collection" in name ? name : undefined);
    if (format === undefined) {
      this.ignored.push({ file, reason: "not a .csv, .xlsx, .json or .ndjson file" });
      return;
    }
    if (!("collection" in name)) {
      this.ignored.push({ file, reason: name.unknown, ...(name.didYouMean === undefined ? {} : { didYouMean: `${name.didYouMean}${ext}` }) });
      return;
    }
    const fields = tableFields(name.collection, name.field === undefined ? "" : `${name.field}[].`, name.field === undefined ? undefined : parentKeyOf(name.collection));
    const read = await readCollectionFile(path, file, format, name.collection, fields, this.options.encoding ?? "auto");
    if (read.encoding === "windows-1252" && this.options.encoding !== "windows-1252") {
      this.warnings.push({ file, message: 'not valid UTF-8: read as Windows-1252 (what Excel\'s plain "CSV" writes); save it as "CSV UTF-8" to be sure' });
    }
    this.add({ file }, name, read);
  }

  /** Reads a workbook: a sheet per collection, or when the file is named after one, its first sheet. */
  async workbook(path: string, file: string, named: { collection: string; field?: string } | undefined): Promise<void> {
    const { sheets, date1904, skipped } = await readWorkbook(path, file);
    for (const s of skipped) this.ignored.push({ file, sheet: s.name, reason: s.reason });
    for (const [k, sheet] of sheets.entries()) {
      const name = named === undefined ? tableName(sheet.name) : k === 0 ? named : { unknown: `only the first sheet of ${file} is read` };
      if (!("collection" in name)) {
        this.ignored.push({ file, sheet: sheet.name, reason: name.unknown, ...(name.didYouMean === undefined ? {} : { didYouMean: name.didYouMean }) });
        continue;
      }
      const where = { file, sheet: sheet.name };
      const fields = tableFields(name.collection, name.field === undefined ? "" : `${name.field}[].`, name.field === undefined ? undefined : parentKeyOf(name.collection));
      const table = new TableReader(where, fields, date1904, true);
      await sheet.eachRow((cells, row) => table.add(cells, row));
      if (sheet.hidden !== undefined) {
        this.warnings.push({ file, message: `sheet ${sheet.name} is hidden${sheet.hidden === "veryHidden" ? " (very hidden: Excel's menus cannot show it)" : ""}, and was read as ${tableKey(name)}` });
      }
      for (const note of sheet.notes) this.warnings.push({ file, message: note });
      this.add(where, name, tableFileRecords(table.finish(), where));
    }
  }
}

const tableKey = (name: { collection: string; field?: string }): string => (name.field === undefined ? name.collection : `${name.collection}.${name.field}`);

async function folder(dir: string, builder: ExportBuilder): Promise<void> {
  const files = (await readdir(dir)).sort();
  for (const file of files) {
    if (file.startsWith(".") || file.startsWith("~$")) continue; // hidden files, Excel's lock files
    await builder.file(join(dir, file), file);
  }
  if (Object.keys(builder.dataset).length === 0 && builder.items.length === 0) {
    throw new ExportReadError({ file: dir }, "no collection file found: name each file after its collection, e.g. staff.csv or staff.xlsx (see docs/cli.md)");
  }
}

async function datasetFile(path: string, file: string, builder: ExportBuilder): Promise<void> {
  const text = await readWholeText(path, file, builder.options.encoding ?? "auto");
  const value = parseJson(text.value, { file });
  if (!isPlainObject(value)) {
    throw new ExportReadError({ file }, "a dataset file holds a JSON object of collections, e.g. { \"staff\": [...] }");
  }
  for (const [collection, records] of Object.entries(value)) {
    // Copied as own properties, as JSON.parse made them: a key "__proto__" stays a plain key.
    Object.defineProperty(builder.dataset, collection, { value: records, enumerable: true, writable: true, configurable: true });
    if (!Array.isArray(records)) continue;
    builder.sources.set(collection, records.map((): Provenance => ({ file, format: "json" })));
    builder.options.onRead?.({ file, collection, records: records.length });
  }
}

/** The hint for a parent record missing a list of items that can come from a table of its own. */
function itemsHint(collection: string, field: string, source: Provenance | undefined): string {
  const table = source?.sheet !== undefined ? `a sheet named ${collection}.${field}` : `a file ${collection}.${field}.csv`;
  return `: give the ${field} in ${table}, a row per item naming its parent in ${parentKeyOf(collection)}, or as JSON in a ${field} column`;
}

/** The value at a path of a record, or undefined. */
function valueAt(record: unknown, path: readonly PropertyKey[]): unknown {
  let node = record;
  for (const key of path) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function located(builder: ExportBuilder): Pick<LoadedExport, "rejected" | "coercions"> {
  const { rejected, coercions } = parseDataset(builder.dataset);
  return { coercions, rejected: rejected.map((r) => ({
    ...r,
    issues: r.issues.map((i) => {
      const where = locate(builder.sources, r, i.path);
      const source = builder.sources.get(r.collection)?.[r.index];
      const field = i.path[0];
      const hint = i.path.length === 1 && typeof field === "string" && source?.format === "table" && i.message === "is required" &&
        itemFields(r.collection).includes(field) ? itemsHint(r.collection, field, source) : "";
      const cell = valueAt(builder.dataset[r.collection]?.[r.index], i.path);
      const message = cell instanceof CellError ? cell.message : i.message + hint;
      return { ...i, message, ...(where === undefined ? {} : { where }) };
    }),
  })) };
}

/**
 * Reads a council's export from disk into a dataset, locating every problem by file, row
 * and column. The path is either:
 *
 * - a folder of files named after their collections (`staff.csv`, `cases.json`,
 *   `supervisions.ndjson`, `audits.xlsx`), with item tables `<collection>.<field>.<ext>`
 *   (`cases.children.csv`, whose rows name their case in `caseId`);
 * - one `.xlsx` workbook with a sheet per collection (and `cases.children` sheets);
 * - one JSON dataset file `{ "staff": [...], ... }`, or one CSV, NDJSON or workbook file
 *   named after its collection.
 *
 * CSV is read as a stream (large files fit in memory), UTF-8 or Windows-1252, comma or
 * semicolon separated. Headers match fields forgiving case, spaces and underscores; values
 * are read as `parseDataset` reads them (dates `YYYY-MM-DD`, `DD/MM/YYYY`, `d-mmm-yyyy` or
 * timestamps, allowed values in any case, whole-number ids: see `coercions`), and date cells
 * and serial numbers in a workbook as their day. Unknown files, sheets and columns are listed in `ignored`, with the
 * nearest name. See docs/cli.md for every convention.
 *
 * @param path - a folder, a workbook or a JSON dataset file
 * @param options - the text encoding, and a callback after each table read
 * @returns the records by collection, the rejected ones located, and what was ignored
 * @throws {@link ExportReadError} when the path or a file cannot be read at all (missing,
 *   not a regular file, broken CSV or JSON, not text in the encoding, a hostile header)
 * @example
 * const { dataset, rejected, ignored } = await loadExport("export/");
 * const result = await evaluate(dataset, { asOf: "2025-03-31" });
 */
export async function loadExport(path: string, options: LoadExportOptions = {}): Promise<LoadedExport> {
  let info;
  try { info = await stat(path); } catch { throw new ExportReadError({ file: path }, "no such file or folder"); }
  const builder = new ExportBuilder(options);
  const file = basename(path);
  if (info.isDirectory()) await folder(path, builder);
  else if (extname(file).toLowerCase() === ".json") await datasetFile(path, file, builder);
  else {
    await builder.file(path, file);
    // Nothing read (a workbook of no sheet, or none named after a collection) is no export.
    if (Object.keys(builder.dataset).length === 0 && builder.items.length === 0) {
      throw new ExportReadError({ file }, "not a JSON dataset, a workbook of collections, or a file named after a collection");
    }
  }
  const orphans = builder.items.flatMap((t) => attachItems(t, builder.dataset, builder.sources));
  const { rejected, coercions } = located(builder);
  return { dataset: builder.dataset, rejected: [...rejected, ...orphans], ignored: builder.ignored, warnings: builder.warnings, coercions };
}
