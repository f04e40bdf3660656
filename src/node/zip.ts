import { createInflateRaw, inflateRawSync } from "node:zlib";

/** One file of a zip, as its central directory lists it. */
interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** The size it says it inflates to (which may lie). */
  size: number;
  localOffset: number;
}

/** Why a zip cannot be read: the message says what, never anything from the file. */
export class ZipError extends Error {}

const MiB = 1024 * 1024;

/**
 * The most a workbook's parts may inflate to, in total, over the parts actually read: 100
 * times the file's size (real workbooks inflate 5 to 30 times; a sparse sheet rarely more),
 * at least 256 MiB (so a small workbook is never refused), and at most 1 GiB.
 *
 * @param fileSize - the workbook's size in bytes
 * @returns the budget in bytes
 */
export function inflateBudgetFor(fileSize: number): number {
  return Math.min(1024 * MiB, Math.max(256 * MiB, 100 * fileSize));
}

function u16(b: Buffer, at: number): number {
  if (at + 2 > b.length) throw new ZipError("truncated");
  return b.readUInt16LE(at);
}

function u32(b: Buffer, at: number): number {
  if (at + 4 > b.length) throw new ZipError("truncated");
  return b.readUInt32LE(at);
}

function u64(b: Buffer, at: number): number {
  if (at + 8 > b.length) throw new ZipError("truncated");
  const n = b.readBigUInt64LE(at);
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipError("a size past 2^53");
  return Number(n);
}

/**
 * A zip file held in memory, read through its central directory: parts are found by name
 * (ignoring case, as OPC names are) and inflated only when asked for, each within what is
 * left of one budget for the whole archive.
 */
export class ZipArchive {
  private readonly entries = new Map<string, ZipEntry>();
  private inflated = 0;

  /**
   * @param bytes - the zip's bytes
   * @param budget - the most all parts read may inflate to, in total
   * @throws {@link ZipError} when the bytes are not a zip that can be read
   */
  constructor(private readonly bytes: Buffer, private readonly budget: number) {
    const b = bytes;
    let end = -1;
    for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 65_535); at--) {
      if (b.readUInt32LE(at) === 0x06054b50) { end = at; break; }
    }
    if (end < 0) throw new ZipError("not a zip file");
    let count = u16(b, end + 10);
    let cdOffset = u32(b, end + 16);
    if ((count === 0xffff || cdOffset === 0xffffffff) && end >= 20 && u32(b, end - 20) === 0x07064b50) {
      const at = u64(b, end - 12);
      if (u32(b, at) !== 0x06064b50) throw new ZipError("a broken ZIP64 directory");
      count = u64(b, at + 32);
      cdOffset = u64(b, at + 48);
    }
    let at = cdOffset;
    for (let k = 0; k < count; k++) {
      if (u32(b, at) !== 0x02014b50) throw new ZipError("a broken central directory");
      const nameLength = u16(b, at + 28);
      const extraLength = u16(b, at + 30);
      const commentLength = u16(b, at + 32);
      if (at + 46 + nameLength > b.length) throw new ZipError("truncated");
      const entry: ZipEntry = {
        name: b.toString("utf8", at + 46, at + 46 + nameLength),
        flags: u16(b, at + 8), method: u16(b, at + 10),
        compressedSize: u32(b, at + 20), size: u32(b, at + 24), localOffset: u32(b, at + 42),
      };
      this.zip64(entry, b.subarray(at + 46 + nameLength, Math.min(b.length, at + 46 + nameLength + extraLength)));
      const key = entry.name.toLowerCase();
      if (!this.entries.has(key)) this.entries.set(key, entry);
      at += 46 + nameLength + extraLength + commentLength;
    }
  }

  /** Reads the ZIP64 extra field of an entry whose sizes or offset do not fit 32 bits. */
  private zip64(entry: ZipEntry, extra: Buffer): void {
    for (let at = 0; at + 4 <= extra.length;) {
      const id = extra.readUInt16LE(at);
      const length = extra.readUInt16LE(at + 2);
      if (id === 1) {
        let p = at + 4;
        const next = (): number => { const n = u64(extra, p); p += 8; return n; };
        if (entry.size === 0xffffffff) entry.size = next();
        if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
        if (entry.localOffset === 0xffffffff) entry.localOffset = next();
        return;
      }
      at += 4 + length;
    }
  }

  /**
   * Whether the archive has a part of this name.
   *
   * @param name - the part's name, without a leading `/`
   * @returns true when it has
   */
  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /**
   * Inflates one part, within what is left of the budget: a part that says it is larger is
   * refused before inflating, and one that lies about its size is stopped at the budget.
   *
   * @param name - the part's name, without a leading `/`
   * @returns its bytes, or undefined when the archive has no such part
   * @throws {@link ZipError} when the part is encrypted, compressed by another method, broken, or past the budget
   */
  read(name: string): Buffer | undefined {
    const entry = this.entries.get(name.toLowerCase());
    if (entry === undefined) return undefined;
    const { data, left } = this.compressed(entry);
    let out: Buffer;
    if (entry.method === 0) out = data;
    else {
      try {
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, left) });
      } catch (e) {
        if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw this.pastBudget(entry);
        throw new ZipError(`${entry.name} is not valid deflate data`);
      }
    }
    if (out.length !== entry.size) throw new ZipError(`${entry.name} does not have the size the zip says it has`);
    this.inflated += out.length;
    return out;
  }

  /**
   * Inflates one part a chunk at a time, never holding it whole, within what is left of the
   * budget (as {@link ZipArchive.read}).
   *
   * @param name - the part's name, without a leading `/`
   * @param onChunk - called with each chunk of the inflated part, in order
   * @param count - whether the part counts against the budget (false when inflating, again, a part already counted)
   * @returns false when the archive has no such part
   * @throws {@link ZipError} when the part is encrypted, compressed by another method, broken, or past the budget; or what `onChunk` throws
   */
  async stream(name: string, onChunk: (chunk: Buffer) => void, count = true): Promise<boolean> {
    const entry = this.entries.get(name.toLowerCase());
    if (entry === undefined) return false;
    const { data, left } = this.compressed(entry, count);
    let total = 0;
    const take = (chunk: Buffer): void => {
      total += chunk.length;
      if (total > (count ? left : entry.size)) throw count ? this.pastBudget(entry) : new ZipError(`${entry.name} does not have the size the zip says it has`);
      onChunk(chunk);
    };
    if (entry.method === 0) {
      for (let at = 0; at < data.length; at += 1024 * 1024) take(data.subarray(at, at + 1024 * 1024));
    } else {
      const inflate = createInflateRaw();
      inflate.end(data);
      try {
        for await (const chunk of inflate) take(chunk as Buffer);
      } catch (e) {
        if (typeof (e as { code?: unknown }).code === "string" && (e as { code: string }).code.startsWith("Z_")) throw new ZipError(`${entry.name} is not valid deflate data`);
        throw e;
      } finally {
        inflate.destroy();
      }
    }
    if (total !== entry.size) throw new ZipError(`${entry.name} does not have the size the zip says it has`);
    if (count) this.inflated += total;
    return true;
  }

  private pastBudget(entry: ZipEntry): ZipError {
    return new ZipError(`${entry.name} would inflate past the budget of ${Math.round(this.budget / MiB)} MiB for the parts of a workbook read (a zip bomb, or far larger than an export)`);
  }

  /** An entry's compressed bytes, once checked: not encrypted, a known method, within the budget, inside the file. */
  private compressed(entry: ZipEntry, count = true): { data: Buffer; left: number } {
    if ((entry.flags & 1) !== 0) throw new ZipError(`${entry.name} is encrypted`);
    if (entry.method !== 0 && entry.method !== 8) throw new ZipError(`${entry.name} is compressed by a method other than deflate (${entry.method})`);
    const left = this.budget - this.inflated;
    if (count && entry.size > left) throw this.pastBudget(entry);
    const b = this.bytes;
    const local = entry.localOffset;
    if (u32(b, local) !== 0x04034b50) throw new ZipError(`${entry.name}: a broken local header`);
    const start = local + 30 + u16(b, local + 26) + u16(b, local + 28);
    if (start + entry.compressedSize > b.length) throw new ZipError(`${entry.name} is truncated`);
    return { data: b.subarray(start, start + entry.compressedSize), left };
  }
}
