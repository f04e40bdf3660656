/**
 * Reading a council's export from disk (Node only): a JSON dataset file, or a folder of
 * per-collection JSON, NDJSON or CSV files, with every record's file, row and column kept
 * for messages.
 *
 * @packageDocumentation
 */
export { loadInput } from "./load";
export type { LoadedInput } from "./load";
export { locate, rejectionLines } from "./provenance";
export type { Provenance, SourceMap } from "./provenance";
export { parseCsv, CsvSyntaxError } from "./csv-parse";
export type { CsvRow } from "./csv-parse";
export { readCell, toIsoDate } from "./cells";
export { fieldKinds } from "./field-kinds";
export type { FieldKind } from "./field-kinds";
