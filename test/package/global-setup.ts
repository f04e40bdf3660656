import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { ROOT, run } from "./helpers";

declare module "vitest" {
  export interface ProvidedContext {
    /** The scratch project with the packed package installed in node_modules. */
    project: string;
  }
}

/**
 * Packs the built package (`npm pack`, the same files as a publish), installs the tarball in
 * a scratch project (its dependencies from npm's cache when there), and leaves beside it the
 * files the documentation's code blocks name: `dataset.json` (a small demo county), `export/` (the
 * CSV export example), `last-week.json` (an earlier evaluation of it), `durham-2025.json` (a copy of the default policy), `proposal.json` (a
 * parameter change) and `policy-tests/` (the example scenario suite). Set KEEP_PACKAGE_PROJECT=1 to keep the folder.
 *
 * @param project - vitest's project, to provide the folder to the tests
 * @returns the teardown
 */
export default function setup(project: TestProject): () => void {
  if (readdirSync(join(ROOT, "dist")).length === 0) throw new Error("dist/ is empty: run `npm run build` first");
  const dir = mkdtempSync(join(tmpdir(), "qaf-package-"));
  const packed = run("npm", ["pack", "--silent", "--pack-destination", dir], ROOT);
  const tarball = packed.stdout.trim().split("\n").pop() ?? "";
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "qaf-user", private: true, type: "module" }));
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts", `./${tarball}`], dir);
  // A small county from the packed demo entry: the blocks' evaluations stay quick.
  const county = 'import { generateCounty } from "one-point-qaf/demo"; process.stdout.write(JSON.stringify(generateCounty({ areas: 1, teamsPerArea: 2 })));';
  writeFileSync(join(dir, "dataset.json"), run(process.execPath, ["--input-type=module", "-e", county], dir).stdout);
  cpSync(join(ROOT, "examples/data/csv-export"), join(dir, "export"), { recursive: true });
  // An earlier evaluation of the export, for `changes --since last-week.json`.
  const cli = join(dir, "node_modules/one-point-qaf/dist/cli.js");
  run(process.execPath, [cli, "evaluate", "export", "--as-of", "2025-03-24", "--format", "json", "--out", "last-week.json", "--quiet"], dir);
  cpSync(join(ROOT, "docs/qaf-policy.json"), join(dir, "durham-2025.json"));
  writeFileSync(join(dir, "proposal.json"), JSON.stringify({ survey: { targetRate: 0.15 } }));
  cpSync(join(ROOT, "examples/policy"), join(dir, "policy-tests"), { recursive: true });
  project.provide("project", dir);
  return () => {
    if (process.env["KEEP_PACKAGE_PROJECT"] === "1") console.log(`package project kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  };
}
