import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { PolicyComparison } from "../../src/compare";
import { qafPolicy } from "../../src/policy/qaf-policy";
import { CSV_EXPORT, cli } from "./helpers";

/** A folder with the given JSON files written into it. */
function folder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "qaf-compare-"));
  for (const [name, value] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(value));
  return dir;
}

const closed = (id: string, closedOn: string, closureReason = "closed") =>
  ({ id, teamId: "t1", keyWorkerId: "k1", openedOn: "2024-01-02", closedOn, closureReason, children: [] });

// Four families closed in 2024/25 Q1 (April to June 2024); only case 1 completed a survey.
const surveyData = {
  areas: [{ id: "north", name: "North" }],
  teams: [{ id: "t1", areaId: "north", type: "IFST", name: "North IFST" }],
  staff: [
    { id: "sm", role: "strategic-manager", contract: "full-time", startedOn: "2020-01-01" },
    { id: "k1", role: "practitioner", teamId: "t1", lineManagerId: "sm", contract: "full-time", startedOn: "2020-01-01" },
  ],
  cases: [closed("1", "2024-04-10"), closed("2", "2024-05-10"), closed("3", "2024-06-10", "step-up"), closed("4", "2024-06-20")],
  surveys: [{ id: "sv1", caseId: "1", instrument: "parent-carer", offeredOn: "2024-04-10", completedOn: "2024-04-20" }],
};

describe("compare: usage", () => {
  it("has --help, listed in the program's help", async () => {
    const h = await cli(["compare", "--help"]);
    expect([h.code, h.stdout.startsWith("Usage: one-point-qaf compare")]).toEqual([0, true]);
    expect((await cli(["--help"])).stdout).toContain("compare <file|folder>");
  });
  it("exits 2 without --proposal or --as-of, with a bad --format, an invalid or missing policy file", async () => {
    const dir = folder({ "p.json": { survey: { targetRate: 0.5 } }, "bad.json": { survey: { targetRate: "half" } } });
    const p = join(dir, "p.json");
    const bad = await cli(["compare", CSV_EXPORT, "--as-of", "2024-09-30", "--proposal", join(dir, "bad.json"), "--quiet"]);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining("survey.targetRate")]);
    const noProposal = await cli(["compare", CSV_EXPORT, "--as-of", "2024-09-30"]);
    expect([noProposal.code, noProposal.stderr]).toEqual([2, expect.stringContaining("--proposal")]);
    const noAsOf = await cli(["compare", CSV_EXPORT, "--proposal", p]);
    expect([noAsOf.code, noAsOf.stderr]).toEqual([2, expect.stringContaining("--as-of")]);
    const format = await cli(["compare", CSV_EXPORT, "--as-of", "2024-09-30", "--proposal", p, "--format", "html"]);
    expect([format.code, format.stderr]).toEqual([2, expect.stringContaining("--format")]);
    expect((await cli(["compare", CSV_EXPORT, "--as-of", "2024-09-30", "--proposal", join(dir, "nope.json")])).code).toBe(2);
    expect((await cli(["compare", CSV_EXPORT, "--as-of", "2024-09-30", "--proposal", p, "--baseline", join(dir, "nope.json")])).code).toBe(2);
  });
});

describe("compare: survey.targetRate 0.5 instead of 0.1", () => {
  it("turns 2024/25 Q1 from met into missed: 1 of 4 families completed, 1 needed at 10% but 2 at 50%", async () => {
    const dir = folder({ "data.json": surveyData, "p.json": { survey: { targetRate: 0.5 } } });
    const r = await cli(["compare", join(dir, "data.json"), "--as-of", "2024-09-30", "--proposal", join(dir, "p.json"), "--quiet"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const c = JSON.parse(r.stdout) as PolicyComparison;
    expect(c.parameters).toEqual([{ name: "survey.targetRate", before: 0.1, after: 0.5 }]);
    const q1 = "survey.completion-target/service:service/2024/25 Q1";
    expect(c.obligations.changed.map((d) => [d.id, d.because])).toEqual([[q1, ["survey.targetRate"]]]);
    expect(c.obligations.changed[0]?.fields.find((f) => f.field === "status")).toEqual({ field: "status", before: "met", after: "overdue" });
    expect([c.obligations.added.length, c.obligations.removed.length]).toEqual([0, 0]);
    expect(c.breaches.added.map((d) => d.id)).toEqual([`${q1}#breach`]);
    // Due 30 June + 30 days = 30 July; by 30 September the breach is escalated, and the
    // missed target is referred to the OPS Management Team.
    expect(c.escalations.added.map((d) => d.id).sort()).toEqual([`${q1}#breach#escalation`, `${q1}#referral`]);
    // The service-wide target has no team or area: 1 changed + 3 added, all for that rule.
    const tally = { added: 3, removed: 0, changed: 1 };
    expect(c.counts).toEqual({ byRule: { "survey.completion-target": tally }, byTeam: { "(none)": tally }, byArea: { "(none)": tally } });
    expect(c.empty).toBe(false);
  });

  it("changes nothing when the baseline is the proposal", async () => {
    const dir = folder({ "data.json": surveyData, "p.json": { survey: { targetRate: 0.5 } } });
    const p = join(dir, "p.json");
    const r = await cli(["compare", join(dir, "data.json"), "--as-of", "2024-09-30", "--proposal", p, "--baseline", p, "--quiet"]);
    const c = JSON.parse(r.stdout) as PolicyComparison;
    expect([r.code, c.empty, c.parameters]).toEqual([0, true, []]);
  });
});

describe("compare --format md over the CSV export", () => {
  it("audit.qispWorkingDays 10: the QISP sent 25/06/2024 after feedback on 12/06 is on time, its breach goes", async () => {
    // 12 June 2024 + 10 working days = 26 June, so the QISP of audit a1 (worker p1, team t1,
    // area north) is met instead of met-late, and its late breach is removed.
    const dir = folder({ "p.json": { parameters: { audit: { qispWorkingDays: 10 } } } });
    const r = await cli(["compare", CSV_EXPORT, "--as-of", "2024-09-30", "--proposal", join(dir, "p.json"), "--format", "md", "--quiet"]);
    expect(r.code).toBe(0);
    // A patch keeps the default policy's id and version: the title names the files and says what differs.
    expect(r.stdout).toMatch(/^# Policy comparison: p\.json against the default policy \(1 parameter changed\)\n/);
    expect(r.stdout).toContain("| audit.qispWorkingDays | 5 | 10 |");
    expect(r.stdout).toContain("| obligations | 0 | 0 | 1 |");
    expect(r.stdout).toContain("| breaches | 0 | 1 | 0 |");
    expect(r.stdout).toContain("| escalations | 0 | 0 | 0 |");
    expect(r.stdout).toContain("| audit.qisp | 0 | 1 | 1 |");
    expect(r.stdout).toContain("| t1 | 0 | 1 | 1 |");
    expect(r.stdout).toContain("| north | 0 | 1 | 1 |");
    expect(r.stdout).toContain("- audit.qisp: audit.qispWorkingDays");
  });
});

describe("compare --format md: the title", () => {
  it("names both files when both are given, counts parameters and rules, and uses id and version where they differ", async () => {
    const dir = folder({
      "a.json": { survey: { targetRate: 0.5 }, audit: { qispWorkingDays: 10 } },
      "b.json": { survey: { targetRate: 0.5 } },
      "renamed.json": { ...qafPolicy, version: "2.0.0", rules: qafPolicy.rules.filter((r) => r.id !== "audit.qisp") },
    });
    const md = (proposal: string, ...extra: string[]) =>
      cli(["compare", CSV_EXPORT, "--as-of", "2024-09-30", "--proposal", join(dir, proposal), "--format", "md", "--quiet", ...extra]);
    expect((await md("a.json", "--baseline", join(dir, "b.json"))).stdout).toMatch(/^# Policy comparison: a\.json against b\.json \(1 parameter changed\)\n/);
    expect((await md("b.json", "--baseline", join(dir, "b.json"))).stdout).toMatch(/^# Policy comparison: b\.json against b\.json \(no parameter or rule changed\)\n/);
    expect((await md("renamed.json")).stdout).toMatch(/^# Policy comparison: durham-optfs-qaf 2\.0\.0 against durham-optfs-qaf 1\.0\.0 \(1 rule changed\)\n/);
  });
});
