import { CellError } from "./cells";
import type { ExportRejection } from "./export-types";
import type { Provenance, SourceMap } from "./provenance";
import { atIndex } from "../util/at-index";
import { isPlainObject } from "../util/plain-object";

/** The rows of an item table (`cases.children.csv`), read, waiting for their parents. */
export interface ItemTable {
  collection: string;
  field: string;
  parentKey: string;
  records: unknown[];
  sources: Provenance[];
}

/**
 * Adds the items of an item table to their parents, in the table's order: each row names
 * its parent's id in the parent key column (`caseId`). Every parent gets the field (an
 * empty list when no row names it). A row whose parent is not in the collection is
 * rejected, located at its row and parent key column.
 *
 * @param table - the item table
 * @param dataset - the records read so far, by collection
 * @param sources - their provenance
 * @returns the rejections of rows without a parent
 */
export function attachItems(table: ItemTable, dataset: Record<string, unknown[]>, sources: SourceMap): ExportRejection[] {
  const { collection, field, parentKey } = table;
  const parents = (dataset[collection] ??= []);
  const parentSources = sources.get(collection) ?? [];
  const index = new Map<string, number>();
  parents.forEach((p, k) => {
    // A parent that is not an object (a `null` in cases.json) takes no items; the parse rejects it.
    if (!isPlainObject(p)) return;
    const rec = p;
    if (typeof rec.id === "string" && !index.has(rec.id)) index.set(rec.id, k);
    if (rec[field] === undefined) rec[field] = [];
  });
  const orphans: ExportRejection[] = [];
  table.records.forEach((r, k) => {
    const { [parentKey]: parentId, ...item } = r as Record<string, unknown>;
    const at = typeof parentId === "string" ? index.get(parentId) : undefined;
    const src = atIndex(table.sources, k);
    if (at === undefined) {
      const where = { file: src.file, ...(src.sheet === undefined ? {} : { sheet: src.sheet }), ...(src.line === undefined ? {} : { row: src.line }) };
      orphans.push({
        collection: `${collection}.${field}`, index: k,
        issues: [{
          path: [parentKey], message: parentId instanceof CellError ? parentId.message : `no ${collection} record has this id`,
          where: { ...where, column: src.headers?.get(parentKey) ?? parentKey },
        }],
      });
      return;
    }
    const parent = parents[at] as Record<string, unknown>;
    const list = Array.isArray(parent[field]) ? (parent[field] as unknown[]) : [];
    parent[field] = list;
    const ps = parentSources[at];
    if (ps !== undefined) {
      ps.items ??= new Map();
      const provs = ps.items.get(field) ?? [];
      while (provs.length < list.length) provs.push(ps); // items from a cell of the parent's own row
      provs.push(src);
      ps.items.set(field, provs);
    }
    list.push(item);
  });
  return orphans;
}
