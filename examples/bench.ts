/**
 * Benchmark: evaluate a seeded synthetic region at N and 2N areas, at 2N over a three-year
 * window too, with evaluateParallel at 2N, parseDataset alone at 2N, the monthly scorecard
 * over the same 12 months at 2N, and the CLI on the 2N region's JSON file with `--jobs 1` and
 * with its default: each in a fresh child process so that neither peaks of memory nor one
 * call's garbage mix into another's figures, each the median of several processes (run in
 * rounds, every kind once a round); then the figures next to their targets. Targets live
 * here, never in timed unit tests.
 *
 *   npm run bench                   # the default region: 400 teams, over a million records, 3 runs each
 *   npm run bench -- --quick        # a short run: 10 areas, one run each
 *   npm run bench -- --areas 10     # a smaller region: 2N = 10 areas, N = 5 (use an even number)
 *   npm run bench -- --jobs 4       # worker threads of evaluateParallel (default: 2)
 *   npm run bench -- --runs 5       # each measure 5 times, each figure the median (a noisy machine)
 *   npm run bench -- --json         # the figures as JSON
 */
import { fork } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { evaluate, parseDataset, scorecard } from "one-point-qaf";
import type { Evaluation } from "one-point-qaf";
import { generateCounty } from "one-point-qaf/demo";
import { evaluateParallel } from "one-point-qaf/node";
import { BENCH_REGION, countRecords } from "./bench-region";
import { benchQueries, showQueryFigures, watchEventLoop } from "./bench-queries";

const { values } = parseArgs({
  options: {
    areas: { type: "string", default: String(BENCH_REGION.areas) },
    "teams-per-area": { type: "string", default: String(BENCH_REGION.teamsPerArea) },
    "staff-per-team": { type: "string", default: String(BENCH_REGION.staffPerTeam) },
    years: { type: "string", default: String(BENCH_REGION.years) },
    jobs: { type: "string", default: "2" },
    runs: { type: "string" },
    quick: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    /** Internal: what a child process measures, `KIND:AREAS` (`single:40`, `threeYears:40`...). */
    measure: { type: "string" },
    /** Internal: the 2N region's JSON file, for the CLI runs. */
    file: { type: "string" },
  },
});
if (values.quick && values.areas === String(BENCH_REGION.areas)) values.areas = "10";
const shape = {
  teamsPerArea: Number(values["teams-per-area"]),
  staffPerTeam: Number(values["staff-per-team"]),
  years: Number(values.years),
};
const asOf = "2026-03-31";
/** Three years before `asOf`: the window of the three-year run. */
const threeYearsBefore = "2023-04-01";
const jobs = Number(values.jobs);

/** What one child process measured. */
interface Run {
  /**
   * `evaluate` (over the financial year to `asOf`, or `threeYears` before it), `evaluateParallel`,
   * `parseDataset` alone, `scorecard` over the 12 months to `asOf`, or the CLI on the region's
   * JSON file with `--jobs 1` (`cli1`) or its default (`cliAuto`).
   */
  kind: "single" | "threeYears" | "parallel" | "parse" | "scorecard" | "cli1" | "cliAuto";
  areas: number;
  records: number;
  /** The call, from objects (`evaluate`'s own parsing included). */
  ms: number;
  /** CPU time of the call, every thread of the process together: on a busy machine, steadier than `ms`. */
  cpuMs: number;
  recordsPerSecond: number;
  longestGapMs: number;
  peakRssMiB: number;
  results: number;
  /** sha256 of every result, in order: equal digests, equal evaluations (empty for a parse). */
  digest: string;
}

function digest(e: Evaluation): string {
  const hash = createHash("sha256");
  for (const list of [e.obligations, e.breaches, e.escalations, e.rejected]) {
    for (const x of list) hash.update(JSON.stringify(x));
    hash.update("|");
  }
  hash.update(JSON.stringify([e.asOf, e.window, e.policy, e.counts]));
  return hash.digest("hex").slice(0, 16);
}

async function measure(kind: Run["kind"], areas: number): Promise<Run> {
  if (kind === "cli1" || kind === "cliAuto") return measureCli(kind, areas);
  const dataset = generateCounty({ ...shape, areas });
  const records = countRecords(dataset);
  const stopWatch = watchEventLoop();
  const cpu = process.cpuUsage();
  const t = performance.now();
  // `evaluate` with no `from` covers the financial year to `asOf`: the same 12 months as the scorecard.
  const result = kind === "parse" ? parseDataset(dataset)
    : kind === "scorecard" ? await scorecard(dataset, { from: "2025-04", to: "2026-03", by: "team" })
    : kind === "single" ? await evaluate(dataset, { asOf })
    : kind === "threeYears" ? await evaluate(dataset, { asOf, from: threeYearsBefore }) : await evaluateParallel(dataset, { asOf, jobs });
  const ms = Math.round(performance.now() - t);
  const { user, system } = process.cpuUsage(cpu);
  const longestGapMs = Math.round(stopWatch().longestGapMs);
  return {
    kind, areas, records, ms, cpuMs: Math.round((user + system) / 1000),
    recordsPerSecond: Math.round(records / (ms / 1000)),
    longestGapMs,
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    results: "obligations" in result ? result.obligations.length + result.breaches.length + result.escalations.length
      : "rows" in result ? result.rows.length : 0,
    digest: "obligations" in result ? digest(result) : "",
  };
}

/** The CLI's `evaluate` on the region's JSON file, in this process, from reading the file to writing the JSON. */
async function measureCli(kind: "cli1" | "cliAuto", areas: number): Promise<Run> {
  const { main: cli } = await import("../src/cli/main");
  const out = join(tmpdir(), `qaf-bench-${process.pid}.json`);
  const t = performance.now();
  const code = await cli(["evaluate", values.file as string, "--as-of", asOf, "--format", "json", "--out", out, "--quiet",
    ...(kind === "cli1" ? ["--jobs", "1"] : [])]);
  const ms = Math.round(performance.now() - t);
  rmSync(out, { force: true });
  if (code !== 0) throw new Error(`the CLI ended with code ${code}`);
  return {
    kind, areas, records: 0, ms, cpuMs: 0, recordsPerSecond: 0, longestGapMs: 0,
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024), results: 0, digest: "",
  };
}

/** Runs one measure in a fresh child process (this script again, with `--measure`). */
function inChild(kind: Run["kind"], areas: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const worker = fork(process.argv[1] as string, [...process.argv.slice(2), "--measure", `${kind}:${areas}`]);
    worker.once("message", (run) => resolve(run as Run));
    worker.once("exit", (code) => reject(new Error(`the ${kind} run of ${areas} areas ended with code ${code}`)));
  });
}

interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: { op: ">=" | "<="; value: number };
}

function figures(r: Record<Run["kind"], Run> & { n: Run }): Figure[] {
  const { n, single: twoN, threeYears, parallel, parse, scorecard: card, cli1, cliAuto } = r;
  const perRecord = (x: Run) => x.ms / x.records;
  return [
    { name: "records/s, one thread", value: twoN.recordsPerSecond, unit: "", target: { op: ">=", value: 300_000 } },
    { name: "records/s, one thread, three-year window", value: threeYears.recordsPerSecond, unit: "", target: { op: ">=", value: 200_000 } },
    { name: "records/s, parseDataset alone", value: parse.recordsPerSecond, unit: "", target: { op: ">=", value: 1_000_000 } },
    // Time per record at 2N over time per record at N, times 2: time(2N)/time(N) for exactly twice the records.
    { name: "time(2N) / time(N)", value: (2 * perRecord(twoN)) / perRecord(n), unit: "x", target: { op: "<=", value: 2.1 } },
    { name: `peak RSS (${twoN.records.toLocaleString("en-GB")} records)`, value: twoN.peakRssMiB / 1024, unit: " GiB", target: { op: "<=", value: 1.2 } },
    { name: "longest event-loop gap in evaluate", value: twoN.longestGapMs, unit: " ms", target: { op: "<=", value: 50 } },
    { name: `evaluateParallel speed-up (${jobs} jobs)`, value: twoN.ms / parallel.ms, unit: "x", target: { op: ">=", value: 1.3 } },
    { name: "evaluateParallel peak RSS / one thread's", value: parallel.peakRssMiB / twoN.peakRssMiB, unit: "x", target: { op: "<=", value: 1.5 } },
    { name: "CLI time, default / --jobs 1", value: cliAuto.ms / cli1.ms, unit: "x", target: { op: "<=", value: 1 } },
    // The scorecard runs one evaluation of the 12 months and buckets it: little more than that evaluation.
    { name: "scorecard (12 months) / evaluate (12 months)", value: card.ms / twoN.ms, unit: "x", target: { op: "<=", value: 1.3 } },
  ];
}

const met = (f: Figure): boolean | undefined =>
  f.target === undefined ? undefined : f.target.op === ">=" ? f.value >= f.target.value : f.value <= f.target.value;

function show(f: Figure): string {
  const value = `${f.value.toLocaleString("en-GB", { maximumFractionDigits: 2 })}${f.unit}`;
  const target = f.target ? `target ${f.target.op} ${f.target.value.toLocaleString("en-GB")}${f.unit}` : "";
  const verdict = met(f) === undefined ? "" : met(f) ? "met" : "MISSED";
  return `${f.name.padEnd(44)} ${value.padStart(14)}   ${target.padEnd(24)} ${verdict}`;
}

/** In a child process: measure one run and send it to the parent. */
async function child(what: string): Promise<void> {
  const [kind, areas] = what.split(":");
  const run = await measure(kind as Run["kind"], Number(areas));
  process.send?.(run, () => process.exit(0));
}

/** Each measured number the median of the runs (the same inputs, so the same records, results and digest). */
function medianRun(measured: Run[]): Run {
  const median = (pick: (r: Run) => number) => {
    const sorted = measured.map(pick).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] as number;
  };
  const first = measured[0] as Run;
  return {
    ...first,
    ms: median((r) => r.ms),
    cpuMs: median((r) => r.cpuMs),
    recordsPerSecond: median((r) => r.recordsPerSecond),
    longestGapMs: median((r) => r.longestGapMs),
    peakRssMiB: median((r) => r.peakRssMiB),
  };
}

/** In the parent: each measure in fresh processes, the median of each; then the report. */
async function main(): Promise<void> {
  const twoNAreas = Number(values.areas);
  const nAreas = Math.max(1, Math.round(twoNAreas / 2));
  const repeat = Math.max(1, Number(values.runs ?? (values.quick ? 1 : 3)));
  // The CLI reads the 2N region as its users' exports are read: from a file.
  const dir = mkdtempSync(join(tmpdir(), "qaf-bench-"));
  const file = join(dir, "region.json");
  writeFileSync(file, JSON.stringify(generateCounty({ ...shape, areas: twoNAreas })));
  process.argv.push("--file", file);
  const measured = {} as Record<Run["kind"], Run> & { n: Run };
  const kinds: [key: keyof typeof measured, kind: Run["kind"], areas: number][] = [
    ["n", "single", nAreas],
    ...(["single", "threeYears", "parallel", "parse", "scorecard", "cli1", "cliAuto"] as const).map((k): [Run["kind"], Run["kind"], number] => [k, k, twoNAreas]),
  ];
  // Round by round, each kind once a round: a drift in the machine's load touches every
  // kind alike, so the ratios (CLI default against --jobs 1, parallel against one thread) hold.
  const runs = new Map<keyof typeof measured, Run[]>(kinds.map(([key]) => [key, []]));
  try {
    for (let i = 1; i <= repeat; i++) {
      for (const [key, kind, areas] of kinds) {
        if (!values.json) console.error(`measuring ${kind} of ${areas} areas in a fresh process${repeat > 1 ? ` (round ${i} of ${repeat})` : ""}...`);
        runs.get(key)?.push(await inChild(kind, areas));
      }
    }
    for (const [key, list] of runs) measured[key] = medianRun(list);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const list = figures(measured);
  const sameResults = measured.single.digest === measured.parallel.digest;
  if (values.json) {
    console.log(JSON.stringify({ runs: measured, figures: list.map((f) => ({ ...f, met: met(f) })), sameResults }, null, 2));
    return;
  }
  console.table(Object.values(measured));
  console.log(list.map(show).join("\n"));
  console.log(`evaluateParallel's result equals evaluate's (digest): ${sameResults ? "yes" : "NO"}`);
  console.log(showQueryFigures(await benchQueries({ ...shape, areas: twoNAreas }, asOf)).join("\n"));
  console.log("Figures are medians of fresh processes; on a machine shared with other work, wall times are noisy.");
}

await (values.measure === undefined ? main() : child(values.measure));
