/**
 * A workbook's parts, inflated from its zip as they are needed, each once, with their
 * failures told as {@link ExportReadError}s.
 *
 * @module
 */
import { readDateStyles } from "./cell-styles";
import { ExportReadError } from "./errors";
import type { Location } from "./location";
import { readSharedStrings } from "./shared-strings";
import { parseXml, XmlError, type XmlHandler } from "./xml";
import { ZipError, type ZipArchive } from "./zip";

/** The workbook's parts, inflated as they are needed, each once. */
export class WorkbookParts {
  private strings: string[] | undefined;
  private dateStyles: boolean[] | undefined;

  /**
   * @param zip - the workbook's zip
   * @param file - the file's name, for messages
   * @param stringsPart - the shared strings part's name, if the workbook has one
   * @param stylesPart - the styles part's name, if the workbook has one
   */
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
    this.strings ??= this.readPart(this.stringsPart, readSharedStrings, where);
    return this.strings;
  }

  /** For each cell style (`s`), whether its number format is a date or time. */
  styles(where: Location): boolean[] {
    this.dateStyles ??= this.readPart(this.stylesPart, readDateStyles, where);
    return this.dateStyles;
  }

  /** Reads a part with a reader, or gives an empty list when the workbook has no such part. */
  private readPart<T>(part: string | undefined, read: (parse: (handler: XmlHandler) => void, where: Location) => T[], where: Location): T[] {
    return part === undefined ? [] : read((handler) => this.parse(part, handler, where), where);
  }
}
