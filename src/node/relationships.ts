/**
 * A workbook's relationships: which part each part points to, by id and type.
 *
 * @module
 */
import type { Location } from "./location";
import { LIMITS, tooMany } from "./workbook-limits";
import type { WorkbookParts } from "./workbook-parts";

/** A relationship of a part: its type (a URI) and the part it points to. */
export interface Relationship {
  /** The relationship's type, a URI ending `/worksheet`, `/styles`... */
  type: string;
  /** The part's name, from the zip's root. */
  target: string;
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

/**
 * The relationships of a part (`""` for the package's own), by id, external ones left out.
 *
 * @param parts - the workbook's parts
 * @param part - the part whose relationships are read
 * @param where - the workbook, for errors
 * @returns the relationships, none when the part has no rels part
 * @throws {@link ExportReadError} when the rels part cannot be read, or holds more than Excel writes
 */
export function relationshipsOf(parts: WorkbookParts, part: string, where: Location): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  parts.parse(relsOf(part), {
    open(n, attrs) {
      if (n !== "Relationship" || attrs.Id === undefined || attrs.Target === undefined || attrs.TargetMode === "External") return;
      out.set(attrs.Id, { type: attrs.Type ?? "", target: resolve(part, attrs.Target) });
      tooMany(out.size, LIMITS.relationships, "relationships", where);
    },
  }, where);
  return out;
}

/**
 * An attribute by local name, whatever its prefix (`r:id`).
 *
 * @param attrs - the element's attributes
 * @param name - the local name
 * @param prefixed - whether only a prefixed attribute counts
 * @returns its value, or undefined when there is none
 */
export function attrOf(attrs: Readonly<Record<string, string>>, name: string, prefixed = false): string | undefined {
  for (const [k, v] of Object.entries(attrs)) {
    const colon = k.indexOf(":");
    if (k.slice(colon + 1) === name && (!prefixed || colon > 0)) return v;
  }
  return undefined;
}
