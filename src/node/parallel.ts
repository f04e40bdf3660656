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
import { availableParallelism } from "node:os";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { createSlicer, finishInSlices, type Slicer } from "../engine/host-turns";
import { byDue, byRaised, bySince, sortResultsInSlices } from "../engine/order";
import { COLLECTIONS, InvalidOptionsError, evaluate, qafPolicy } from "../index";
import type { EvaluateOptions, Evaluation } from "../index";
import { joinPieces, packSteps, piecesOf, unpackSteps, type Packed } from "./packed";
import type { ParallelPart, ParallelTask } from "./parallel-worker";

/** Options of {@link evaluateParallel}: those of {@link evaluate}, and how many jobs to run at once. */
export interface ParallelOptions extends EvaluateOptions {
  /** Worker threads to use; defaults to `os.availableParallelism()`. `1` evaluates in this thread. */
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
  const pool = new Piscina<ParallelTask, Packed>({
    filename: workerFile(),
    minThreads: shares.length,
    maxThreads: shares.length,
    execArgv: extname(workerFile()) === ".ts" ? ["--import", "tsx"] : [],
  });
  try {
    let done = 0;
    const packedParts = await Promise.all(shares.map(async (rules, i) => {
      const part = await pool.run({
        dataset,
        options: { ...cloneable, policy: { ...policy, rules } },
        withRejected: i === 0,
      }, { signal });
      onProgress?.({ stage: "rules", done: ++done, total: shares.length });
      return part;
    }));
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
  return jobs;
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
  const first = parts[0] as ParallelPart;
  return {
    asOf: header.asOf,
    window: header.window,
    policy: header.policy,
    obligations: await sortResultsInSlices(parts.flatMap((p) => p.obligations), byDue, slicer),
    breaches: await sortResultsInSlices(parts.flatMap((p) => p.breaches), bySince, slicer),
    escalations: await sortResultsInSlices(parts.flatMap((p) => p.escalations), byRaised, slicer),
    rejected: first.rejected ?? [],
    counts: first.counts ?? header.counts,
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
