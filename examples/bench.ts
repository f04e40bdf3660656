/**
 * Benchmark: evaluate a seeded synthetic region at two sizes and print records per second,
 * peak memory, and the ratio of evaluate time to parseDataset time, so that the growth of
 * cost with size shows. Targets live here, never in timed unit tests.
 *
 *   npm run bench                 # default: about 400 teams, 6,000 staff, 3 years
 *   npm run bench -- --areas 10   # a smaller region
 */
import { parseArgs } from "node:util";
import { evaluate, parseDataset } from "one-point-qaf";
import { generateCounty } from "one-point-qaf/demo";

const { values } = parseArgs({
  options: {
    areas: { type: "string", default: "40" },
    "teams-per-area": { type: "string", default: "10" },
    "staff-per-team": { type: "string", default: "15" },
    years: { type: "string", default: "3" },
  },
});
const areas = Number(values.areas);
const shape = {
  teamsPerArea: Number(values["teams-per-area"]),
  staffPerTeam: Number(values["staff-per-team"]),
  years: Number(values.years),
};

async function run(areaCount: number) {
  const dataset = generateCounty({ ...shape, areas: areaCount });
  const records = Object.values(dataset).reduce((n, list) => n + (Array.isArray(list) ? list.length : 0), 0);
  const t0 = performance.now();
  const parsed = parseDataset(dataset);
  const parseMs = performance.now() - t0;
  const t1 = performance.now();
  const result = await evaluate(dataset, { asOf: "2026-03-31" });
  const evaluateMs = performance.now() - t1;
  return {
    areas: areaCount,
    records,
    rejected: parsed.rejected.length,
    obligations: result.obligations.length,
    breaches: result.breaches.length,
    parseMs: Math.round(parseMs),
    evaluateMs: Math.round(evaluateMs),
    recordsPerSecond: Math.round(records / (evaluateMs / 1000)),
    evaluateToParse: Number((evaluateMs / parseMs).toFixed(2)),
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

const small = await run(Math.max(1, Math.round(areas / 4)));
const large = await run(areas);
console.table([small, large]);
const growth = large.evaluateMs / small.evaluateMs / (large.records / small.records);
console.log(`cost growth per record from the small to the large region: x${growth.toFixed(2)} (1.00 = linear)`);
