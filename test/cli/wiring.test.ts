/** The CLI's --jobs, --encoding, --format xlsx and evaluate --since. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { evaluateParallel } from "../../src/node";
import type { Evaluation } from "../../src";
import { autoJobs, PARALLEL_FROM_RECORDS } from "../../src/node/parallel";
import { CSV_EXPORT, cli, exportCopy } from "./helpers";

const AS_OF = ["--as-of", "2024-09-30"];

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "qaf-cli-wiring-"));
}

describe("--jobs", () => {
  it("gives the same evaluation with two worker threads as in-process", async () => {
    const dir = tempDir();
    const one = await cli(["evaluate", CSV_EXPORT, ...AS_OF, "--jobs", "1", "--format", "json", "--out", join(dir, "1.json"), "--quiet"]);
    const two = await cli(["evaluate", CSV_EXPORT, ...AS_OF, "--jobs", "2", "--format", "json", "--out", join(dir, "2.json"), "--quiet"]);
    expect([one.code, one.stderr, two.code, two.stderr]).toEqual([0, "", 0, ""]);
    const evaluation = JSON.parse(readFileSync(join(dir, "2.json"), "utf-8")) as Evaluation;
    expect(evaluation.breaches.length).toBeGreaterThan(0);
    expect(readFileSync(join(dir, "2.json"), "utf-8")).toBe(readFileSync(join(dir, "1.json"), "utf-8"));
  }, 60_000);

  it("reports progress from a parallel run, one step per part (one per job, one for the service), without cloning the callback to a worker", async () => {
    // The demo county reads no value forgivingly (the CSV export's UK dates would send the run back to one thread).
    const dataset: unknown = JSON.parse(readFileSync(new URL("../../examples/data/demo-county.json", import.meta.url), "utf8"));
    const events: { stage: string; done: number; total: number }[] = [];
    await evaluateParallel(dataset, { asOf: "2024-09-30", jobs: 2, onProgress: (e) => events.push(e) });
    expect(events).toEqual([1, 2, 3].map((done) => ({ stage: "rules", done, total: 3 })));
  }, 60_000);

  it("defaults to auto, one thread for an export this small: the same output as --jobs 1 and --jobs auto", async () => {
    expect(autoJobs(Math.min(PARALLEL_FROM_RECORDS - 1, 50_000_000), 64 * 1024 ** 3, 8)).toBe(1);
    const dir = tempDir();
    for (const [name, jobs] of [["default", []], ["auto", ["--jobs", "auto"]], ["one", ["--jobs", "1"]]] as const) {
      const r = await cli(["evaluate", CSV_EXPORT, ...AS_OF, ...jobs, "--format", "json", "--out", join(dir, `${name}.json`), "--quiet"]);
      expect([r.code, r.stderr]).toEqual([0, ""]);
    }
    expect(readFileSync(join(dir, "default.json"), "utf-8")).toBe(readFileSync(join(dir, "one.json"), "utf-8"));
    expect(readFileSync(join(dir, "auto.json"), "utf-8")).toBe(readFileSync(join(dir, "one.json"), "utf-8"));
  }, 60_000);

  it("refuses a job count that is not a whole number of 1 or more, on every evaluating command", async () => {
    for (const [command, value] of [["evaluate", "0"], ["due", "two"], ["changes", "1.5"], ["demo", "-1"]] as const) {
      const r = await cli([command, ...(command === "demo" ? [] : [CSV_EXPORT]), ...AS_OF, `--jobs=${value}`]);
      expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("--jobs must be auto or a whole number of 1 or more")]);
    }
  });
});

describe("--encoding", () => {
  const latin = (text: string): Buffer => Buffer.from(text, "latin1");

  it("reads a Windows-1252 export as told, without the guess's warning; utf-8 refuses it", async () => {
    const dir = exportCopy();
    writeFileSync(join(dir, "areas.csv"), latin("id,name\nnorth,Zo\u00e9 \u00a3\n"));
    const told = await cli(["evaluate", dir, ...AS_OF, "--encoding", "windows-1252", "--format", "json"]);
    expect(told.code).toBe(0);
    expect(told.stderr).not.toContain("warning");
    const guessed = await cli(["evaluate", dir, ...AS_OF, "--format", "json"]);
    expect(guessed.stderr).toContain("read as Windows-1252");
    const strict = await cli(["due", dir, ...AS_OF, "--encoding", "utf-8"]);
    expect([strict.code, strict.stderr]).toEqual([2, expect.stringContaining("areas.csv: is not valid UTF-8")]);
  });

  it("refuses an encoding it does not know", async () => {
    const r = await cli(["evaluate", CSV_EXPORT, ...AS_OF, "--encoding", "latin-9"]);
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("--encoding must be auto, utf-8 or windows-1252")]);
  });
});

describe("evaluate --format xlsx", () => {
  it("writes a workbook that reads back with the evaluation's breaches", async () => {
    const dir = tempDir();
    const r = await cli(["evaluate", CSV_EXPORT, ...AS_OF, "--format", "xlsx", "--out", "out/qaf.xlsx", "--quiet"], dir);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, "", ""]);
    const json = await cli(["evaluate", CSV_EXPORT, ...AS_OF, "--format", "json", "--quiet"]);
    const evaluation = JSON.parse(json.stdout) as Evaluation;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(dir, "out/qaf.xlsx")) as unknown as ArrayBuffer);
    const breaches = wb.getWorksheet("breaches");
    expect(breaches?.rowCount).toBe(evaluation.breaches.length + 1);
    expect(wb.getWorksheet("summary")).toBeDefined();
  }, 60_000);

  it("refuses to write a workbook to stdout, before evaluating", async () => {
    for (const terminal of [{ stdoutIsTTY: true }, {}]) {
      const r = await cli(["evaluate", CSV_EXPORT, ...AS_OF, "--format", "xlsx"], undefined, terminal);
      expect([r.code, r.stdout]).toEqual([2, ""]);
      expect(r.stderr).toContain("--format xlsx writes a binary file: give it with --out");
      expect(r.stderr).not.toContain("evaluating");
    }
  });
});

describe("evaluate --format html --since", () => {
  it("adds a \"Changes since\" section, once, to the report", async () => {
    const dir = tempDir();
    const first = await cli(["evaluate", CSV_EXPORT, "--as-of", "2024-06-30", "--format", "json", "--out", "last.json", "--quiet"], dir);
    expect(first.code).toBe(0);
    const r = await cli(["evaluate", CSV_EXPORT, ...AS_OF, "--format", "html", "--since", "last.json", "--quiet"], dir);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout.match(/<section id="changes">/g)).toHaveLength(1);
    expect(r.stdout).toContain("<h2>Changes since 2024-06-30</h2>");
    expect(r.stdout).toContain("What changed from 2024-06-30");
    const plain = await cli(["evaluate", CSV_EXPORT, ...AS_OF, "--format", "html", "--quiet"], dir);
    expect(plain.stdout).not.toContain("Changes since");
  }, 60_000);

  it("needs --format html, and an evaluation file", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "not.json"), JSON.stringify({ asOf: 1 }));
    const csv = await cli(["evaluate", CSV_EXPORT, ...AS_OF, "--format", "csv", "--since", "not.json"], dir);
    expect([csv.code, csv.stderr]).toEqual([2, expect.stringContaining("--since adds a section to the HTML report")]);
    const bad = await cli(["evaluate", CSV_EXPORT, ...AS_OF, "--format", "html", "--since", "not.json"], dir);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('not.json: not an evaluation as "evaluate --format json" writes it')]);
  });

  it("draws the survey chart with the policy evaluated", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "policy.json"), JSON.stringify({ survey: { targetRate: 0.37 } }));
    const r = await cli(["evaluate", CSV_EXPORT, ...AS_OF, "--policy", "policy.json", "--format", "html", "--quiet"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("target 37%");
  });
});
