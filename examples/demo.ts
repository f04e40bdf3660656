/**
 * What `npm run demo` runs: evaluate the bundled demo county, print a summary and write
 * the HTML report to out/qaf-report.html.
 *
 *   npx tsx examples/demo.ts [outFile]
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { evaluate, parseDataset } from "one-point-qaf";
import { htmlReport, textSummary } from "one-point-qaf/report";

const [outFile = "out/qaf-report.html"] = process.argv.slice(2);
const asOf = "2026-03-31"; // the last day of the sample: the end of a financial year

const input: unknown = JSON.parse(readFileSync(new URL("data/demo-county.json", import.meta.url), "utf8"));
const result = await evaluate(input, { asOf });
const { dataset } = parseDataset(input);

mkdirSync(dirname(resolve(outFile)), { recursive: true });
writeFileSync(outFile, htmlReport(result, dataset, { title: "Demo county: One Point QAF report" }));
process.stdout.write(textSummary(result));
console.log(`\nHTML report written to ${resolve(outFile)}`);
