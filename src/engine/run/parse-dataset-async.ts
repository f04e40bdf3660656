import type { ParsedDataset } from "../../model/parse-dataset";
import { parseDatasetSteps } from "../../model/parse-dataset";
import { createSlicer, finishInSlices } from "../slicing/host-turns";

/** Options of {@link parseDatasetAsync}. */
export interface ParseDatasetAsyncOptions {
  /** Stops the parse early: it rejects with the signal's reason at its next turn. */
  signal?: AbortSignal;
}

/**
 * `parseDataset`, giving the host's event loop a turn every few milliseconds of work, as
 * `evaluate` does while it parses: a server validates a region's export (seconds of work)
 * and goes on answering. It gives what `parseDataset` gives.
 *
 * @param input - the dataset, as parsed from JSON
 * @param options - `signal`, to stop early
 * @returns the accepted dataset, the rejections and the counts per collection
 * @throws {@link InvalidDatasetError} (the promise rejects) when the input is not a dataset at all
 * @example
 * const { dataset, rejected } = await parseDatasetAsync(JSON.parse(text));
 */
export function parseDatasetAsync(input: unknown, options: ParseDatasetAsyncOptions = {}): Promise<ParsedDataset> {
  return finishInSlices(parseDatasetSteps(input), createSlicer(options.signal));
}
