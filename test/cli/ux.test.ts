/** The command line's manners: --version, --quiet, typos, terminals, control characters and progress. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Evaluation } from "../../src";
import { escapeControlKeepingLines } from "../../src/text/escape-control";
import { CSV_EXPORT, ROOT, cli, exportCopy } from "./helpers";

const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

describe("--version", () => {
  it("prints the package's version with --version and -v", async () => {
    for (const flag of ["--version", "-v"]) expect(await cli([flag])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: "" });
  });
});

describe("--quiet", () => {
  it("silences progress, notes, ignored files, rejections and 'wrote', on a run with all of them", async () => {
    const dir = exportCopy();
    writeFileSync(join(dir, "notes.txt"), "hello");
    writeFileSync(join(dir, "staff.csv"), readFileSync(join(dir, "staff.csv"), "utf8") + "p2,practitioner,t1,,tm,full-time,31/02/2024,,\n");
    const loud = await cli(["evaluate", dir, "--as-of", "2024-09-30", "--out", join(dir, "r.json")]);
    expect(loud.stderr).toMatch(/ignored: notes\.txt[\s\S]*rejected 1 record, by cause[\s\S]*WARNING: rejection cost staff[\s\S]*wrote /);
    const quiet = await cli(["evaluate", dir, "--as-of", "2024-09-30", "--out", join(dir, "r.json"), "--quiet"]);
    expect(quiet).toEqual({ code: 0, stdout: "", stderr: "" });
    // The rejection is still in the result.
    expect((JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as Evaluation).rejected).toHaveLength(1);
  });

  it("still shows errors and why a run failed", async () => {
    const missing = await cli(["evaluate", CSV_EXPORT, "--quiet"]);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining("--as-of <YYYY-MM-DD> is required")]);
    const dir = exportCopy();
    writeFileSync(join(dir, "staff.csv"), readFileSync(join(dir, "staff.csv"), "utf8") + "p2,practitioner,t1,,tm,full-time,31/02/2024,,\n");
    const strict = await cli(["evaluate", dir, "--as-of", "2024-09-30", "--quiet", "--strict", "--out", join(dir, "r.json")]);
    expect(strict).toEqual({ code: 2, stdout: "", stderr: "one-point-qaf: 1 record(s) rejected; failing because of --strict\n" });
  });

  it("makes the demo silent too; the report is still written", async () => {
    const dir = exportCopy();
    const r = await cli(["demo", "--data", CSV_EXPORT, "--as-of", "2024-09-30", "--quiet", "--out", "r.html"], dir);
    expect(r).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(readFileSync(join(dir, "r.html"), "utf8")).toContain("<!doctype html>");
  });
});

describe("typos", () => {
  it("answers an unknown option with the nearest one, not the parser's message", async () => {
    const r = await cli(["evaluate", CSV_EXPORT, "--asof", "2024-09-30"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('one-point-qaf: unknown option "--asof": did you mean "--as-of"?\nRun "one-point-qaf evaluate --help" for usage.\n');
    expect((await cli(["due", CSV_EXPORT, "--as-of", "2024-09-30", "--withn", "3"])).stderr).toContain('did you mean "--within"?');
    expect((await cli(["changes", CSV_EXPORT, "--snice", "x.json"])).stderr).toContain('did you mean "--since"?');
    const far = await cli(["evaluate", CSV_EXPORT, "--frobnicate"]);
    expect(far.stderr).toContain('unknown option "--frobnicate"\n');
  });

  it("answers an unknown command with the nearest one", async () => {
    expect((await cli(["evalute"])).stderr).toContain('unknown command "evalute": did you mean "evaluate"?');
    expect((await cli(["--verison"])).stderr).toContain('unknown command "--verison": did you mean "--version"?');
    expect((await cli(["frobnicate"])).stderr).toMatch(/unknown command "frobnicate"\n/);
  });

  it("says in words when an option lacks its value or takes none", async () => {
    expect((await cli(["evaluate", CSV_EXPORT, "--as-of"])).stderr).toContain("one-point-qaf: --as-of needs a value\n");
    expect((await cli(["evaluate", CSV_EXPORT, "--as-of", "2024-09-30", "--quiet=yes"])).stderr).toContain("one-point-qaf: --quiet takes no value\n");
  });
});

describe("evaluate on a terminal", () => {
  it("prints the summary instead of the JSON when stdout is a terminal and there is no --out, and says how to get the JSON", async () => {
    const r = await cli(["evaluate", CSV_EXPORT, "--as-of", "2024-09-30"], ROOT, { stdoutIsTTY: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^One Point QAF as of 2024-09-30 \(window 2024-04-01 to 2024-09-30/);
    expect(r.stderr).toContain("For the whole evaluation as JSON add --format json");
    // Asked for, or written to a file: the JSON.
    const asked = await cli(["evaluate", CSV_EXPORT, "--as-of", "2024-09-30", "--format", "json"], ROOT, { stdoutIsTTY: true });
    expect((JSON.parse(asked.stdout) as Evaluation).asOf).toBe("2024-09-30");
    const dir = exportCopy();
    await cli(["evaluate", CSV_EXPORT, "--as-of", "2024-09-30", "--out", join(dir, "r.json")], ROOT, { stdoutIsTTY: true });
    expect((JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as Evaluation).asOf).toBe("2024-09-30");
    // A pipe gets the JSON.
    expect((await cli(["evaluate", CSV_EXPORT, "--as-of", "2024-09-30", "--quiet"])).stdout.startsWith("{")).toBe(true);
  });
});

describe("control characters on stderr", () => {
  it("are shown escaped, in errors and in rejection lines", async () => {
    const r = await cli(["\x1b]0;pwned\x07evaluate"]);
    expect(r.stderr).toContain('unknown command "\\x1b]0;pwned\\x07evaluate"');
    const dir = exportCopy();
    const file = join(dir, "dataset.json");
    writeFileSync(file, JSON.stringify({ areas: [{ id: "north" }], teams: [{ id: "t\x1b[2J1", areaId: "north" }] }));
    const bad = await cli(["evaluate", file, "--as-of", "2024-09-30"]);
    expect(bad.stderr).toContain("\\x1b[2J");
    expect(bad.stderr).not.toContain("\x1b");
  });

  it("escapeControlKeepingLines keeps line feeds and tabs, escapes CR, C0, DEL, C1 and bidi overrides", () => {
    expect(escapeControlKeepingLines("a\tb\nc\rd\x00e\x7ff\x9bg\u202eh")).toBe("a\tb\nc\\rd\\x00e\\x7ff\\x9bg\\u202eh");
  });
});

describe("progress of compare", () => {
  const run = async (terminal: { stderrIsTTY?: boolean }, ...extra: string[]) => {
    const dir = exportCopy();
    writeFileSync(join(dir, "p.json"), JSON.stringify({ survey: { targetRate: 0.5 } }));
    return cli(["compare", CSV_EXPORT, "--as-of", "2024-09-30", "--proposal", join(dir, "p.json"), ...extra], ROOT, terminal);
  };

  it("plain stage lines on stderr when it is not a terminal", async () => {
    expect((await run({})).stderr).toMatch(/^baseline\n(.*\n)*proposal\n(.*\n)*differences\n/m);
  });

  it("a bar redrawn in place on a terminal, erased before the next line", async () => {
    const r = await run({ stderrIsTTY: true });
    expect(r.stderr).toContain("\r[--------------------]   0% baseline\x1b[K");
    expect(r.stderr).toContain("\r[####################] 100% differences\x1b[K\r\x1b[K");
    expect(r.stderr).not.toMatch(/^baseline$/m);
  });

  it("nothing with --quiet", async () => {
    expect((await run({ stderrIsTTY: true }, "--quiet")).stderr).toBe("");
  });
});
