import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { generateCounty } from "../../src/demo";

// examples/data/demo-county.json is the default generation, committed for examples and
// apps that are not TypeScript. This keeps it from rotting: regenerate it with
//   npx tsx -e 'import("./src/demo/index.ts").then(({generateCounty:g})=>{const d=g();process.stdout.write("{\n"+Object.entries(d).map(([k,v])=>JSON.stringify(k)+":"+JSON.stringify(v)).join(",\n")+"\n}\n")})' > examples/data/demo-county.json
it("examples/data/demo-county.json equals generateCounty()", () => {
  const file = new URL("../../examples/data/demo-county.json", import.meta.url);
  const committed = JSON.stringify(JSON.parse(readFileSync(file, "utf8")));
  // Compared as canonical JSON text: exact (key order included), fast, and a short failure.
  expect(committed === JSON.stringify(generateCounty()), "stale sample: regenerate it (command above)").toBe(true);
});
