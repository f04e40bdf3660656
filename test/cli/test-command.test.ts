import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenarioFile } from "../../src/testing";
import { ROOT, cli } from "./helpers";

const EXAMPLES = join(ROOT, "examples", "policy");
/** A folder holding the given scenarios. */
function scenarios(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "qaf-test-"));
  for (const [name, value] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(value));
  return dir;
}

describe("one-point-qaf test", () => {
  it("refuses a scenario whose dataset.base is a device or a pipe, at once, with exit 2", async () => {
    const dir = scenarios({
      "zero.scenario.json": { name: "zero", asOf: "2025-03-31", dataset: { base: "/dev/zero" }, expect: { rejected: [] } },
    });
    execFileSync("mkfifo", [join(dir, "fifo.json")]);
    writeFileSync(join(dir, "fifo.scenario.json"), JSON.stringify({ name: "fifo", asOf: "2025-03-31", dataset: { base: "./fifo.json" }, expect: { rejected: [] } }));
    const r = await cli(["test", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("not a regular file");
  });

  it("runs every scenario of a folder, one line each, and exits 0 when all pass", async () => {
    const r = await cli(["test", EXAMPLES]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n").filter((l) => l.startsWith("pass  "))).toHaveLength(3);
    expect(r.stdout).toContain("3 passed, 0 failed");
  });

  it("prints what differs under a failing scenario and exits 1", async () => {
    // The YAML example, its base dataset read in, expecting a breach that today's target does not give.
    const today = loadScenarioFile(join(EXAMPLES, "survey-target-today.scenario.yaml"));
    const wrong = {
      ...today, name: "expects a breach that is not there",
      expect: { breaches: [{ ruleId: "survey.completion-target", period: { from: "2025-04-01" } }] },
    };
    const dir = scenarios({ "wrong.scenario.json": wrong, "notes.json": { ignored: true } });
    const r = await cli(["test", dir, join(EXAMPLES, "survey-target-15.scenario.json")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("FAIL  expects a breach that is not there");
    expect(r.stdout).toMatch(/\n {6}- no breach of rule survey\.completion-target/);
    expect(r.stdout).toContain("1 passed, 1 failed");
  });

  it("exits 2 on a malformed scenario, a missing path, no path, or a folder without scenarios; has --help", async () => {
    const dir = scenarios({ "bad.scenario.json": { name: "no asOf", dataset: {}, expect: { rejected: [] } } });
    const bad = await cli(["test", dir]);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining("asOf")]);
    expect((await cli(["test", join(dir, "nope.scenario.json")])).code).toBe(2);
    expect((await cli(["test"])).code).toBe(2);
    expect((await cli(["test", scenarios({})])).stderr).toContain("no *.scenario.json (or .yaml) file found");
    const h = await cli(["test", "--help"]);
    expect([h.code, h.stdout.startsWith("Usage: one-point-qaf test")]).toEqual([0, true]);
    expect((await cli(["--help"])).stdout).toContain("test <scenario files|folders>");
  });
});
