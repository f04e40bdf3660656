import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { ROOT, TSX, node } from "./helpers";

const project = inject("project");

beforeAll(() => {
  cpSync(join(ROOT, "examples"), join(project, "examples"), { recursive: true });
});

describe("the examples run against the packed package", () => {
  it("import the package by name, never the repository's source", () => {
    const demo = readFileSync(join(project, "examples/demo.ts"), "utf8");
    expect(demo).toMatch(/from "one-point-qaf"/);
    expect(demo).not.toMatch(/from "\.\.?\/src/);
  });

  it("demo.ts prints the summary and writes the HTML report", () => {
    const r = node(project, [TSX, "examples/demo.ts", "out/report.html"]);
    expect(r.stdout).toContain("One Point QAF as of 2026-03-31");
    expect(existsSync(join(project, "out/report.html"))).toBe(true);
  });

  it("the council's scenario suite runs under node:test, a runner other than vitest", () => {
    writeFileSync(join(project, "council.test.ts"), [
      'import { describe, it } from "node:test";',
      'import { registerCouncilSuite } from "./examples/policy/council-suite.ts";',
      "registerCouncilSuite({ describe, it });",
      "",
    ].join("\n"));
    const r = node(project, ["--import", pathToFileURL(join(ROOT, "node_modules/tsx/dist/loader.mjs")).href, "--test", "council.test.ts"]);
    expect(r.stdout).toMatch(/# pass [1-9]/);
    expect(r.stdout).toMatch(/# fail 0/);
  });
});
