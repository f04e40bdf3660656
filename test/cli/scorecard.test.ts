import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateCounty } from "../../src/demo";
import { SCORECARD_COLUMNS } from "../../src/report/scorecard";
import { cli } from "./helpers";

const dir = mkdtempSync(join(tmpdir(), "qaf-scorecard-"));
const data = generateCounty({ areas: 1, teamsPerArea: 2, staffPerTeam: 5, years: 1, endOn: "2025-03-31" }) as { teams: { name?: string }[] };
const team = data.teams[0];
if (team) team.name = `<script>alert(1)</script> & "North"`;
const file = join(dir, "county.json");
writeFileSync(file, JSON.stringify(data));
const base = ["scorecard", file, "--from", "2024-04", "--to", "2025-03", "--jobs", "1", "--quiet"];

describe("one-point-qaf scorecard", () => {
  it("prints the worst places on a terminal", async () => {
    const { code, stdout, stderr } = await cli(base);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Scorecard by team, 2024-04 to 2025-03 \(as of 2025-03-31/);
    expect(stdout).toMatch(/\d+\/\d+ \(\d+\.\d%\)/);
  });

  it("writes long CSV, one row per place, rule and month, with numerator and denominator", async () => {
    const { code, stdout } = await cli([...base, "--format", "csv", "--by", "area", "--rules", "supervision.frequency,audit.feedback"]);
    expect(code).toBe(0);
    const [header, ...rows] = stdout.trim().split("\r\n");
    expect(header).toBe(SCORECARD_COLUMNS.join(","));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/^area,area:[^,]+,[^,]+,[^,]*,,(supervision\.frequency|audit\.feedback),/);
  });

  it("writes a self-contained HTML page with a chart per team and a heat map, every name escaped", async () => {
    const out = join(dir, "card.html");
    const { code } = await cli([...base, "--out", out]);
    expect(code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)=/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;North&quot;");
    expect(html).toContain('<table class="heat">');
    expect((html.match(/<section class="place">/g) ?? []).length).toBe(2);
    expect(html).toMatch(/<svg[^>]*class="rate"/);
  });

  it("writes md and xlsx", async () => {
    const md = await cli([...base, "--format", "md"]);
    expect(md.stdout).toMatch(/^# Scorecard by team/);
    expect(md.stdout).toContain("&lt;script&gt;");
    const xlsx = join(dir, "card.xlsx");
    expect((await cli([...base, "--out", xlsx])).code).toBe(0);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe("PK");
    expect((await cli([...base, "--format", "xlsx"])).code).toBe(2);
  });

  it("says what is wrong with its options", async () => {
    expect((await cli(["scorecard", file, "--to", "2025-03"])).stderr).toMatch(/--from <YYYY-MM> is required/);
    expect((await cli([...base, "--by", "county"])).stderr).toMatch(/--by must be team, area or service/);
    expect((await cli([...base, "--rules", "supervision.frequncy"])).stderr).toMatch(/no rule "supervision.frequncy"/);
    expect((await cli([...base, "--format", "pdf"])).code).toBe(2);
    expect((await cli(["scorecard", "--help"])).stdout).toMatch(/^Usage: one-point-qaf scorecard/);
  });
});
