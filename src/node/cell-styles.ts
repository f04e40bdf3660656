/**
 * A workbook's styles part: which cell styles show a number as a date or time.
 *
 * @module
 */
import type { Location } from "./location";
import { LIMITS, tooMany } from "./workbook-limits";
import type { XmlHandler } from "./xml";

/** Built-in number formats that are dates or times. */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Whether a custom number format shows a date or time: d, m, y, h or s outside quotes, escapes and brackets. */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/[_*]./g, "").replace(/\[[^\]]*\]/g, "");
  return /[dmyhs]/i.test(bare);
}

/**
 * Reads the styles part: for each cell style (a cell's `s`), whether its number format is a
 * date or time.
 *
 * @param parse - parses the part with a handler
 * @param where - the workbook, for errors
 * @returns per style, true for a date or time
 * @throws {@link ExportReadError} when the part holds more formats than Excel writes
 */
export function readDateStyles(parse: (handler: XmlHandler) => void, where: Location): boolean[] {
  const formats = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  parse({
    open(name, attrs) {
      if (name === "numFmt") {
        formats.set(Number(attrs.numFmtId), attrs.formatCode ?? "");
        tooMany(formats.size, LIMITS.styles, "number formats", where);
      }
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        xfFormats.push(Number(attrs.numFmtId ?? 0));
        tooMany(xfFormats.length, LIMITS.styles, "cell formats", where);
      }
    },
    close(name) { if (name === "cellXfs") inCellXfs = false; },
  });
  return xfFormats.map((id) => {
    const custom = formats.get(id);
    return custom === undefined ? DATE_FORMAT_IDS.has(id) : isDateFormat(custom);
  });
}
