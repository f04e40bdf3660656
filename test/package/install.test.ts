import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { run } from "./helpers";

const project = inject("project");
/** The most packages a fresh install of the package may add, itself included. */
const MAX_PACKAGES = 40;

describe("a fresh install of the packed package", () => {
  it(`adds at most ${MAX_PACKAGES} packages, none of them deprecated`, () => {
    const tarball = readdirSync(project).find((f) => f.endsWith(".tgz"));
    expect(tarball).toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), "qaf-install-"));
    try {
      writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "qaf-fresh", private: true }));
      const installed = run("npm", ["install", "--no-audit", "--no-fund", join(project, tarball ?? "")], dir);
      expect(`${installed.stdout}\n${installed.stderr}`.toLowerCase()).not.toContain("deprecated");
      const listed = run("npm", ["ls", "--all", "--parseable"], dir).stdout.trim().split("\n").slice(1);
      expect(listed.length, listed.join("\n")).toBeLessThanOrEqual(MAX_PACKAGES);
      expect(listed.some((p) => p.endsWith("/exceljs"))).toBe(false);
      console.log(`a fresh install adds ${listed.length} packages`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
