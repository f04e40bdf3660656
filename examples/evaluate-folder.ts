/**
 * Evaluate a folder of per-collection CSV files (a case-system export) and save the
 * breaches as CSV and a Markdown summary next to it.
 *
 *   npx tsx examples/evaluate-folder.ts [folder] [asOf] [outDir]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { evaluate } from "one-point-qaf";
import { loadInput, rejectionLines } from "../src/cli/input";
import { breachesCsv, markdownSummary } from "one-point-qaf/report";

const [folder = "examples/data/csv-export", asOf = "2024-09-30", outDir = "out/csv-export"] = process.argv.slice(2);

const { dataset, sources } = loadInput(folder);
const result = await evaluate(dataset, { asOf });
for (const line of rejectionLines(sources, result.rejected)) console.error(line);

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "breaches.csv"), breachesCsv(result));
writeFileSync(join(outDir, "summary.md"), markdownSummary(result, dataset as object));
const active = result.breaches.filter((b) => b.status === "active").length;
console.log(`${result.obligations.length} obligations, ${active} active breaches; wrote ${outDir}/breaches.csv and summary.md`);
