import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function run(script: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["--import", "tsx", `examples/${script}`, ...args], { cwd: ROOT, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("the examples a data team copies still run", () => {
  it("evaluate-folder.ts writes breaches.csv and summary.md", () => {
    const out = mkdtempSync(join(tmpdir(), "qaf-ex-"));
    const r = run("evaluate-folder.ts", ["examples/data/csv-export", "2024-09-30", out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\d+ obligations, \d+ active breaches; wrote /);
    expect(readFileSync(join(out, "breaches.csv"), "utf8").startsWith("id,ruleId,obligationId,")).toBe(true);
    expect(readFileSync(join(out, "summary.md"), "utf8")).toContain("# One Point QAF: evaluation as of 2024-09-30");
  });

  it("compare-as-of.ts lists what is new and what was put right", () => {
    const r = run("compare-as-of.ts", ["examples/data/csv-export", "2024-07-31", "2024-09-30"]);
    expect(r.status).toBe(0);
    // The action a1-1 fell due on 10 July: already a breach at the end of July, so not new in September.
    expect(r.stdout).not.toContain("+ 2024-07-11 audit.actions");
    // The operations manager's August supervision audit was missed: a breach from 1 September, new since July.
    expect(r.stdout).toContain("+ 2024-09-01 audit.ops-supervision-audit staff om");
    expect(r.stdout).toMatch(/Put right since 2024-07-31: \d+/);
  });

  it("due-next-14-days.ts lists one manager's line, soonest first", () => {
    const r = run("due-next-14-days.ts", ["examples/data/csv-export", "2024-09-20", "om"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Due from 2024-09-20 within 14 days for om and their team: \d+/);
    expect(r.stdout).toMatch(/2024-09-30 {2}audit\.ops-supervision-audit/);
  });

  it("policy/replace-a-rule.ts retires a rule on a date, adds its successor, and writes a proposal the CLI compares", () => {
    const out = join(mkdtempSync(join(tmpdir(), "qaf-ex-")), "proposal.json");
    const r = run("policy/replace-a-rule.ts", ["examples/data/demo-county.json", "2025-03-31", out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Rules added: audit.feedback-5-days; changed: audit.feedback\n");
    expect(r.stdout).toMatch(/ {2}audit\.feedback-5-days: [1-9]\d* added, 0 removed, 0 changed/);
    expect(r.stdout).toMatch(/ {2}audit\.feedback: 0 added, [1-9]\d* removed, 0 changed/);
    expect(r.stdout).toMatch(/\n\d+ new breaches, \d+ gone; the first new ones:\n {2}audit\.feedback-5-days\/audit:/);
    expect(JSON.parse(readFileSync(out, "utf8")).rules.find((x: { id: string }) => x.id === "audit.feedback").effective).toEqual({ to: "2024-09-30" });
  });

  it("demo.ts prints the summary and writes the HTML report", () => {
    const out = join(mkdtempSync(join(tmpdir(), "qaf-ex-")), "report.html");
    const r = run("demo.ts", [out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("One Point QAF as of 2026-03-31");
    expect(existsSync(out)).toBe(true);
  });
});
