/**
 * Workbooks written part by part, as tools other than Excel write them: any part names, a
 * sheet stored as `xl/worksheets/sheet.xml`, a renamed shared-strings part, lying sizes,
 * junk entries. The zip is written here (stored or deflated entries), so a test controls
 * every byte the reader sees.
 */
import { deflateRawSync } from "node:zlib";

/** One entry of a zip. */
export interface ZipPart {
  name: string;
  data: string | Buffer;
  /** Store instead of deflating. */
  stored?: boolean;
  /** The uncompressed size to declare, when it should lie. */
  declaredSize?: number;
  /** The compressed bytes to write as they are (with method deflate), e.g. junk. */
  raw?: Buffer;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const b of data) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * A zip file of the given parts, in order.
 *
 * @param parts - the entries
 * @returns the zip's bytes
 */
export function zip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const data = typeof p.data === "string" ? Buffer.from(p.data, "utf8") : p.data;
    const body = p.raw ?? (p.stored === true ? data : deflateRawSync(data));
    const name = Buffer.from(p.name, "utf8");
    const method = p.stored === true && p.raw === undefined ? 0 : 8;
    const size = p.declaredSize ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Escapes text for XML. */
export const xml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A sheet of {@link workbookParts}. */
export interface SheetPart {
  name: string;
  /** The part's name in the zip, e.g. `xl/worksheets/sheet.xml`. */
  part: string;
  /** The rel's target as written (default: the part relative to `xl/`). */
  target?: string;
  /** The `<sheetData>` rows. */
  body: string;
  /** What follows `</sheetData>` (`<mergeCells>`). */
  after?: string;
  state?: "hidden" | "veryHidden";
}

/**
 * The parts of a workbook: content types, package rels, workbook, its rels, styles (with a
 * date format at style index 1) and the sheets, and shared strings when given.
 *
 * @param sheets - the sheets, in order
 * @param options - shared strings (and their part name), the 1904 date system
 * @returns the parts, to give to {@link zip} (with any more)
 */
export function workbookParts(sheets: readonly SheetPart[], options: { strings?: readonly string[]; stringsPart?: string; date1904?: boolean } = {}): ZipPart[] {
  const stringsPart = options.stringsPart ?? "xl/sharedStrings.xml";
  const rels = sheets.map((s, k) => `<Relationship Id="rId${k + 1}" Type="${REL}/worksheet" Target="${s.target ?? s.part.replace(/^xl\//, "")}"/>`);
  rels.push(`<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/>`);
  if (options.strings !== undefined) rels.push(`<Relationship Id="rIdT" Type="${REL}/sharedStrings" Target="${stringsPart.replace(/^xl\//, "")}"/>`);
  const parts: ZipPart[] = [
    { name: "[Content_Types].xml", data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>' },
    { name: "_rels/.rels", data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    {
      name: "xl/workbook.xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}><workbookPr${options.date1904 === true ? ' date1904="1"' : ""}/><sheets>${sheets
        .map((s, k) => `<sheet name="${xml(s.name)}" sheetId="${k + 1}"${s.state === undefined ? "" : ` state="${s.state}"`} r:id="rId${k + 1}"/>`).join("")}</sheets></workbook>`,
    },
    { name: "xl/_rels/workbook.xml.rels", data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>` },
    { name: "xl/styles.xml", data: `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>` },
    ...sheets.map((s): ZipPart => ({ name: s.part, data: `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${s.body}</sheetData>${s.after ?? ""}</worksheet>` })),
  ];
  if (options.strings !== undefined) {
    parts.push({ name: stringsPart, data: `<?xml version="1.0" encoding="UTF-8"?><sst ${NS}>${options.strings.map((t) => `<si><t xml:space="preserve">${xml(t)}</t></si>`).join("")}</sst>` });
  }
  return parts;
}

/** A column's letters (1 → A, 16384 → XFD). */
export function columnName(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/**
 * A `<row>` of inline-string cells (and numbers), from column A. A cell given as a
 * number is a number; `{ date: n }` a serial number with the date style.
 *
 * @param row - the row number
 * @param cells - the cells (null: none)
 * @returns the XML
 */
export function rowXml(row: number, cells: readonly (string | number | { date: number } | null)[]): string {
  const cs = cells.map((c, k) => {
    const ref = `${columnName(k + 1)}${row}`;
    if (c === null) return "";
    if (typeof c === "number") return `<c r="${ref}"><v>${c}</v></c>`;
    if (typeof c === "object") return `<c r="${ref}" s="1"><v>${c.date}</v></c>`;
    return `<c r="${ref}" t="inlineStr"><is><t>${xml(c)}</t></is></c>`;
  });
  return `<row r="${row}">${cs.join("")}</row>`;
}
