/** One rule for untrusted text: every report the CLI writes gets the same hostile names, and none passes through raw. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { caseAudit, dataset } from "../fixtures/org";
import { cli } from "./helpers";

/** Control characters that could drive a terminal: ESC, BEL and CR. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = new RegExp("[\\u001b\\u0007\\r]");

const HOSTILE = "North <img src=x onerror=alert(1)> [x](javascript:alert(1)) \u001b]0;pwned\u0007 | # h\rFAIL";

function hostileFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "qaf-hostile-"));
  const data = dataset({ audits: [caseAudit({ recordedOnCaseFile: false, grade: 4, feedbackMeetingOn: "2024-06-12" })] });
  const teams = (data["teams"] ?? []).map((t) => (t["id"] === "t-n" ? { ...t, name: HOSTILE } : t));
  const areas = (data["areas"] ?? []).map((a) => ({ ...a, name: HOSTILE }));
  writeFileSync(join(dir, "data.json"), JSON.stringify({ ...data, teams, areas }));
  writeFileSync(join(dir, "proposal.json"), JSON.stringify({ audit: { qispWorkingDays: 3 } }));
  writeFileSync(join(dir, "s.scenario.json"), JSON.stringify({ name: `FAIL\rpass ${HOSTILE}`, asOf: "2024-06-30", dataset: { base: "./data.json" }, expect: { breaches: [{ ruleId: "no.such" }] } }));
  return dir;
}

/** Nothing an attacker wrote can act: no raw ESC, BEL or CR, no live HTML tag, no link with a script scheme. */
function inert(text: string, what: string): void {
  expect(text, what).not.toMatch(CONTROL);
  // Plain text for a terminal: only control characters can act there.
  if (what === "test" || what === "due" || what.endsWith("text")) return;
  expect(text, what).not.toContain("<img");
  // In HTML, text is text: only an attribute could make a script scheme live. In Markdown, any `javascript:` could.
  expect(text, what).not.toMatch(what.includes("html") ? /(href|src)\s*=\s*["']?\s*javascript:/i : /javascript:/i);
}

describe("hostile names in every report", () => {
  it("are inert in evaluate (md, text, html, csv), due, changes (md, html, csv), compare (md) and test", async () => {
    const dir = hostileFolder();
    const run = (...args: string[]) => cli(args, dir);
    for (const format of ["md", "text", "html"]) {
      const r = await run("evaluate", "data.json", "--as-of", "2024-06-30", "--format", format, "--quiet", "--jobs", "1");
      inert(r.stdout, `evaluate --format ${format}`);
    }
    const csv = await run("evaluate", "data.json", "--as-of", "2024-06-30", "--format", "csv", "--quiet", "--jobs", "1");
    expect(csv.stdout.replace(/\r\n/g, "\n"), "csv").not.toMatch(CONTROL);
    inert((await run("due", "data.json", "--as-of", "2024-06-30", "--quiet", "--jobs", "1")).stdout, "due");
    await run("evaluate", "data.json", "--as-of", "2024-06-20", "--format", "json", "--out", "last.json", "--quiet", "--jobs", "1");
    for (const format of ["md", "html"]) {
      inert((await run("changes", "data.json", "--as-of", "2024-06-30", "--since", "last.json", "--format", format, "--quiet", "--jobs", "1")).stdout, `changes --format ${format}`);
    }
    const compare = await run("compare", "data.json", "--as-of", "2024-06-30", "--proposal", "proposal.json", "--format", "md", "--quiet");
    inert(compare.stdout, "compare --format md");
    const test = await run("test", "s.scenario.json");
    inert(test.stdout, "test");
    expect(test.stdout).toMatch(/^FAIL {2}FAIL\\rpass/);
  });
});
