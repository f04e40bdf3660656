/**
 * Compare two as-of dates: which breaches are new since the earlier date, and which
 * were put right.
 *
 *   npx tsx examples/compare-as-of.ts [folder] [earlier] [later]
 */
import { evaluate } from "one-point-qaf";
import { loadExport } from "one-point-qaf/node";

const [folder = "examples/data/csv-export", earlier = "2024-07-31", later = "2024-09-30"] = process.argv.slice(2);

const { dataset } = await loadExport(folder);
// The same window start for both, so that the later evaluation sees everything the earlier one did.
const from = "2024-04-01";
const before = await evaluate(dataset, { asOf: earlier, from });
const after = await evaluate(dataset, { asOf: later, from });

const activeBefore = new Set(before.breaches.filter((b) => b.status === "active").map((b) => b.id));
const seenBefore = new Set(before.breaches.map((b) => b.id));
const added = after.breaches.filter((b) => !seenBefore.has(b.id));
const putRight = after.breaches.filter((b) => activeBefore.has(b.id) && b.status === "resolved");

console.log(`${earlier}: ${activeBefore.size} active breaches`);
console.log(`${later}: ${after.breaches.filter((b) => b.status === "active").length} active breaches`);
console.log(`New since ${earlier}: ${added.length}`);
for (const b of added) console.log(`  + ${b.since} ${b.ruleId} ${b.subject.type} ${b.subject.id}`);
console.log(`Put right since ${earlier}: ${putRight.length}`);
for (const b of putRight) console.log(`  - ${b.resolvedOn ?? ""} ${b.ruleId} ${b.subject.type} ${b.subject.id}`);
