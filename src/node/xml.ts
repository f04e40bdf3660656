/** Why an XML part cannot be read: the message says what, never anything from the part. */
export class XmlError extends Error {}

/** What {@link parseXml} calls, in document order. Names are local names (any prefix dropped). */
export interface XmlHandler {
  open?(name: string, attrs: Readonly<Record<string, string>>): void;
  close?(name: string): void;
  text?(text: string): void;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decodes the five XML entities and character references; anything else is refused (no DTD is read). */
function decode(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&([^;&]{0,10});/g, (_, name: string) => {
    if (name.startsWith("#")) {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (!Number.isInteger(code) || code < 0 || code > 0x10ffff) throw new XmlError("a broken character reference");
      return String.fromCodePoint(code);
    }
    const e = ENTITIES[name];
    if (e === undefined) throw new XmlError("an entity XML does not define (DTDs are not read)");
    return e;
  });
}

const local = (name: string): string => name.slice(name.indexOf(":") + 1);

const TAG = /<(\/?)([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The longest token (a tag, or text between tags) held while waiting for its end. */
const MAX_TOKEN = 64 * 1024 * 1024;

/**
 * Parses an XML part as a stream of events, decoding it a slice at a time, so that a part
 * larger than the longest string V8 allows is read too. Only what SpreadsheetML needs:
 * elements, attributes, text, CDATA, comments and processing instructions. A DTD
 * (`<!DOCTYPE`) is refused, so no entity can expand and nothing external is fetched.
 *
 * @param bytes - the part (UTF-8, or UTF-16 with a byte order mark)
 * @param handler - called for each element and text
 * @throws {@link XmlError} when the part is not well-formed enough to read, or has a DTD
 */
export function parseXml(bytes: Uint8Array, handler: XmlHandler): void {
  let encoding = "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = "utf-16le";
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = "utf-16be";
  const decoder = new TextDecoder(encoding, { fatal: true });
  const SLICE = 4 * 1024 * 1024;
  const stack: string[] = [];
  let buf = "";
  for (let at = 0; at < bytes.length || at === 0; at += SLICE) {
    const last = at + SLICE >= bytes.length;
    try {
      buf += decoder.decode(bytes.subarray(at, at + SLICE), { stream: !last });
    } catch {
      throw new XmlError(`not valid ${encoding.toUpperCase()} text`);
    }
    let pos = 0;
    for (;;) {
      const lt = buf.indexOf("<", pos);
      if (lt < 0) {
        if (last) pos = text(buf, pos, buf.length, stack, handler);
        break;
      }
      if (lt > pos) pos = text(buf, pos, lt, stack, handler);
      const end = special(buf, lt);
      if (end === undefined) break; // incomplete: wait for the next slice
      if (end === -1) {
        const close = buf.indexOf("]]>", lt);
        if (close < 0) break;
        if (stack.length === 0) throw new XmlError("text outside the root element");
        handler.text?.(buf.slice(lt + 9, close));
        pos = close + 3;
        continue;
      }
      if (end > 0) { pos = end; continue; }
      TAG.lastIndex = lt;
      const m = TAG.exec(buf);
      if (m === null) {
        if (!last) break;
        throw new XmlError("a broken tag");
      }
      pos = TAG.lastIndex;
      const [, closing, rawName = "", rawAttrs = "", selfClosing] = m;
      const name = local(rawName);
      if (closing === "/") {
        if (stack.pop() !== rawName) throw new XmlError("a closing tag that does not match");
        handler.close?.(name);
        continue;
      }
      const attrs = Object.create(null) as Record<string, string>;
      // A prototype-less object: an attribute named __proto__ is a plain key.
      if (rawAttrs !== "") for (const a of rawAttrs.matchAll(ATTR)) attrs[a[1] as string] = decode(a[2] ?? a[3] ?? "");
      handler.open?.(name, attrs);
      if (selfClosing === "/") handler.close?.(name);
      else stack.push(rawName);
    }
    buf = buf.slice(pos);
    if (buf.length > MAX_TOKEN) throw new XmlError("a tag or text longer than 64 MiB");
    if (last) break;
  }
  if (buf.trim() !== "" || stack.length > 0) throw new XmlError("truncated");
}

/** Text between tags, given to the handler inside an element only. */
function text(buf: string, from: number, to: number, stack: readonly string[], handler: XmlHandler): number {
  if (stack.length > 0) handler.text?.(decode(buf.slice(from, to)));
  else if (buf.slice(from, to).trim() !== "") throw new XmlError("text outside the root element");
  return to;
}

/**
 * At a `<`: skips a comment or a processing instruction, tells a CDATA section, and refuses a DTD.
 *
 * @returns the position after it; 0 when it is a tag; -1 for CDATA; undefined when its end is not yet read
 */
function special(buf: string, lt: number): number | undefined {
  const next = buf[lt + 1];
  if (next === undefined) return undefined;
  if (next === "?") {
    const end = buf.indexOf("?>", lt);
    return end < 0 ? undefined : end + 2;
  }
  if (next !== "!") return 0;
  if (buf.length < lt + 9) return undefined;
  if (buf.startsWith("<!--", lt)) {
    const end = buf.indexOf("-->", lt);
    return end < 0 ? undefined : end + 3;
  }
  if (buf.startsWith("<![CDATA[", lt)) return -1;
  throw new XmlError("a DTD (<!DOCTYPE) is not allowed in a workbook");
}
