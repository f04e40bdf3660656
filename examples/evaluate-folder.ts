/**
 * Evaluate a folder of per-collection CSV files (a case-system export) and save the
 * breaches as CSV and a Markdown summary next to it.
 *
 *   npx tsx examples/evaluate-folder.ts [folder] [asOf] [outDir]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { evaluate } from "one-point-qaf";
import { loadExport, rejectionLines } from "one-point-qaf/node";
import { breachesCsv, markdownSummary } from "one-point-qaf/report";

const [folder = "examples/data/csv-export", asOf = "2024-09-30", outDir = "out/csv-export"] = process.argv.slice(2);

const { dataset, rejected } = await loadExport(folder);
for (const line of rejectionLines(rejected)) console.error(line);
const result = await evaluate(dataset, { asOf });

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "breaches.csv"), breachesCsv(result));
writeFileSync(join(outDir, "summary.md"), markdownSummary(result, dataset));
const active = result.breaches.filter((b) => b.status === "active").length;
console.log(`${result.obligations.length} obligations, ${active} active breaches; wrote ${outDir}/breaches.csv and summary.md`);
