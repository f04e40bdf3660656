import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeAtomically } from "../../src/cli/write-out";
import { CSV_EXPORT, ROOT, cli } from "./helpers";

const scratch = () => mkdtempSync(join(tmpdir(), "qaf-out-"));

describe("--out never loses the last good file", () => {
  it("writes through a temporary file and leaves none behind", () => {
    const dir = scratch();
    const path = join(dir, "report.json");
    writeFileSync(path, "last week");
    writeAtomically(path, "this week");
    expect(readFileSync(path, "utf8")).toBe("this week");
    expect(readdirSync(dir)).toEqual(["report.json"]);
  });

  it("refuses a folder with exit 2 and one plain message, and changes nothing", async () => {
    const dir = scratch();
    mkdirSync(join(dir, "out"));
    const r = await cli(["schema", "--out", join(dir, "out")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write .*out: it is a folder/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(join(dir, "out"))).toEqual([]);
  });

  it("keeps the old file and removes the temporary one when the rename fails", () => {
    const dir = scratch();
    // A non-empty folder where the file should go: the write succeeds, the rename cannot.
    const path = join(dir, "last-week.json");
    mkdirSync(path);
    writeFileSync(join(path, "keep"), "kept");
    expect(() => writeAtomically(join(path, "..", "last-week.json"), "new")).toThrow(/it is a folder/);
    expect(readFileSync(join(path, "keep"), "utf8")).toBe("kept");
    expect(readdirSync(dir)).toEqual(["last-week.json"]);
  });

  it("refuses an --out that is one of the command's inputs", async () => {
    const dir = scratch();
    const since = join(dir, "last-week.json");
    writeFileSync(since, "{}");
    const r = await cli(["evaluate", CSV_EXPORT, "--as-of", "2025-03-31", "--since", since, "--out", since]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is also an input of this command");
    expect(readFileSync(since, "utf8")).toBe("{}");
    const policy = join(dir, "policy.json");
    writeFileSync(policy, "{}");
    expect((await cli(["due", CSV_EXPORT, "--as-of", "2025-03-31", "--policy", policy, "--out", policy])).code).toBe(2);
    expect(readFileSync(policy, "utf8")).toBe("{}");
  });
});

describe("a reader that stops early", () => {
  it("ends quietly on a closed pipe (| head -1): no stack trace", () => {
    // An evaluation's JSON is larger than a pipe's buffer, so the writer meets the closed pipe.
    const command = `"${process.execPath}" --import tsx src/cli/bin.ts evaluate examples/data/csv-export --as-of 2025-03-31 --format json --quiet --jobs 1 | head -c 1`;
    const r = spawnSync("bash", ["-c", command], { cwd: ROOT, encoding: "utf8" });
    expect(r.stdout).toBe("{");
    expect(r.stderr).not.toMatch(/EPIPE|Error|Node\.js/);
  });
});
