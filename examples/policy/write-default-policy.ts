/**
 * Writes the default policy as JSON (docs/qaf-policy.json), its JSON Schema
 * (docs/policy.schema.json) and the scenario format's (docs/scenario.schema.json). Run after
 * changing a rule, a default or the scenario format:
 *
 *   npx tsx examples/policy/write-default-policy.ts
 */
import { writeFileSync } from "node:fs";
import { defaultPolicyFiles } from "./default-policy-files";

for (const [file, text] of Object.entries(defaultPolicyFiles())) {
  writeFileSync(new URL(`../../${file}`, import.meta.url), text);
  console.log(`wrote ${file}`);
}
