import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Evaluation } from "../../src";
import { CSV_EXPORT, ROOT, cli, exportCopy } from "./helpers";

describe("help and usage", () => {
  it("prints help for the program and each command, exit 0", async () => {
    const r = await cli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: one-point-qaf <command>");
    for (const c of ["evaluate", "due", "demo", "schema"]) {
      const h = await cli([c, "--help"]);
      expect([h.code, h.stdout.startsWith(`Usage: one-point-qaf ${c}`)]).toEqual([0, true]);
    }
  });
  it("exits 2 with a message for no command, an unknown command or option, or a missing --as-of", async () => {
    expect((await cli([])).code).toBe(2);
    const unknown = await cli(["frobnicate"]);
    expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringContaining('unknown command "frobnicate"')]);
    const option = await cli(["evaluate", CSV_EXPORT, "--as-off", "2024-09-30"]);
    expect([option.code, option.stderr]).toEqual([2, expect.stringContaining("--as-off")]);
    const noAsOf = await cli(["evaluate", CSV_EXPORT]);
    expect([noAsOf.code, noAsOf.stderr]).toEqual([2, expect.stringContaining("--as-of")]);
    const badDay = await cli(["evaluate", CSV_EXPORT, "--as-of", "2024-02-30"]);
    expect([badDay.code, badDay.stderr]).toEqual([2, expect.stringContaining("asOf")]);
    expect((await cli(["evaluate", join(ROOT, "no-such-folder"), "--as-of", "2024-09-30"])).code).toBe(2);
  });
});

describe("evaluate a folder of CSV files", () => {
  it("writes only the evaluation on stdout, progress on stderr; DD/MM/YYYY dates, item files and lists are read", async () => {
    const r = await cli(["evaluate", CSV_EXPORT, "--as-of", "2024-09-30"]);
    expect(r.code).toBe(0);
    const ev = JSON.parse(r.stdout) as Evaluation;
    expect(ev.rejected).toEqual([]);
    expect(ev.counts.staff).toEqual({ received: 4, evaluated: 4, rejected: 0 });
    expect(ev.counts.cases).toEqual({ received: 1, evaluated: 1, rejected: 0 });
    const byId = new Map(ev.obligations.map((o) => [o.id, o]));
    // Feedback 12/06/2024 + 5 working days = 19 June; the QISP went to om on 25/06/2024: late.
    expect(byId.get("audit.qisp/audit:a1")).toMatchObject({ dueBy: "2024-06-19", status: "met-late", metOn: "2024-06-25" });
    // The action comes from audits.actions.csv, due 10/07/2024 and never completed.
    expect(byId.get("audit.actions/action:a1-1")).toMatchObject({ dueBy: "2024-07-10", status: "overdue" });
    // agenda "actions-progress;wellbeing;worries" is three of the ten items.
    expect(ev.breaches.some((b) => b.ruleId === "supervision.agenda" && b.subject.id === "sup1")).toBe(true);
    expect(r.stderr).toContain("read staff.csv: 4 staff records");
  });

  it("is silent on stderr with --quiet", async () => {
    expect((await cli(["evaluate", CSV_EXPORT, "--as-of", "2024-09-30", "--quiet"])).stderr).toBe("");
  });

  it("exits 1 with --fail-on-breach when a breach is active", async () => {
    const r = await cli(["evaluate", CSV_EXPORT, "--as-of", "2024-09-30", "--quiet", "--fail-on-breach"]);
    expect([r.code, r.stderr]).toEqual([1, expect.stringContaining("active breach")]);
  });

  it("writes CSV tables, Markdown and HTML", async () => {
    const obligations = await cli(["evaluate", CSV_EXPORT, "--as-of", "2024-09-30", "--quiet", "--format", "csv", "--table", "obligations"]);
    expect(obligations.stdout.startsWith("id,ruleId,subjectType,subjectId,")).toBe(true);
    const breaches = await cli(["evaluate", CSV_EXPORT, "--as-of", "2024-09-30", "--quiet", "--format", "csv"]);
    expect(breaches.stdout.startsWith("id,ruleId,obligationId,")).toBe(true);
    const md = await cli(["evaluate", CSV_EXPORT, "--as-of", "2024-09-30", "--quiet", "--format", "md"]);
    expect(md.stdout).toContain("## Breaches by rule");
    const dir = exportCopy();
    const html = await cli(["evaluate", CSV_EXPORT, "--as-of", "2024-09-30", "--quiet", "--format", "html", "--out", join(dir, "r/report.html")]);
    expect(html.stdout).toBe("");
    expect(readFileSync(join(dir, "r/report.html"), "utf8")).toContain("<!doctype html>");
    expect((await cli(["evaluate", CSV_EXPORT, "--as-of", "2024-09-30", "--format", "pdf"])).code).toBe(2);
  });

  it("takes a patch of the parameters as --policy, and exits 2 for a bad one", async () => {
    const dir = exportCopy();
    writeFileSync(join(dir, "ok.json"), JSON.stringify({ survey: { targetRate: 0.2 } }));
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ survey: { targetRate: "high" } }));
    expect((await cli(["evaluate", CSV_EXPORT, "--as-of", "2024-09-30", "--quiet", "--policy", join(dir, "ok.json")])).code).toBe(0);
    const bad = await cli(["evaluate", CSV_EXPORT, "--as-of", "2024-09-30", "--quiet", "--policy", join(dir, "bad.json")]);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining("survey.targetRate")]);
  });
});

describe("bad input", () => {
  it("reports a rejected row by file, row and column, and still evaluates the rest", async () => {
    const dir = exportCopy();
    writeFileSync(join(dir, "staff.csv"), readFileSync(join(dir, "staff.csv"), "utf8") + "p2,practitioner,t1,,tm,full-time,31/02/2024,,\n");
    const r = await cli(["evaluate", dir, "--as-of", "2024-09-30"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("\n  staff.startedOn (1 record: p2; first at staff.csv row 6, column startedOn): ");
    expect(r.stderr).not.toMatch(/^rejected: /m);
    expect((await cli(["evaluate", dir, "--as-of", "2024-09-30", "--verbose"])).stderr).toMatch(/^rejected: staff\.csv row 6, column startedOn \(staff p2\): /m);
    expect((JSON.parse(r.stdout) as Evaluation).counts.staff).toEqual({ received: 5, evaluated: 4, rejected: 1 });
    expect((await cli(["evaluate", dir, "--as-of", "2024-09-30", "--quiet", "--strict"])).code).toBe(2);
  });

  it("points at the item file's row for a bad item, and rejects an item whose parent is missing", async () => {
    const dir = exportCopy();
    writeFileSync(join(dir, "cases.children.csv"), "caseId,id,dateOfBirth\n100,c1,2012-13-45\n999,c2,2012-01-01\n");
    const r = await cli(["evaluate", dir, "--as-of", "2024-09-30", "--verbose"]);
    expect(r.stderr).toContain("rejected: cases.children.csv row 2, column dateOfBirth (cases 100): ");
    expect(r.stderr).toContain("rejected: cases.children.csv row 3, column caseId: no cases record has this id");
  });

  it("exits 2 naming the file and row for broken CSV or a row of the wrong width", async () => {
    const dir = exportCopy();
    writeFileSync(join(dir, "teams.csv"), 'id,areaId,type\n"t1,north,IFST\n');
    const r = await cli(["evaluate", dir, "--as-of", "2024-09-30"]);
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("teams.csv row 2: a quoted field is never closed")]);
    writeFileSync(join(dir, "teams.csv"), "id,areaId,type\nt1,north\n");
    expect((await cli(["evaluate", dir, "--as-of", "2024-09-30"])).stderr).toContain("teams.csv row 2: 2 cells, but the header has 3 columns");
  });

  it("reads NDJSON and names the line of broken JSON", async () => {
    const dir = exportCopy();
    rmSync(join(dir, "areas.csv")); // the areas now come from NDJSON
    writeFileSync(join(dir, "areas.ndjson"), '{"id":"north"}\n{"id":\n');
    const r = await cli(["evaluate", dir, "--as-of", "2024-09-30"]);
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("areas.ndjson line 2: not valid JSON")]);
  });

  it("says where a JSON file stops parsing without quoting it (it may hold personal data)", async () => {
    const dir = exportCopy();
    rmSync(join(dir, "areas.csv"));
    writeFileSync(join(dir, "areas.json"), '[{"id":"north","name":"Jane Doe, 1 Oak Road" oops}]');
    const r = await cli(["evaluate", dir, "--as-of", "2024-09-30"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/areas\.json: not valid JSON( at position \d+)?\n/);
    expect(r.stderr).not.toContain("Oak Road");
    expect(r.stderr).not.toContain("oops");
  });

  it("says which files it ignored", async () => {
    const dir = exportCopy();
    writeFileSync(join(dir, "notes.txt"), "hello");
    expect((await cli(["evaluate", dir, "--as-of", "2024-09-30"])).stderr).toContain("ignored: notes.txt");
  });

  it("evaluates a single JSON dataset file, locating rejections by path", async () => {
    const dir = exportCopy();
    const file = join(dir, "dataset.json");
    writeFileSync(file, JSON.stringify({ areas: [{ id: "north" }, { name: "no id" }] }));
    const r = await cli(["evaluate", file, "--as-of", "2024-09-30"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("  areas.id (1 record: areas[1]; first at dataset.json: areas[1].id): ");
  });
});

describe("due, schema and demo", () => {
  it("lists what falls due for a manager and their line", async () => {
    const r = await cli(["due", CSV_EXPORT, "--as-of", "2024-09-20", "--owner", "om", "--quiet", "--format", "json"]);
    expect(r.code).toBe(0);
    const due = JSON.parse(r.stdout) as { ruleId: string; dueBy: string }[];
    expect(due.find((o) => o.ruleId === "audit.ops-supervision-audit")?.dueBy).toBe("2024-09-30");
    expect(due.every((o, k) => k === 0 || (due[k - 1] as { dueBy: string }).dueBy <= o.dueBy)).toBe(true);
    const text = await cli(["due", CSV_EXPORT, "--as-of", "2024-09-20", "--owner", "om", "--quiet"]);
    expect(text.stdout).toMatch(/^Due from 2024-09-20 within 14 days, for om and their line: \d+\n/);
    expect((await cli(["due", CSV_EXPORT, "--as-of", "2024-09-20", "--within", "two"])).code).toBe(2);
  });

  it("prints the dataset JSON Schema", async () => {
    const r = await cli(["schema"]);
    expect((JSON.parse(r.stdout) as { title: string }).title).toBe("One Point QAF dataset");
  });

  it("runs the demo on the county it generates (no data file needed): a summary on stdout, the HTML report written where it says", async () => {
    const dir = exportCopy();
    const r = await cli(["demo"], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("generating the demo county\n");
    expect(r.stderr).not.toContain("not found");
    expect(r.stdout).toContain("One Point QAF as of 2026-03-31");
    expect(r.stdout).toContain(`HTML report written to ${join(dir, "out/qaf-report.html")}`);
    expect(existsSync(join(dir, "out/qaf-report.html"))).toBe(true);
  });

  it("runs as a real process", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/bin.ts", "--help"], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Usage: one-point-qaf <command>");
  });
});
