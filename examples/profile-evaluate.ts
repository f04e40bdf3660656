/**
 * Profiling aid (of the built package: run `npx tsup` first): generates a seeded region once, then times `parseDataset` and `evaluate`
 * separately, with the wall time of each stage of `evaluate` and the longest event-loop gap
 * (and the stage it fell in). Run it under the profilers of Node to see where the time and the
 * allocations go:
 *
 *   npx tsx examples/profile-evaluate.ts --areas 10
 *   node --import tsx --cpu-prof --cpu-prof-dir /tmp/prof examples/profile-evaluate.ts
 *   node --import tsx --trace-gc examples/profile-evaluate.ts | grep -c Scavenge
 *   node --import tsx --heap-prof --heap-prof-dir /tmp/prof examples/profile-evaluate.ts
 *
 * Options: `--areas N` (default 40, the bench region), `--from YYYY-MM-DD` (default: the
 * financial year to `asOf`), `--skip-parse` (time `evaluate` only), `--allocations FILE` (a
 * sampled profile of every allocation `evaluate` makes, the garbage too, for Chrome's
 * DevTools: the sites that feed the garbage collector).
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { parseArgs } from "node:util";
import { evaluate, parseDataset } from "one-point-qaf";
import { generateCounty } from "one-point-qaf/demo";
import { BENCH_REGION, countRecords } from "./bench-region";

const { values } = parseArgs({
  options: {
    areas: { type: "string", default: String(BENCH_REGION.areas) },
    from: { type: "string" },
    "skip-parse": { type: "boolean", default: false },
    /** Write a sampled allocation profile of `evaluate` (garbage included) to this `.heapprofile` file. */
    "allocations": { type: "string" },
  },
});
const asOf = "2026-03-31";
const dataset = generateCounty({ ...BENCH_REGION, areas: Number(values.areas) });
const records = countRecords(dataset);
const perSecond = (ms: number) => Math.round(records / (ms / 1000)).toLocaleString("en-GB");

if (!values["skip-parse"]) {
  const t = performance.now();
  parseDataset(dataset);
  const ms = performance.now() - t;
  console.log(`parseDataset ${ms.toFixed(0)} ms wall, ${perSecond(ms)} records/s`);
}

// The longest gap between two ticks of a 1 ms timer, and the stage it began in.
let stage = "start";
let last = performance.now();
let longest = { ms: 0, stage };
const timer = setInterval(() => {
  const now = performance.now();
  if (now - last > longest.ms) longest = { ms: now - last, stage };
  last = now;
}, 1);
const session = new Session();
if (values.allocations !== undefined) {
  session.connect();
  await session.post("HeapProfiler.startSampling", {
    samplingInterval: 32_768, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true,
  });
}
console.log("evaluating...");
const stageMs = new Map<string, number>();
let stageStart = performance.now();
const t = performance.now();
const cpu = process.cpuUsage();
const result = await evaluate(dataset, {
  asOf,
  ...(values.from === undefined ? {} : { from: values.from }),
  onProgress: (p) => {
    const now = performance.now();
    stageMs.set(stage, (stageMs.get(stage) ?? 0) + now - stageStart);
    stageStart = now;
    stage = p.rule === undefined ? p.stage : `after ${p.rule}`;
  },
});
const ms = performance.now() - t;
const cpuMs = (({ user, system }) => (user + system) / 1000)(process.cpuUsage(cpu));
stageMs.set(stage, (stageMs.get(stage) ?? 0) + performance.now() - stageStart);
clearInterval(timer);
if (values.allocations !== undefined) {
  const { profile } = await session.post("HeapProfiler.stopSampling");
  writeFileSync(values.allocations, JSON.stringify(profile));
  session.disconnect();
}
console.log(`records ${records}, results ${result.obligations.length + result.breaches.length + result.escalations.length}`);
console.log(`evaluate ${ms.toFixed(0)} ms, ${perSecond(ms)} records/s (CPU ${cpuMs.toFixed(0)} ms, ${perSecond(cpuMs)} records/s), peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`);
console.log(`longest event-loop gap ${longest.ms.toFixed(0)} ms (in ${longest.stage})`);
const slowest = [...stageMs].sort((a, b) => b[1] - a[1]).slice(0, 8);
console.log(`slowest stages: ${slowest.map(([name, m]) => `${name} ${m.toFixed(0)} ms`).join(", ")}`);
