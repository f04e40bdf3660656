/**
 * Parallel evaluation over a pool of worker threads (Node only).
 *
 * The dataset is split by area before it crosses threads: each job parses and evaluates only
 * the records of its areas (with what they refer to), and keeps the results and rejections it
 * owns; the calling thread is one of the jobs, and runs the rules about the service as a whole
 * too, over the collections they read. The merged lists, sorted by the engine's own orders, are exactly those of
 * {@link evaluate}. See `docs/parallel.md`.
 *
 * @module
 */
import { existsSync } from "node:fs";
import { availableParallelism, freemem } from "node:os";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { createSlicer, finishInSlices, type Slicer } from "../engine/slicing/host-turns";
import { COLLECTIONS, InvalidOptionsError, evaluate, qafPolicy } from "../index";
import type { EvaluateOptions, Evaluation, RuleDefinition } from "../index";
import { MAX_GROUPS, rulesBySplit, servicePart, splitByArea } from "./area-split";
import { WorkerFailedError } from "./errors";
import { mergeParts } from "./merge-parts";
import { joinPieces, packSteps, piecesOf, unpackSteps, type Packed } from "./packed";
import { evaluateOwned, type Ownership, type ParallelPart } from "./owned-part";
import { workerBeside } from "./worker-file";
import type { PartTask } from "./parallel-worker";

/** Options of {@link evaluateParallel}: those of {@link evaluate}, and how many jobs to run at once. */
export interface ParallelOptions extends EvaluateOptions {
  /**
   * Threads to use, this one and `jobs - 1` workers: a number, or `"auto"` (the default,
   * {@link autoJobs}: one thread for a dataset too small to gain, else every core that memory
   * allows). `1` evaluates in this thread. Capped at the cores available, so `jobs: 1000` is safe.
   */
  jobs?: number | "auto";
}

/**
 * Evaluates a dataset like {@link evaluate}, split by area between worker threads. The
 * result is deeply equal to `evaluate`'s for the same input and options.
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
  const collections = collectionsOf(input);
  const jobs = Math.min(wanted === "auto" || wanted === undefined ? autoJobs(recordsIn(collections)) : checkJobs(wanted), MAX_GROUPS);
  // Neither an AbortSignal nor a function can be cloned to a worker: piscina watches the
  // signal, and progress is reported here, one step per job done.
  const { signal, onProgress, ...cloneable } = evaluateOptions;
  // Checks the options and policy here, with evaluate's own errors, and gives the header fields.
  const header = await evaluate(emptyDataset(), cloneable);
  const policy = evaluateOptions.policy ?? qafPolicy;
  const rules = rulesBySplit(policy.rules);
  if (jobs < 2 || collections === undefined || rules === undefined) return evaluate(input, evaluateOptions);
  // This thread evaluates one part itself (no copy of it crosses threads, no cold worker
  // reads it) and the service part; `jobs - 1` workers start (load the library) while it
  // splits the dataset.
  const file = workerFile();
  const pool = new Piscina<PartTask, Packed>({
    filename: file, minThreads: jobs - 1, maxThreads: jobs - 1, execArgv: extname(file) === ".ts" ? ["--import", "tsx"] : [],
  });
  // A worker that fails outside a task (it cannot start, it runs out of memory) rejects the
  // evaluation, instead of an 'error' event no one listens to crashing the caller's process.
  const poolFailed = new Promise<never>((_, reject) => {
    pool.on("error", (error: unknown) => reject(new WorkerFailedError(error)));
  });
  poolFailed.catch(() => undefined);
  // Stops this thread's own evaluations when the caller's signal does, or when the run ends
  // without them (a worker failed).
  const here = new AbortController();
  const stop = (): void => here.abort(signal?.reason);
  if (signal?.aborted === true) stop();
  signal?.addEventListener("abort", stop, { once: true });
  try {
    // The calling thread is someone's host too: it packs the parts and reads the results back
    // a piece at a time, with turns between, and sorts in slices.
    const slicer = createSlicer(signal);
    const service = servicePart(collections, rules);
    let done = 0;
    const total = jobs + (service === undefined ? 0 : 1);
    const progressed = <T>(part: T): T => {
      onProgress?.({ stage: "rules", done: ++done, total });
      return part;
    };
    const areaOptions = { ...cloneable, policy: { ...policy, rules: rules.areaRules } };
    const [own, ...others] = splitByArea(collections, jobs, (group) => (group === 0 ? CALLER_SHARE : 1));
    const runs: Promise<Packed>[] = [];
    for (const part of others) {
      const dataset = await packedOrUndefined(part.dataset, slicer, signal);
      if (dataset === undefined) return await evaluate(input, evaluateOptions); // a value v8.serialize cannot clone
      const run = pool.run({ dataset, options: areaOptions, owned: { indices: part.indices, owned: part.owned } }, { signal }).then(progressed);
      run.catch(() => undefined); // awaited below; a run the pool's end rejects first is no unhandled rejection
      runs.push(run);
    }
    others.length = 0; // the workers have their copies
    const parts: ParallelPart[] = [];
    // Values read forgivingly are counted per field in the order first met, with the first as
    // an example, over records some of which several parts read: the parts cannot give those
    // counts exactly. A rejected record can leave a rule undecided for records that went to
    // another part (an audit by a rejected auditor may make up a count elsewhere). An export
    // with neither (clean data) is merged; one with either is evaluated here, at the cost of
    // one thread, as soon as a part shows it.
    const clean = (part: ParallelPart): boolean => part.coercions.length === 0 && part.rejected.length === 0;
    // A worker failing outside a task ends the evaluation at once, here too.
    const inThisThread = async (dataset: Record<string, unknown>, rulesHere: RuleDefinition[], ownership?: Ownership): Promise<ParallelPart> => {
      const run = evaluateOwned(dataset, { ...cloneable, signal: here.signal, policy: { ...policy, rules: rulesHere } }, ownership);
      run.catch(() => undefined); // awaited in the race; stopped in the end if the race is lost
      return progressed(await Promise.race([poolFailed, run]));
    };
    if (own !== undefined) {
      parts.push(await inThisThread(own.dataset, rules.areaRules, { indices: own.indices, owned: own.owned }));
      if (!parts.every(clean)) return await evaluate(input, evaluateOptions);
    }
    if (service !== undefined) parts.push(await inThisThread(service, rules.serviceRules));
    for (const part of await Promise.race([poolFailed, Promise.all(runs)])) parts.push(joinPieces(await finishInSlices(unpackSteps(part), slicer)) as ParallelPart);
    if (!parts.every(clean)) return await evaluate(input, evaluateOptions);
    return await mergeParts(header, parts, collections, slicer);
  } finally {
    signal?.removeEventListener("abort", stop);
    here.abort();
    await pool.destroy();
  }
}

/**
 * The calling thread's share of the areas, against a worker's 1: besides its part it splits
 * the dataset, packs the workers' parts, evaluates the service part and merges.
 */
const CALLER_SHARE = 0.6;

function checkJobs(jobs: unknown): number {
  if (typeof jobs !== "number" || !Number.isSafeInteger(jobs) || jobs < 1) {
    throw new InvalidOptionsError([{ path: ["jobs"], message: 'must be a whole number of 1 or more, such as 4, or "auto" (or leave it out: auto)' }]);
  }
  // More threads than cores only add copies of the dataset, never speed.
  return Math.min(jobs, availableParallelism());
}

/**
 * The records from which `jobs: "auto"` uses worker threads: none, today. On the 2-core
 * machine the library is measured on, the split run never beat one thread at any size tried,
 * up to the 1,049,050 records of the benchmark region: there one thread's run already keeps
 * most of the second core busy with V8's compiler and garbage collector, and the split spends
 * 2.3 times its CPU time, at 1.9 times its memory. So `auto` is one thread. Lower it where `npm run bench` shows threads winning; `jobs: n` (the
 * CLI's `--jobs n`) still asks for them.
 */
export const PARALLEL_FROM_RECORDS = Number.POSITIVE_INFINITY;

/** Memory the worker threads add per record at their peak, in bytes (`npm run bench`: their parts, parsed, and their results). */
const BYTES_PER_RECORD = 2_560;

/**
 * The threads `jobs: "auto"` evaluates with: one below {@link PARALLEL_FROM_RECORDS} records,
 * else every core, unless four fifths of the free memory cannot hold what the workers add
 * (then one).
 *
 * @param records - the dataset's records, every collection together
 * @param free - free memory in bytes (`os.freemem()` by default)
 * @param cores - the cores (`os.availableParallelism()` by default)
 * @param from - the records from which threads pay ({@link PARALLEL_FROM_RECORDS} by default)
 * @returns the number of threads, 1 or more
 */
export function autoJobs(records: number, free: number = freemem(), cores: number = availableParallelism(), from: number = PARALLEL_FROM_RECORDS): number {
  if (records < from || free * 0.8 < records * BYTES_PER_RECORD) return 1;
  return Math.max(1, cores);
}

/** The records of a dataset's collections; 0 when it is no object of collections. */
function recordsIn(collections: Readonly<Record<string, readonly unknown[]>> | undefined): number {
  return collections === undefined ? 0 : Object.values(collections).reduce((n, list) => n + (Array.isArray(list) ? list.length : 0), 0);
}

/**
 * The input as an object of collection arrays, or undefined when it is anything else (not
 * an object, a key that is no collection, a collection that is no array, no collection at
 * all): `evaluate` then runs here, and rejects or throws as it does.
 */
function collectionsOf(input: unknown): Readonly<Record<string, readonly unknown[]>> | undefined {
  if (input === null || typeof input !== "object" || Array.isArray(input)) return undefined;
  const known: ReadonlySet<string> = new Set(COLLECTIONS);
  const keys = Object.keys(input);
  const value = (key: string): unknown => (input as Record<string, unknown>)[key];
  const fits = keys.every((k) => (known.has(k) ? Array.isArray(value(k)) : k === "$schema" && typeof value(k) === "string"));
  return fits && keys.some((k) => known.has(k)) ? (input as Record<string, readonly unknown[]>) : undefined;
}

/** A part serialised once, in pieces, into shared memory; undefined when a record cannot be cloned. */
async function packedOrUndefined(dataset: unknown, slicer: Slicer, signal: AbortSignal | undefined): Promise<Packed | undefined> {
  try {
    return await finishInSlices(packSteps(piecesOf(dataset)), slicer);
  } catch (error) {
    if (signal?.aborted === true) throw error;
    return undefined;
  }
}

function emptyDataset(): Record<string, never[]> {
  return Object.fromEntries(COLLECTIONS.map((name) => [name, []]));
}

/** The worker module beside this one (see {@link workerBeside}). */
function workerFile(): string {
  return workerBeside(typeof __filename === "string" ? __filename : fileURLToPath(import.meta.url), existsSync);
}
