/**
 * `one-point-qaf/node`: reading a council's export from disk (Node only). A folder of CSV,
 * NDJSON, JSON or `.xlsx` files, one workbook with a sheet per collection, or one JSON
 * dataset file, into records for `evaluate`, with every problem located by file, row and
 * column.
 *
 * @example
 * import { evaluate } from "one-point-qaf";
 * import { loadExport, rejectionLines } from "one-point-qaf/node";
 *
 * const { dataset, rejected, ignored } = await loadExport("export/");
 * for (const line of rejectionLines(rejected)) console.error(line);
 * const result = await evaluate(dataset, { asOf: "2025-03-31" });
 *
 * @packageDocumentation
 */
export { loadExport } from "./load-export";
export type {
  ExportRejection, ExportWarning, Ignored, LoadedExport, LoadExportOptions, LocatedIssue, TableRead,
} from "./export-types";
export type { Encoding } from "./decode";
export { ExportReadError, WorkerFailedError } from "./errors";
export { formatLocation } from "./location";
export type { Location } from "./location";
export { ignoredLine, rejectionLines, warningLine } from "./messages";
export { toIsoDate, excelSerialToIso } from "./dates";
export { evaluateParallel } from "./parallel";
export type { ParallelOptions } from "./parallel";
export { toXlsx, writeXlsx } from "../report/xlsx";
export type { XlsxOptions } from "../report/xlsx";
