import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Evaluation } from "../../src";
import { cli, exportCopy } from "./helpers";

/** The CSV export with the top manager's role (staff.csv row 2, `sm`) made wrong. */
function topManagerBroken(): string {
  const dir = exportCopy();
  const file = join(dir, "staff.csv");
  writeFileSync(file, readFileSync(file, "utf8").replace("sm,strategic-manager,", "sm,Strategic Overlord,"));
  return dir;
}

const occurrences = (text: string, part: string): number => text.split(part).length - 1;

describe("rejections on the command line", () => {
  it("one bad cell costs one record, and stderr names its root cause once, with a loud warning by the results", async () => {
    const dir = topManagerBroken();
    const r = await cli(["evaluate", dir, "--as-of", "2024-09-30"]);
    expect(r.code).toBe(0);
    const e = JSON.parse(r.stdout) as Evaluation;
    expect(e.rejected.map((x) => `${x.collection}:${x.id ?? ""}`)).toEqual(["staff:sm"]);
    expect(e.counts.staff).toEqual({ received: 4, evaluated: 3, rejected: 1 });
    expect(occurrences(r.stderr, "staff.role")).toBe(1);
    expect(r.stderr).toContain("rejected 1 record, by cause (--verbose lists every record):\n  staff.role (1 record: sm; first at staff.csv row 2, column role): must be one of: ");
    expect(r.stderr).toMatch(/\(1 rejected, by cause above(; \d+ values read forgivingly, listed above)?\): \d+ obligations, \d+ breaches, \d+ escalations\nWARNING: rejection cost staff 1 of 4 records \(25%\): these results are incomplete\n/);
    const text = await cli(["evaluate", dir, "--as-of", "2024-09-30", "--format", "text"]);
    expect(text.stdout).toMatch(/^Records .*\nWARNING: rejection cost staff 1 of 4 records \(25%\)/m);
  });

  it("--verbose lists every problem of every record as well", async () => {
    const r = await cli(["evaluate", topManagerBroken(), "--as-of", "2024-09-30", "--verbose"]);
    expect(r.stderr).toMatch(/^rejected: staff\.csv row 2, column role \(staff sm\): must be one of: /m);
    expect(r.stderr).toContain("rejected 1 record, by cause:\n");
  });

  it("--max-rejected <n> fails (exit 2, no result written) when more than n records are rejected in all", async () => {
    const dir = topManagerBroken();
    const out = join(dir, "result.json");
    const over = await cli(["evaluate", dir, "--as-of", "2024-09-30", "--max-rejected", "0", "--out", out]);
    expect([over.code, over.stderr]).toEqual([2, expect.stringContaining("1 records rejected, more than --max-rejected 0 allows")]);
    expect(existsSync(out)).toBe(false);
    const within = await cli(["evaluate", dir, "--as-of", "2024-09-30", "--max-rejected", "1", "--out", out, "--quiet"]);
    expect(within.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it("--max-rejected <n%> fails when any collection loses more than n% of its records", async () => {
    const dir = topManagerBroken();
    const over = await cli(["evaluate", dir, "--as-of", "2024-09-30", "--max-rejected", "24.5%", "--quiet"]);
    expect([over.code, over.stderr]).toEqual([2, expect.stringContaining("rejection cost staff 1 of 4 records (25%), more than --max-rejected 24.5% allows")]);
    expect((await cli(["evaluate", dir, "--as-of", "2024-09-30", "--max-rejected", "25%", "--quiet"])).code).toBe(0);
    expect((await cli(["due", dir, "--as-of", "2024-09-30", "--max-rejected", "10%", "--quiet"])).code).toBe(2);
  });

  it("answers a bad --max-rejected with a usage error", async () => {
    for (const value of ["-1", "5.5", "120%", "five", "%", ""]) {
      const r = await cli(["evaluate", topManagerBroken(), "--as-of", "2024-09-30", `--max-rejected=${value}`]);
      expect([value, r.code, r.stderr]).toEqual([value, 2, expect.stringContaining("--max-rejected must be a whole number of records (e.g. 100) or a percentage")]);
    }
  });
});
