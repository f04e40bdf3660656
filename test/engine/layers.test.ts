import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const config = repo(".dependency-cruiser.js");
const depcruise = repo("node_modules/dependency-cruiser/bin/dependency-cruise.mjs");

/** A scratch tree laid out as `src/` is, holding only the given files. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "qaf-layers-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const made: string[] = [];
afterAll(() => {
  for (const root of made) rmSync(root, { recursive: true, force: true });
});

/** Runs the lint's import check (as `npm run lint` does) on a scratch tree: its exit status and each violation as `rule: from`. */
function cruise(files: Record<string, string>): { status: number | null; violations: string[] } {
  const root = tree(files);
  made.push(root);
  const run = spawnSync(process.execPath, [depcruise, "src", "--config", config], { cwd: root, encoding: "utf8" });
  const violations = [...run.stdout.matchAll(/^\s*error ([\w-]+): (\S+)/gm)].map(([, rule, from]) => `${rule}: ${from}`);
  return { status: run.status, violations: violations.sort() };
}

describe("the import check of npm run lint", () => {
  it("fails on an upward import, a type-only cycle, a stray engine file, and an import across the engine's edges", () => {
    const { status, violations } = cruise({
      "src/engine/run/high.ts": `import { low } from "../dataset-index/low";\nexport const high = low;\n`,
      "src/engine/dataset-index/low.ts": `import type { Late } from "../run/late";\nexport const low: Late = 1;\n`,
      "src/engine/run/late.ts": `export type Late = number;\n`,
      "src/text/a.ts": `import type { B } from "./b";\nexport type A = B | 1;\n`,
      "src/text/b.ts": `import type { A } from "./a";\nexport type B = A | 2;\n`,
      "src/engine/stray.ts": `import { high } from "./run/high";\nexport const stray = high;\n`,
      "src/engine/kinds/kind.ts": `import type { Why } from "../../explain/why";\nexport type Kind = Why;\n`,
      "src/explain/why.ts": `export type Why = string;\n`,
      "src/model/reads-the-engine.ts": `import { low } from "../engine/dataset-index/low";\nexport const reads = low;\n`,
    });
    expect(status).not.toBe(0);
    expect(violations).toEqual([
      "below-the-engine-imports-it: src/model/reads-the-engine.ts",
      "engine-file-outside-a-layer: src/engine/stray.ts",
      "engine-imports-what-builds-on-it: src/engine/kinds/kind.ts",
      "engine-layer-dataset-index: src/engine/dataset-index/low.ts",
      "no-circular: src/text/a.ts",
    ]);
  });

  it("passes imports that point down the pipeline, type-only or not", () => {
    const { status, violations } = cruise({
      "src/engine/run/high.ts": `import { low } from "../dataset-index/low";\nimport type { Mid } from "../kinds/mid";\nexport const high: Mid = low;\n`,
      "src/engine/kinds/mid.ts": `import type { Low } from "../slicing/lowest";\nexport type Mid = Low;\n`,
      "src/engine/dataset-index/low.ts": `export const low = 1;\n`,
      "src/engine/slicing/lowest.ts": `export type Low = number;\n`,
    });
    expect(violations).toEqual([]);
    expect(status).toBe(0);
  });
});
