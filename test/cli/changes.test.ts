/** `one-point-qaf changes` on the hand-worked week of test/compare/weekly-fixture.ts. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { EvaluationChanges } from "../../src";
import { actionsPolicy, weeklyDataset } from "../compare/weekly-fixture";
import { cli } from "./helpers";

/** A folder holding the week's dataset, its policy, and last Friday's evaluation as `evaluate --format json` wrote it. */
async function lastWeek(): Promise<{ dir: string; run: (...args: string[]) => ReturnType<typeof cli> }> {
  const dir = mkdtempSync(join(tmpdir(), "qaf-changes-"));
  writeFileSync(join(dir, "data.json"), JSON.stringify(weeklyDataset()));
  writeFileSync(join(dir, "policy.json"), JSON.stringify(actionsPolicy));
  const first = await cli(["evaluate", "data.json", "--as-of", "2024-07-05", "--policy", "policy.json", "--format", "json", "--out", "last-week.json", "--quiet"], dir);
  expect([first.code, first.stderr]).toEqual([0, ""]);
  const run = (...args: string[]) => cli(["changes", "data.json", "--policy", "policy.json", "--quiet", ...args], dir);
  return { dir, run };
}

describe("changes", () => {
  it("writes what changed since last week's evaluation, as Markdown by default", async () => {
    const { run } = await lastWeek();
    const r = await run("--as-of", "2024-07-12", "--since", "last-week.json");
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toMatch(/^# One Point QAF: changes from 2024-07-05 to 2024-07-12\n/);
    expect(r.stdout).toContain("| North FCT | p2 (practitioner) | audit.actions | action x3 | medium | 2024-07-11 |");
  });

  it("writes JSON, CSV and HTML, to --out", async () => {
    const { dir, run } = await lastWeek();
    const json = JSON.parse((await run("--as-of", "2024-07-12", "--since", "last-week.json", "--format", "json")).stdout) as EvaluationChanges;
    expect(json.breaches.began.map((c) => c.item.id)).toEqual(["audit.actions/action:x3#breach"]);
    expect((await run("--as-of", "2024-07-12", "--since", "last-week.json", "--format", "csv")).stdout).toMatch(/^change,team,owner,.*\r\nbegan,North FCT,/);
    const html = await run("--as-of", "2024-07-12", "--since", "last-week.json", "--format", "html", "--out", "out/changes.html");
    expect([html.code, html.stdout]).toEqual([0, ""]);
    expect(readFileSync(join(dir, "out/changes.html"), "utf8")).toContain('<section id="changes">');
  });

  it("exits 2 without --since, with a bad --format, or a --since file that is not an evaluation (naming the paths, not the values)", async () => {
    const { dir, run } = await lastWeek();
    expect((await run("--as-of", "2024-07-12")).stderr).toContain("--since <evaluation.json> is required");
    expect((await run("--as-of", "2024-07-12", "--since", "last-week.json", "--format", "xml")).stderr).toContain("--format must be md, html, csv or json");
    writeFileSync(join(dir, "broken.json"), JSON.stringify({ asOf: "2024-07-05", breaches: [{ id: "Jane Doe" }] }));
    const broken = await run("--as-of", "2024-07-12", "--since", "broken.json");
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('broken.json: not an evaluation as "evaluate --format json" writes it\n  - window: is required');
    expect(broken.stderr).not.toContain("Jane Doe");
    expect((await run("--as-of", "2024-07-12", "--since", "missing.json")).stderr).toContain("missing.json: no such file");
  });

  it("exits 2 for an earlier --as-of, or another policy than last week's", async () => {
    const { dir, run } = await lastWeek();
    const earlier = await run("--as-of", "2024-07-01", "--since", "last-week.json");
    expect([earlier.code, earlier.stderr]).toEqual([2, expect.stringContaining("current.asOf: is before the earlier evaluation's asOf")]);
    writeFileSync(join(dir, "other.json"), JSON.stringify({ ...actionsPolicy, version: "2.0.0" }));
    const other = await cli(["changes", "data.json", "--policy", "other.json", "--as-of", "2024-07-12", "--since", "last-week.json", "--quiet"], dir);
    expect([other.code, other.stderr]).toEqual([2, expect.stringContaining("current.policy: is durham-optfs-qaf 2.0.0 but the earlier evaluation's is durham-optfs-qaf 1.0.0")]);
  });

  it("refuses to compare across a changed parameter patch: the policy changed, not the export", async () => {
    const { dir } = await lastWeek();
    writeFileSync(join(dir, "stricter.json"), JSON.stringify({ ...actionsPolicy, parameters: { ...actionsPolicy.parameters, escalation: { levelAfterWorkingDays: [5, 10] } } }));
    const r = await cli(["changes", "data.json", "--policy", "stricter.json", "--as-of", "2024-07-12", "--since", "last-week.json", "--quiet"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("current.policy.digest: is ");
    expect(r.stderr).toContain("the same policy id with other parameters or rule switches");
  });

  it("checks the earlier file's dates and ids as strictly as its own input", async () => {
    const { dir, run } = await lastWeek();
    const last = JSON.parse(readFileSync(join(dir, "last-week.json"), "utf8")) as { asOf: string; breaches: { id: string }[] };
    writeFileSync(join(dir, "bad-day.json"), JSON.stringify({ ...last, asOf: "2024-02-30" }));
    expect((await run("--as-of", "2024-07-12", "--since", "bad-day.json")).stderr).toContain("asOf: must be a real date written YYYY-MM-DD");
    const twice = { ...last, breaches: [...last.breaches, ...last.breaches.slice(0, 1)] };
    expect(last.breaches.length).toBeGreaterThan(0);
    writeFileSync(join(dir, "twice.json"), JSON.stringify(twice));
    const r = await run("--as-of", "2024-07-12", "--since", "twice.json");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`breaches[${last.breaches.length}].id: repeats an earlier breach's id`);
  });

  it("has --help, listed in the program's help", async () => {
    const h = await cli(["changes", "--help"]);
    expect([h.code, h.stdout.startsWith("Usage: one-point-qaf changes")]).toEqual([0, true]);
    expect((await cli(["--help"])).stdout).toContain("changes <file|folder> --as-of <date> --since <evaluation.json>");
  });
});
