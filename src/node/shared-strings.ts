/**
 * A workbook's shared strings part: the text of each string cells refer to by number.
 *
 * @module
 */
import type { Location } from "./location";
import { LIMITS, tooMany } from "./workbook-limits";
import type { XmlHandler } from "./xml";

/**
 * Reads the shared strings: each `<si>`'s text (rich text runs joined, phonetic guides left out).
 *
 * @param parse - parses the part with a handler
 * @param where - the workbook, for errors
 * @returns the strings, in order
 * @throws {@link ExportReadError} when the part holds more strings than Excel writes
 */
export function readSharedStrings(parse: (handler: XmlHandler) => void, where: Location): string[] {
  const strings: string[] = [];
  let current: string | undefined;
  let inT = false;
  let phonetic = 0;
  parse({
    open(name) {
      if (name === "si") current = "";
      else if (name === "rPh") phonetic++;
      else if (name === "t") inT = phonetic === 0;
    },
    close(name) {
      if (name === "si") {
        strings.push(current ?? "");
        current = undefined;
        tooMany(strings.length, LIMITS.sharedStrings, "shared strings", where);
      }
      else if (name === "rPh") phonetic--;
      else if (name === "t") inT = false;
    },
    text(t) { if (inT && current !== undefined) current += t; },
  });
  return strings;
}
