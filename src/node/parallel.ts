/**
 * Parallel evaluation over a pool of worker threads (Node only).
 *
 * Every rule of a policy is decided on its own over the whole dataset, and a breach climbs
 * its ladder on its own, so the rules can be shared out between jobs: each job evaluates the
 * whole dataset with its share of the rules, and the merged lists, sorted by the engine's own
 * orders, are exactly those of {@link evaluate}. See `docs/parallel.md`.
 *
 * @module
 */
import { availableParallelism, freemem } from "node:os";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { createSlicer, finishInSlices, type Slicer } from "../engine/slicing/host-turns";
import { byDue, byRaised, bySince, sortResultsInSlices } from "../engine/run/order";
import { COLLECTIONS, InvalidOptionsError, evaluate, qafPolicy } from "../index";
import type { EvaluateOptions, Evaluation } from "../index";
import { WorkerFailedError } from "./errors";
import { joinPieces, packSteps, piecesOf, unpackSteps, type Packed } from "./packed";
import type { ParallelPart, ParallelTask } from "./parallel-worker";
import { atIndex } from "../util/at-index";

/** Options of {@link evaluateParallel}: those of {@link evaluate}, and how many jobs to run at once. */
export interface ParallelOptions extends EvaluateOptions {
  /**
   * Worker threads to use; defaults to `os.availableParallelism()`. `1` evaluates in this thread.
   * Capped at the cores available, and at what free memory allows (each worker holds a copy of
   * the dataset), so `jobs: 1000` is safe.
   */
  jobs?: number;
}

/**
 * Evaluates a dataset like {@link evaluate}, sharing the policy's rules out between worker
 * threads. The result is deeply equal to `evaluate`'s for the same input and options.
 *
 * @param input - the council's export, one JSON-compatible object
 * @param options - the options of `evaluate`, and `jobs`
 * @returns the evaluation, exactly as `evaluate` returns it
 * @throws InvalidOptionsError when `jobs` is not a whole number of 1 or more, or as `evaluate` does
 * @throws WorkerFailedError when a worker thread fails outside a task (it cannot start, it runs out of memory)
 * @example
 * import { evaluateParallel } from "one-point-qaf/node";
 * const result = await evaluateParallel(dataset, { asOf: "2026-03-31", jobs: 4 });
 */
export async function evaluateParallel(input: unknown, options: ParallelOptions): Promise<Evaluation> {
  if (options === null || typeof options !== "object") return evaluate(input, options);
  const { jobs: wanted, ...evaluateOptions } = options;
  const jobs = checkJobs(wanted);
  // Neither an AbortSignal nor a function can be cloned to a worker: piscina watches the
  // signal, and progress is reported here, one step per job done.
  const { signal, onProgress, ...cloneable } = evaluateOptions;
  // Checks the options and policy here, with evaluate's own errors, and gives the header fields.
  const header = await evaluate(emptyDataset(), cloneable);
  const policy = evaluateOptions.policy ?? qafPolicy;
  const shares = shareRules(policy.rules, jobs);
  // The calling thread is someone's host too: it packs the dataset and reads the results back
  // a piece at a time, with turns between, and sorts in slices.
  const slicer = createSlicer(signal);
  const dataset = shares.length > 1 ? await packed(input, slicer, signal) : undefined;
  if (dataset === undefined) return evaluate(input, evaluateOptions);
  // Each worker holds its own copy of the dataset: no more of them than memory allows.
  const shared = shareRules(policy.rules, Math.min(shares.length, jobsMemoryAllows(dataset.bytes.byteLength)));
  if (shared.length < 2) return evaluate(input, evaluateOptions);
  const pool = new Piscina<ParallelTask, Packed>({
    filename: workerFile(),
    minThreads: shared.length,
    maxThreads: shared.length,
    execArgv: extname(workerFile()) === ".ts" ? ["--import", "tsx"] : [],
  });
  // A worker that fails outside a task (it cannot start, it runs out of memory) rejects the
  // evaluation, instead of an 'error' event no one listens to crashing the caller's process.
  const poolFailed = new Promise<never>((_, reject) => {
    pool.on("error", (error: unknown) => reject(new WorkerFailedError(error)));
  });
  poolFailed.catch(() => undefined);
  try {
    let done = 0;
    const packedParts = await Promise.race([poolFailed, Promise.all(shared.map(async (rules, i) => {
      const part = await pool.run({
        dataset,
        options: { ...cloneable, policy: { ...policy, rules } },
        withRejected: i === 0,
      }, { signal });
      onProgress?.({ stage: "rules", done: ++done, total: shared.length });
      return part;
    }))]);
    const parts: ParallelPart[] = [];
    for (const part of packedParts) parts.push(joinPieces(await finishInSlices(unpackSteps(part), slicer)) as ParallelPart);
    return await merge(header, parts, slicer);
  } finally {
    await pool.destroy();
  }
}

function checkJobs(wanted: unknown): number {
  const jobs = wanted === undefined ? availableParallelism() : wanted;
  if (typeof jobs !== "number" || !Number.isSafeInteger(jobs) || jobs < 1) {
    throw new InvalidOptionsError([{ path: ["jobs"], message: "must be a whole number of 1 or more, such as 4 (or leave it out to use every core)" }]);
  }
  // More threads than cores only add copies of the dataset, never speed.
  return Math.min(jobs, availableParallelism());
}

/**
 * Deals the rules out round-robin into at most `jobs` non-empty shares.
 *
 * @param rules - the policy's rules
 * @param jobs - how many shares at most
 * @returns the shares, in rule order within each
 */
function shareRules<T>(rules: readonly T[], jobs: number): T[][] {
  const shares: T[][] = Array.from({ length: Math.min(jobs, rules.length) }, () => []);
  rules.forEach((rule, i) => shares[i % shares.length]?.push(rule));
  return shares;
}

/**
 * How many workers memory allows: each parses its own copy of the dataset, which takes about
 * eight times its serialised size at its peak; four fifths of the free memory are shared out.
 *
 * @param packedBytes - the serialised dataset's size
 * @returns at least 1
 */
export function jobsMemoryAllows(packedBytes: number, free: number = freemem()): number {
  return Math.max(1, Math.floor((free * 0.8) / Math.max(1, packedBytes * 8)));
}

/** The dataset serialised once, in pieces, into shared memory; undefined when it cannot be cloned (then `evaluate` runs here). */
async function packed(dataset: unknown, slicer: Slicer, signal: AbortSignal | undefined): Promise<Packed | undefined> {
  try {
    return await finishInSlices(packSteps(piecesOf(dataset)), slicer);
  } catch (error) {
    if (signal?.aborted === true) throw error;
    return undefined; // v8.serialize could not clone a value
  }
}

async function merge(header: Evaluation, parts: readonly ParallelPart[], slicer: Slicer): Promise<Evaluation> {
  const first = atIndex(parts, 0);
  return {
    asOf: header.asOf,
    window: header.window,
    policy: header.policy,
    obligations: await sortResultsInSlices(parts.flatMap((p) => p.obligations), byDue, slicer),
    breaches: await sortResultsInSlices(parts.flatMap((p) => p.breaches), bySince, slicer),
    escalations: await sortResultsInSlices(parts.flatMap((p) => p.escalations), byRaised, slicer),
    rejected: first.rejected ?? [],
    counts: first.counts ?? header.counts,
    coercions: first.coercions ?? [],
  };
}

function emptyDataset(): Record<string, never[]> {
  return Object.fromEntries(COLLECTIONS.map((name) => [name, []]));
}

/**
 * The worker module beside this one, with this module's own extension: `.ts` when run from
 * source, `.js` or `.cjs` from the built package (ESM has `import.meta.url`, CommonJS `__filename`).
 */
function workerFile(): string {
  const here = typeof __filename === "string" ? __filename : fileURLToPath(import.meta.url);
  const ext = extname(here);
  return join(here, "..", `parallel-worker${ext}`);
}
