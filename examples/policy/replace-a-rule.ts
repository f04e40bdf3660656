/**
 * A council replaces a rule from a date: "from 1 October 2024, audit feedback within 5 working
 * days instead of 10". The old rule is retired on 30 September, a new one (its own id) is in
 * force from 1 October, so audits completed before keep the old deadline. Prints what the
 * change does to the demo county's 2024/25, and writes the proposed policy for
 * `one-point-qaf compare`.
 *
 *   npx tsx examples/policy/replace-a-rule.ts [dataset file or folder] [asOf] [out.json]
 */
import { writeFileSync } from "node:fs";
import { comparePolicies, parsePolicy, qafPolicy } from "one-point-qaf";
import { loadExport } from "one-point-qaf/node";

const [input = "examples/data/demo-county.json", asOf = "2025-03-31", out] = process.argv.slice(2);

const old = qafPolicy.rules.find((r) => r.id === "audit.feedback");
if (old?.kind !== "deadline") throw new Error("the default policy has no audit.feedback deadline");
// parsePolicy checks the edited document as a policy officer's file would be checked.
const proposal = parsePolicy({
  ...qafPolicy,
  version: `${qafPolicy.version}+feedback-5-days`,
  rules: [
    ...qafPolicy.rules.map((r) => (r === old ? { ...r, effective: { to: "2024-09-30" } } : r)),
    { ...old, id: "audit.feedback-5-days", effective: { from: "2024-10-01" }, due: { type: "working-days", after: "completedOn", count: 5 } },
  ],
});

const { dataset } = await loadExport(input);
const impact = await comparePolicies(dataset, qafPolicy, proposal, { asOf });
console.log(`Rules added: ${impact.rules.added.join(", ") || "none"}; changed: ${impact.rules.changed.join(", ") || "none"}`);
for (const [rule, t] of Object.entries(impact.counts.byRule)) {
  console.log(`  ${rule}: ${t.added} added, ${t.removed} removed, ${t.changed} changed`);
}
console.log(`${impact.breaches.added.length} new breaches, ${impact.breaches.removed.length} gone; the first new ones:`);
for (const d of impact.breaches.added.slice(0, 5)) console.log(`  ${d.id} since ${d.after?.since ?? "?"}`);
if (out) {
  writeFileSync(out, `${JSON.stringify(proposal, null, 2)}\n`);
  console.log(`wrote ${out}: npx one-point-qaf compare ${input} --as-of ${asOf} --proposal ${out}`);
}
