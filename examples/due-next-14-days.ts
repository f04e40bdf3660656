/**
 * What falls due in the next 14 days for one team manager and everyone they manage.
 *
 *   npx tsx examples/due-next-14-days.ts [folder] [asOf] [managerId]
 */
import { evaluate, parseDataset } from "one-point-qaf";
import { loadExport } from "one-point-qaf/node";
import { dueSoon } from "one-point-qaf/query";

const [folder = "examples/data/csv-export", asOf = "2024-09-20", manager = "tm"] = process.argv.slice(2);

const { dataset: input } = await loadExport(folder);
const result = await evaluate(input, { asOf });
const { dataset } = parseDataset(input);
const due = dueSoon(result, { within: 14, owner: manager, dataset });

console.log(`Due from ${asOf} within 14 days for ${manager} and their team: ${due.length}`);
for (const o of due) console.log(`  ${o.dueBy}  ${o.ruleId.padEnd(40)} ${o.subject.type} ${o.subject.id}  (${o.owner.staffId ?? ""})`);
