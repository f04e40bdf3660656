import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { codeBlocks, type CodeBlock } from "./code-blocks";
import { ROOT, TSC, TSX, run } from "./helpers";

const project = inject("project");
const installed = join(project, "node_modules/one-point-qaf");
// The documents as shipped: README.md and docs/*.md of the installed package.
const documents = ["README.md", ...readdirSync(join(installed, "docs")).filter((f) => f.endsWith(".md")).sort().map((f) => `docs/${f}`)];
const blocks = documents.flatMap((file) => codeBlocks(file, readFileSync(join(installed, file), "utf8")));
const runnable = blocks.filter((b) => b.runs);

/** Runs one block in the scratch project, where `dataset.json` and `export/` are at hand. */
function runBlock(block: CodeBlock) {
  const name = `block-${block.file.replace(/\W+/g, "-")}-${block.line}`;
  if (block.lang === "sh" || block.lang === "bash" || block.lang === "shell") {
    return run("bash", ["-euo", "pipefail", "-c", block.code], project, false);
  }
  const file = `${name}.${block.lang.startsWith("t") ? "mts" : "mjs"}`;
  writeFileSync(join(project, file), block.code);
  return run(process.execPath, [TSX, file], project, false);
}

describe("every runnable code block of the README and docs runs against the packed package", () => {
  it("finds the blocks", () => {
    expect(runnable.length).toBeGreaterThan(3);
  });

  it.each(runnable.map((b) => [`${b.file}:${b.line} (${b.lang})`, b] as const))("%s", (_name, block) => {
    const r = runBlock(block);
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
  });
});

describe("the README's and docs' TypeScript blocks type-check against the packed package", () => {
  it("under strict, module nodenext", () => {
    const dir = join(project, "typed-blocks");
    mkdirSync(dir, { recursive: true });
    const files = runnable.filter((b) => b.lang === "ts").map((b) => {
      const file = `${b.file.replace(/\W+/g, "-")}-${b.line}.mts`;
      writeFileSync(join(dir, file), b.code);
      return file;
    });
    const compilerOptions = {
      module: "nodenext", target: "es2022", strict: true, noEmit: true, skipLibCheck: true,
      typeRoots: [join(ROOT, "node_modules/@types")], types: ["node"],
    };
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, files }));
    const r = run(process.execPath, [TSC, "-p", dir], project, false);
    expect(r.stdout + r.stderr).toBe("");
  });
});

describe("the block finder", () => {
  const md = [
    "```ts", "a();", "```",
    "<!-- not-runnable: a fragment -->", "", "```ts", "b();", "```",
    "```sh", "c", "```",
    "<!-- runnable -->", "```sh", "d", "```",
    "```json", "{}", "```",
  ].join("\n");

  it("runs ts blocks unless marked not-runnable, and sh blocks only when marked runnable", () => {
    expect(codeBlocks("x.md", md).map((b) => [b.lang, b.code.trim(), b.runs])).toEqual([
      ["ts", "a();", true], ["ts", "b();", false], ["sh", "c", false], ["sh", "d", true], ["json", "{}", false],
    ]);
  });
});
