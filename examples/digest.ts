/**
 * Digest of a whole evaluation: generates the bench region (seeded, as `examples/bench.ts`
 * does), evaluates it once and prints a sha256 of a canonical JSON of everything the
 * evaluation returned (obligations, breaches, escalations, rejected, counts). Two versions of
 * the engine that give the same digest gave the same answers, so a refactor proves it changed
 * nothing by printing the same line before and after.
 *
 *   npm run digest                 # the default bench region (about 400 teams, 3 years)
 *   npm run digest -- --areas 10   # a smaller region
 *   npm run digest -- --omit team,area   # leave these keys out of every object: to show that
 *                                        # a change only added fields, and changed no answer
 *   npm run digest -- --jobs 2     # evaluateParallel on 2 worker threads: the same digest
 */
import { createHash } from "node:crypto";
import { parseArgs } from "node:util";
import { evaluate } from "../src";
import { generateCounty } from "../src/demo";
import { evaluateParallel } from "../src/node";

const { values } = parseArgs({
  options: {
    areas: { type: "string", default: "40" },
    "teams-per-area": { type: "string", default: "10" },
    "staff-per-team": { type: "string", default: "15" },
    years: { type: "string", default: "3" },
    "as-of": { type: "string", default: "2026-03-31" },
    omit: { type: "string", default: "" },
    jobs: { type: "string", default: "1" },
  },
});

const omitted = new Set(values.omit.split(",").filter((key) => key !== ""));

/** JSON with every object's keys sorted (and `--omit` keys left out), so that key order never changes the digest. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .filter((k) => !omitted.has(k))
            .sort()
            .map((k) => [k, (v as Record<string, unknown>)[k]]),
        )
      : v,
  );
}

const dataset = generateCounty({
  areas: Number(values.areas),
  teamsPerArea: Number(values["teams-per-area"]),
  staffPerTeam: Number(values["staff-per-team"]),
  years: Number(values.years),
});
const records = Object.values(dataset).reduce((n, list) => n + (Array.isArray(list) ? list.length : 0), 0);
// The longest time the event loop went without a turn while evaluate ran, and in which stage.
let stage = "start";
let lastTick = { at: performance.now(), stage };
const gaps = new Map<string, number>();
const tick = () => {
  const now = performance.now();
  gaps.set(lastTick.stage, Math.max(gaps.get(lastTick.stage) ?? 0, now - lastTick.at));
  lastTick = { at: now, stage };
};
const ticker = setInterval(tick, 1);
// Wall time per stage, to see where the time goes.
const stageMs = new Map<string, number>();
let stageStart = { name: "start", at: performance.now() };
const started = performance.now();
const cpuBefore = process.cpuUsage();
const jobs = Number(values.jobs);
const result = await (jobs === 1 ? evaluate : (d: unknown, o: Parameters<typeof evaluate>[1]) => evaluateParallel(d, { ...o, jobs }))(dataset, {
  asOf: values["as-of"],
  onProgress: (p) => {
    stage = p.rule === undefined ? p.stage : `the rule after ${p.rule}`;
    if (p.stage !== stageStart.name) {
      const now = performance.now();
      stageMs.set(stageStart.name, now - stageStart.at);
      stageStart = { name: p.stage, at: now };
    }
  },
});
tick();
clearInterval(ticker);
stageMs.set(stageStart.name, performance.now() - stageStart.at);
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);

// Hashed list by list, item by item: a region's evaluation is too big for one string.
const hash = createHash("sha256");
const { obligations, breaches, escalations, rejected, ...rest } = result;
hash.update(canonical(rest));
for (const [name, list] of Object.entries({ obligations, breaches, escalations, rejected })) {
  hash.update(`\n${name}:${list.length}\n`);
  for (const item of list) hash.update(`${canonical(item)}\n`);
}
console.log(`records ${records}`);
console.log(`obligations ${obligations.length}, breaches ${breaches.length}, escalations ${escalations.length}, rejected ${rejected.length}`);
// CPU time as well as wall time: on a shared machine the wall time mostly measures the neighbours.
console.log(`evaluate ${seconds.toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU`);
console.log(`stages: ${[...stageMs].map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(", ")}`);
const longest = [...gaps].sort((a, b) => b[1] - a[1]).slice(0, 4);
console.log(`longest event-loop gaps: ${longest.map(([where, ms]) => `${ms.toFixed(0)} ms (from ${where})`).join(", ")}`);
console.log(`sha256 ${hash.digest("hex")}`);
