import { TextDecoder } from "node:util";
import { atIndex } from "../util/at-index";

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
 * Parses an XML part as a stream of events, from chunks of bytes as they come (a part being
 * inflated), decoding a slice at a time, so that a part larger than the longest string V8
 * allows is read too and never held whole. Only what SpreadsheetML needs: elements,
 * attributes, text, CDATA, comments and processing instructions. A DTD (`<!DOCTYPE`) is
 * refused, so no entity can expand and nothing external is fetched.
 */
export class XmlStream {
  private decoder: TextDecoder | undefined;
  private encoding = "utf-8";
  private readonly stack: string[] = [];
  private buf = "";
  /** Bytes written and not yet parsed: parsing waits for a slice's worth, so that small chunks never rescan a long incomplete token. */
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;

  /**
   * @param handler - called for each element and text
   */
  constructor(private readonly handler: XmlHandler) {}

  /**
   * Parses the next bytes of the part.
   *
   * @param bytes - the next chunk (UTF-8, or UTF-16 with a byte order mark at the start)
   * @throws {@link XmlError} when the part is not well-formed enough to read, or has a DTD
   */
  write(bytes: Uint8Array): void {
    if (bytes.length >= SLICE) {
      this.flush();
      for (let at = 0; at < bytes.length; at += SLICE) this.feed(bytes.subarray(at, at + SLICE), false);
      return;
    }
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    if (this.pendingBytes >= SLICE) this.flush();
  }

  private flush(): void {
    if (this.pendingBytes === 0) return;
    const bytes = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    this.feed(bytes, false);
  }

  /**
   * Ends the part: what is left must be complete.
   *
   * @throws {@link XmlError} when the part is truncated
   */
  end(): void {
    this.flush();
    this.feed(new Uint8Array(0), true);
    if (this.buf.trim() !== "" || this.stack.length > 0) throw new XmlError("truncated");
  }

  private feed(bytes: Uint8Array, last: boolean): void {
    if (this.decoder === undefined) {
      if (bytes[0] === 0xff && bytes[1] === 0xfe) this.encoding = "utf-16le";
      else if (bytes[0] === 0xfe && bytes[1] === 0xff) this.encoding = "utf-16be";
      this.decoder = new TextDecoder(this.encoding, { fatal: true });
    }
    const { stack, handler } = this;
    let buf: string;
    try {
      buf = this.buf + this.decoder.decode(bytes, { stream: !last });
    } catch {
      throw new XmlError(`not valid ${this.encoding.toUpperCase()} text`);
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
      if (rawAttrs !== "") for (const a of rawAttrs.matchAll(ATTR)) attrs[atIndex(a, 1)] = decode(a[2] ?? a[3] ?? "");
      handler.open?.(name, attrs);
      if (selfClosing === "/") handler.close?.(name);
      else stack.push(rawName);
    }
    this.buf = buf.slice(pos);
    if (this.buf.length > MAX_TOKEN) throw new XmlError("a tag or text longer than 64 MiB");
  }
}

/** Bytes decoded at a time. */
const SLICE = 4 * 1024 * 1024;

/**
 * Parses a whole XML part (see {@link XmlStream}).
 *
 * @param bytes - the part (UTF-8, or UTF-16 with a byte order mark)
 * @param handler - called for each element and text
 * @throws {@link XmlError} when the part is not well-formed enough to read, or has a DTD
 */
export function parseXml(bytes: Uint8Array, handler: XmlHandler): void {
  const x = new XmlStream(handler);
  x.write(bytes);
  x.end();
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
