import { readdirSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { COLLECTIONS } from "../../model/dataset";
import { InputError } from "../errors";
import { fieldKinds } from "./field-kinds";
import type { Provenance, SourceMap } from "./provenance";
import { parseJson, readCollectionFile, readText } from "./read-collection";

/** An input read from disk: the dataset, where each record came from, and notes for stderr. */
export interface LoadedInput {
  dataset: unknown;
  sources: SourceMap;
  /** Things the user must know: files ignored, item rows whose parent is missing (rejected). */
  notes: string[];
  /** How many item rows were rejected for want of a parent record. */
  orphans: number;
}

const FORMATS: Record<string, Provenance["format"]> = { json: "json", ndjson: "ndjson", jsonl: "ndjson", csv: "csv" };

/**
 * Reads the input of `evaluate` and `due`: a JSON dataset file, or a folder of
 * per-collection files `<collection>.json|.ndjson|.csv`, with optional item files
 * `<collection>.<field>.<ext>` (`cases.children.csv`, `audits.actions.csv`,
 * `staff.contractChanges.csv`) whose rows name their parent in `caseId`, `auditId` or
 * `staffId`. See docs/cli.md.
 *
 * @param path - a file or folder
 * @param progress - called with a line for stderr as each file is read
 * @returns the dataset and the provenance of its records
 * @throws {@link InputError} for a missing path, unreadable files or two files for one collection
 */
export function loadInput(path: string, progress: (line: string) => void = () => undefined): LoadedInput {
  let stat;
  try { stat = statSync(path); } catch { throw new InputError(`${path}: no such file or folder`); }
  if (!stat.isDirectory()) {
    const name = basename(path);
    progress(`reading ${name}`);
    const dataset = parseJson(readText(path, name), name);
    const sources: SourceMap = new Map();
    if (typeof dataset === "object" && dataset !== null) {
      for (const [c, v] of Object.entries(dataset)) {
        if (Array.isArray(v)) sources.set(c, v.map(() => ({ file: name, format: "json" })));
      }
    }
    return { dataset, sources, notes: [], orphans: 0 };
  }
  return loadFolder(path, progress);
}

function loadFolder(dir: string, progress: (line: string) => void): LoadedInput {
  const dataset: Record<string, unknown[]> = {};
  const sources: SourceMap = new Map();
  const out: LoadedInput = { dataset, sources, notes: [], orphans: 0 };
  const byLower = new Map(COLLECTIONS.map((c) => [c.toLowerCase(), c as string]));
  const itemFiles: { file: string; collection: string; field: string; format: Provenance["format"] }[] = [];
  const files = readdirSync(dir).sort();
  for (const file of files) {
    const m = /^([A-Za-z]+)(?:\.([A-Za-z]+))?\.([a-z]+)$/i.exec(file);
    const collection = m === null ? undefined : byLower.get((m[1] as string).toLowerCase());
    const format = m === null ? undefined : FORMATS[(m[3] as string).toLowerCase()];
    if (m === null || collection === undefined || format === undefined) {
      if (!file.startsWith(".")) out.notes.push(`ignored: ${file} (not <collection>.json, .ndjson or .csv)`);
      continue;
    }
    if (m[2] !== undefined) {
      const field = m[2];
      if (fieldKinds(collection).get(field) !== "records") {
        out.notes.push(`ignored: ${file} (${collection} has no list-of-records field ${field})`);
      } else itemFiles.push({ file, collection, field, format });
      continue;
    }
    if (dataset[collection] !== undefined) throw new InputError(`${file}: a second file for ${collection}; keep one`);
    const read = readCollectionFile(join(dir, file), file, collection, format);
    progress(`read ${file}: ${read.records.length} ${collection} records`);
    dataset[collection] = read.records;
    sources.set(collection, read.sources);
  }
  for (const item of itemFiles) attachItems(dir, item, out);
  return out;
}

function attachItems(
  dir: string,
  item: { file: string; collection: string; field: string; format: Provenance["format"] },
  out: LoadedInput,
): void {
  const { file, collection, field, format } = item;
  const parents = (out.dataset as Record<string, unknown[]>)[collection] ?? [];
  const parentSources = out.sources.get(collection) ?? [];
  const key = `${collection.replace(/s$/, "")}Id`;
  const read = readCollectionFile(join(dir, file), file, collection, format, `${field}[].`);
  const index = new Map<string, number>();
  parents.forEach((p, k) => {
    const id = (p as { id?: unknown }).id;
    if (typeof id === "string" && !index.has(id)) index.set(id, k);
    const rec = p as Record<string, unknown>;
    if (rec[field] === undefined) rec[field] = [];
  });
  read.records.forEach((r, k) => {
    const rec = r as Record<string, unknown>;
    const parentId = rec[key];
    const at = typeof parentId === "string" ? index.get(parentId) : undefined;
    const src = read.sources[k] as Provenance;
    const where = `${file}${src.line === undefined ? `[${k}]` : ` row ${src.line}`}`;
    if (at === undefined) {
      out.orphans++;
      out.notes.push(`rejected: ${where}, column ${key}: no ${collection} record has this id`);
      return;
    }
    const child = Object.fromEntries(Object.entries(rec).filter(([k]) => k !== key));
    const parent = parents[at] as Record<string, unknown>;
    const list = Array.isArray(parent[field]) ? (parent[field] as unknown[]) : [];
    parent[field] = list;
    const ps = parentSources[at] as Provenance;
    ps.items ??= new Map();
    const provs = ps.items.get(field) ?? [];
    while (provs.length < list.length) provs.push(ps); // items from the cell itself
    list.push(child);
    provs.push(src);
    ps.items.set(field, provs);
  });
}
