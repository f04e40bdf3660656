import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createDeflateRaw } from "node:zlib";
import { dayParts, type Day } from "../calendar/day";

/** Where a zip's bytes go, in order: a file, or chunks kept in memory. */
export type ZipSink = (bytes: Uint8Array) => Promise<void> | void;

/** One part written, as the central directory lists it. */
interface Written {
  name: Buffer;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** The largest number a zip's 32-bit fields hold; past it a field says 0xFFFFFFFF and ZIP64 holds the number. */
const MAX32 = 0xffff_ffff;
/** Text gathered before it is deflated: a row of a sheet is small, and deflate works best on longer runs. */
const BATCH = 64 * 1024;

let crcTable: Uint32Array | undefined;

/** The CRC-32 (of zip and PNG) of some bytes, continuing from `crc`. */
function crc32(bytes: Uint8Array, crc: number): number {
  if (crcTable === undefined) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb8_8320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = ~crc;
  for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return ~c >>> 0;
}

/** A little-endian record of 16-, 32- and 64-bit fields. */
function record(fields: [bits: 16 | 32 | 64, value: number][], ...tail: Buffer[]): Buffer {
  const head = Buffer.alloc(fields.reduce((n, [bits]) => n + bits / 8, 0));
  let at = 0;
  for (const [bits, value] of fields) {
    if (bits === 16) head.writeUInt16LE(value, at);
    else if (bits === 32) head.writeUInt32LE(value, at);
    else head.writeBigUInt64LE(BigInt(value), at);
    at += bits / 8;
  }
  return Buffer.concat([head, ...tail]);
}

/**
 * A day as MS-DOS writes it, the date field of a zip entry (1980-01-01, the first a zip can
 * say, for none or any day before; 2107-12-31, the last, for any after).
 *
 * @param day - the day
 * @returns the DOS date
 */
function dosDate(day: Day | undefined): number {
  const { year, month, day: date } = dayParts(day ?? 0);
  if (day === undefined || year < 1980) return (1 << 5) | 1;
  return year > 2107 ? (127 << 9) | (12 << 5) | 31 : ((year - 1980) << 9) | (month << 5) | date;
}

/**
 * Writes a zip a part at a time, each part deflated as its text comes, so that no part is
 * ever whole in memory: sizes and checksums follow each part (a data descriptor), and ZIP64
 * records are written only where a size, an offset or the count of parts passes what 32
 * bits (or 16) hold.
 */
export class ZipWriter {
  private offset = 0;
  private readonly written: Written[] = [];
  private readonly date: number;

  /**
   * @param sink - where the bytes go, awaited chunk by chunk
   * @param day - the date of every part (never the clock; 1980-01-01 when not given)
   */
  constructor(private readonly sink: ZipSink, day?: Day) {
    this.date = dosDate(day);
  }

  private async out(bytes: Buffer): Promise<void> {
    this.offset += bytes.length;
    await this.sink(bytes);
  }

  /**
   * Adds one part, deflating its text as it comes.
   *
   * @param name - the part's name, without a leading `/`
   * @param text - the part's text (UTF-8), in pieces of any size
   */
  async add(name: string, text: Iterable<string> | AsyncIterable<string>): Promise<void> {
    const part: Written = { name: Buffer.from(name, "utf8"), crc: 0, compressedSize: 0, size: 0, offset: this.offset };
    // Flags: sizes and checksum in a data descriptor after the data (bit 3), a UTF-8 name (bit 11).
    await this.out(record([[32, 0x0403_4b50], [16, 20], [16, 0x0808], [16, 8], [16, 0], [16, this.date],
      [32, 0], [32, 0], [32, 0], [16, part.name.length], [16, 0]], part.name));
    async function* batched(): AsyncGenerator<Buffer> {
      let pieces: string[] = [];
      let length = 0;
      const take = (): Buffer => {
        const bytes = Buffer.from(pieces.join(""), "utf8");
        pieces = [];
        length = 0;
        part.crc = crc32(bytes, part.crc);
        part.size += bytes.length;
        return bytes;
      };
      for await (const piece of text) {
        pieces.push(piece);
        length += piece.length;
        if (length >= BATCH) yield take();
      }
      if (length > 0) yield take();
    }
    await pipeline(Readable.from(batched(), { objectMode: false }), createDeflateRaw(), async (deflated: AsyncIterable<Buffer>) => {
      for await (const chunk of deflated) {
        part.compressedSize += chunk.length;
        await this.out(chunk);
      }
    });
    const big = part.size > MAX32 || part.compressedSize > MAX32;
    await this.out(record([[32, 0x0807_4b50], [32, part.crc], [big ? 64 : 32, part.compressedSize], [big ? 64 : 32, part.size]]));
    this.written.push(part);
  }

  /** Writes the central directory, which lists every part: the zip is complete once it is written. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const part of this.written) {
      const zip64 = ([[part.size > MAX32, part.size], [part.compressedSize > MAX32, part.compressedSize], [part.offset > MAX32, part.offset]] as const)
        .filter(([past]) => past).map(([, n]) => n);
      const extra = zip64.length === 0 ? Buffer.alloc(0) : record([[16, 1], [16, zip64.length * 8], ...zip64.map((n): [64, number] => [64, n])]);
      const version = zip64.length === 0 ? 20 : 45;
      await this.out(record([[32, 0x0201_4b50], [16, version], [16, version], [16, 0x0808], [16, 8], [16, 0], [16, this.date],
        [32, part.crc], [32, Math.min(part.compressedSize, MAX32)], [32, Math.min(part.size, MAX32)],
        [16, part.name.length], [16, extra.length], [16, 0], [16, 0], [16, 0], [32, 0], [32, Math.min(part.offset, MAX32)]], part.name, extra));
    }
    const size = this.offset - start;
    const count = this.written.length;
    if (count > 0xffff || start > MAX32 || size > MAX32) {
      const at = this.offset;
      await this.out(record([[32, 0x0606_4b50], [64, 44], [16, 45], [16, 45], [32, 0], [32, 0], [64, count], [64, count], [64, size], [64, start]]));
      await this.out(record([[32, 0x0706_4b50], [32, 0], [64, at], [32, 1]]));
    }
    await this.out(record([[32, 0x0605_4b50], [16, 0], [16, 0], [16, Math.min(count, 0xffff)], [16, Math.min(count, 0xffff)],
      [32, Math.min(size, MAX32)], [32, Math.min(start, MAX32)], [16, 0]]));
  }
}
