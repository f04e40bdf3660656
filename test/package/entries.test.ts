import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { node } from "./helpers";

const project = inject("project");
const installed = join(project, "node_modules/one-point-qaf");
const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as {
  exports: Record<string, unknown>;
  typesVersions: Record<string, Record<string, string[]>>;
};
const subpaths = Object.keys(manifest.exports).filter((p) => p !== "." && p !== "./package.json");
const specifiers = ["one-point-qaf", ...subpaths.map((p) => `one-point-qaf/${p.slice(2)}`)];

/** A script that loads every entry point and prints whether a testing error is the main entry's QafError. */
const identityCheck = (load: (specifier: string) => string) => `
${specifiers.map((s, i) => `const m${i} = ${load(s)};`).join("\n")}
const loaded = [${specifiers.map((_, i) => `m${i}`).join(", ")}].map((m) => Object.keys(m).length);
let thrown;
try { await m${specifiers.indexOf("one-point-qaf/testing")}.runScenario({}); } catch (error) { thrown = error; }
console.log(JSON.stringify({ loaded, name: thrown?.name, isQafError: thrown instanceof m0.QafError }));
`;

describe("the packed package", () => {
  it("ships its documents, its licence and no source maps", () => {
    for (const file of ["LICENSE", "README.md", "CHANGELOG.md", "docs/cli.md", "docs/policy.md", "docs/rules.md", "docs/architecture.md", "docs/qaf-policy.json"]) {
      expect(existsSync(join(installed, file)), file).toBe(true);
    }
    expect(readFileSync(join(installed, "LICENSE"), "utf8")).toContain("MIT License");
    expect(readdirSync(join(installed, "dist")).filter((f) => f.endsWith(".map"))).toEqual([]);
    expect(existsSync(join(installed, "src"))).toBe(false);
  });

  it("has every docs/ file the README and the docs name", () => {
    const named = new Set<string>();
    for (const file of ["README.md", ...readdirSync(join(installed, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)]) {
      for (const m of readFileSync(join(installed, file), "utf8").matchAll(/\bdocs\/[\w./-]+\.(?:md|json)\b/g)) named.add(m[0]);
    }
    expect(named.size).toBeGreaterThan(4);
    expect([...named].filter((file) => !existsSync(join(installed, file)))).toEqual([]);
  });

  it("points no reader at the source, the tests or a file the package does not ship", () => {
    const cited: string[] = [];
    // docs/architecture.md is the contributors' guide to the source repository, and says so.
    for (const file of ["README.md", ...readdirSync(join(installed, "docs")).filter((f) => f.endsWith(".md") && f !== "architecture.md").map((f) => `docs/${f}`)]) {
      readFileSync(join(installed, file), "utf8").split("\n").forEach((line, i) => {
        for (const m of line.matchAll(/(?<![\w/.-])(?:\.\.\/)?((?:src|test|examples|spec|shared)\/[\w./<>*-]*|data\.md)/g)) {
          const path = m[1] ?? "";
          if (!(path.startsWith("examples/") && existsSync(join(installed, path)))) cited.push(`${file}:${i + 1}: ${path}`);
        }
      });
    }
    expect(cited).toEqual([]);
  });

  it("ships the examples the docs cite: the policy suite, the CSV export and the data team's scripts", () => {
    for (const file of ["examples/policy/council-suite.ts", "examples/policy/survey-base-dataset.json", "examples/data/csv-export/staff.csv", "examples/due-next-14-days.ts"]) {
      expect(existsSync(join(installed, file)), file).toBe(true);
    }
  });

  it("--help points at the CLI documentation inside the installed package", () => {
    const help = node(project, [join(installed, "dist/cli.js"), "--help"]).stdout;
    expect(help).toContain("node_modules/one-point-qaf/docs/cli.md");
  });

  it("names every subpath in typesVersions, for moduleResolution node (node10)", () => {
    const mapped = manifest.typesVersions["*"] ?? {};
    expect(Object.keys(mapped).sort()).toEqual(subpaths.map((p) => p.slice(2)).sort());
    for (const targets of Object.values(mapped)) for (const target of targets) expect(existsSync(join(installed, target)), target).toBe(true);
  });

  it("under import: every entry loads and an error thrown by one-point-qaf/testing is the main entry's QafError", () => {
    const out = node(project, ["--input-type=module", "-e", identityCheck((s) => `await import(${JSON.stringify(s)})`)]);
    const seen = JSON.parse(out.stdout) as { loaded: number[]; name: string; isQafError: boolean };
    expect(seen.loaded.every((n) => n > 0)).toBe(true);
    expect(seen).toMatchObject({ name: "InvalidScenarioError", isQafError: true });
  });

  it("under require: the same, one class identity across entry points (one shared chunk)", () => {
    const script = `(async () => {${identityCheck((s) => `require(${JSON.stringify(s)})`)}})();`;
    const out = node(project, ["--input-type=commonjs", "-e", script]);
    const seen = JSON.parse(out.stdout) as { loaded: number[]; name: string; isQafError: boolean };
    expect(seen.loaded.every((n) => n > 0)).toBe(true);
    expect(seen).toMatchObject({ name: "InvalidScenarioError", isQafError: true });
  });

  it("across builds: an error thrown by the CommonJS build is instanceof the ES module build's classes, and back", () => {
    const script = `
import { createRequire } from "node:module";
const esm = await import("one-point-qaf");
const cjs = createRequire(import.meta.url)("one-point-qaf");
const seen = {};
for (const [from, to, name] of [[cjs, esm, "cjs->esm"], [esm, cjs, "esm->cjs"]]) {
  let thrown;
  try { from.dueSoon({ obligations: [] }, { asOf: "2025-02-30" }); } catch (error) { thrown = error; }
  seen[name] = [thrown instanceof to.QafError, thrown instanceof to.InvalidOptionsError, thrown instanceof to.InvalidPolicyError, to.isQafError(thrown), from.QafError === to.QafError];
}
console.log(JSON.stringify(seen));`;
    const seen = JSON.parse(node(project, ["--input-type=module", "-e", script]).stdout) as Record<string, boolean[]>;
    expect(seen).toEqual({ "cjs->esm": [true, true, false, true, false], "esm->cjs": [true, true, false, true, false] });
  });
});
