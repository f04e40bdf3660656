/**
 * The CLI's --basis, on evaluate, due and changes. The engine gives each result the basis its
 * rule declares; these tests declare bases in their own policy files, so that they hold
 * whatever the default policy declares.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { qafPolicy, type Basis, type Evaluation, type EvaluationChanges, type Obligation, type Policy, type RuleBasis } from "../../src";
import { keepAtLeast } from "../../src/query";
import { CSV_EXPORT, cli } from "./helpers";

const AS_OF = ["--as-of", "2024-09-30"];

function throughout(basis: Basis): RuleBasis {
  const element = basis === "qaf" ? { basis } : { basis, note: "for the test" };
  return { subjects: element, due: element, fulfilment: element, owner: element, escalation: element, severity: element };
}

/** The default policy with every rule's basis taken away (so everything rests on assumptions), then `declared` given. */
function policyWith(declared: Record<string, Basis>): Policy {
  return {
    ...qafPolicy,
    rules: qafPolicy.rules.map((rule) => {
      const rest: Record<string, unknown> = { ...rule };
      delete rest.basis;
      const b = declared[rule.id];
      return b === undefined ? rest : { ...rest, basis: throughout(b) };
    }),
  } as Policy;
}

/** A folder with two policies: `mixed.json` (the QISP and agenda rules on the QAF's words, PDRs on a reading) and `none.json`. */
function policies(): string {
  const dir = mkdtempSync(join(tmpdir(), "qaf-cli-basis-"));
  writeFileSync(join(dir, "mixed.json"), JSON.stringify(policyWith({ "audit.qisp": "qaf", "supervision.agenda": "qaf", "pdr.annual": "reading" })));
  writeFileSync(join(dir, "none.json"), JSON.stringify(policyWith({})));
  return dir;
}

async function evaluation(dir: string, ...args: string[]): Promise<Evaluation> {
  const r = await cli(["evaluate", CSV_EXPORT, ...AS_OF, "--format", "json", "--quiet", ...args], dir);
  expect([r.code, r.stderr]).toEqual([0, ""]);
  return JSON.parse(r.stdout) as Evaluation;
}

const ids = (items: readonly { id: string }[]): string[] => items.map((i) => i.id);
const active = (e: Evaluation): number => e.breaches.filter((b) => b.status === "active").length;

describe("--basis", () => {
  it("keeps, for each floor, exactly the results at least that firm: obligations, breaches and escalations alike", async () => {
    const dir = policies();
    const all = await evaluation(dir, "--policy", "mixed.json");
    for (const floor of ["qaf", "reading", "assumption"] as const) {
      const kept = await evaluation(dir, "--policy", "mixed.json", "--basis", floor);
      const expected = keepAtLeast(all, floor);
      for (const list of ["obligations", "breaches", "escalations"] as const) expect(ids(kept[list])).toEqual(ids(expected[list]));
      expect(kept.counts).toEqual(all.counts);
    }
    const qaf = await evaluation(dir, "--policy", "mixed.json", "--basis", "qaf");
    const reading = await evaluation(dir, "--policy", "mixed.json", "--basis", "reading");
    // The declared rules have results here, so each floor keeps some and leaves some out.
    expect(new Set(qaf.breaches.map((b) => b.ruleId))).toEqual(new Set(["audit.qisp", "supervision.agenda"]));
    expect([...qaf.obligations, ...qaf.breaches, ...qaf.escalations].every((r) => r.basis === "qaf")).toBe(true);
    expect(qaf.escalations.map((e) => e.kind)).toEqual(["referral"]); // a breach's ladder always rests on an assumption
    expect(reading.obligations.length).toBeGreaterThan(qaf.obligations.length);
    expect(all.obligations.length).toBeGreaterThan(reading.obligations.length);
    expect((await evaluation(dir, "--policy", "mixed.json", "--basis", "assumption"))).toEqual(all);
  });

  it("is read whatever its case, and says on stderr what it kept", async () => {
    const dir = policies();
    const r = await cli(["evaluate", CSV_EXPORT, ...AS_OF, "--policy", "mixed.json", "--basis", "QAF", "--format", "json"], dir);
    expect(r.code).toBe(0);
    const kept = JSON.parse(r.stdout) as Evaluation;
    expect(r.stderr).toContain(`kept those resting at least on qaf (--basis): ${kept.obligations.length} obligations, ${kept.breaches.length} breaches, ${kept.escalations.length} escalations\n`);
  });

  it("decides --fail-on-breach's exit code on the results it keeps", async () => {
    const dir = policies();
    const failing = ["evaluate", CSV_EXPORT, ...AS_OF, "--quiet", "--format", "json", "--fail-on-breach"];
    const none = await cli([...failing, "--policy", "none.json"], dir);
    expect(none.code).toBe(1);
    const noneQaf = await cli([...failing, "--policy", "none.json", "--basis", "qaf"], dir);
    expect([noneQaf.code, noneQaf.stderr, active(JSON.parse(noneQaf.stdout) as Evaluation)]).toEqual([0, "", 0]);
    const mixedQaf = await cli([...failing, "--policy", "mixed.json", "--basis", "qaf"], dir);
    const kept = JSON.parse(mixedQaf.stdout) as Evaluation;
    expect(active(kept)).toBeGreaterThan(0);
    expect([mixedQaf.code, mixedQaf.stderr]).toEqual([1, `one-point-qaf: ${active(kept)} active breach(es); failing because of --fail-on-breach\n`]);
  });

  it("reaches every format: the summary counts only what it keeps", async () => {
    const dir = policies();
    const csv = await cli(["evaluate", CSV_EXPORT, ...AS_OF, "--policy", "none.json", "--basis", "reading", "--format", "csv", "--quiet"], dir);
    expect(csv.stdout.trim().split("\r\n")).toHaveLength(1); // the header alone
    const text = await cli(["evaluate", CSV_EXPORT, ...AS_OF, "--policy", "mixed.json", "--basis", "qaf", "--format", "text", "--quiet"], dir);
    const kept = await evaluation(dir, "--policy", "mixed.json", "--basis", "qaf");
    expect(text.stdout).toMatch(new RegExp(`Obligations +${kept.obligations.length}:`));
    expect(text.stdout).toMatch(new RegExp(`Breaches +${active(kept)} active`));
  });

  it("writes the counts by basis as a CSV table", async () => {
    const dir = policies();
    const all = await evaluation(dir, "--policy", "mixed.json");
    const r = await cli(["evaluate", CSV_EXPORT, ...AS_OF, "--policy", "mixed.json", "--format", "csv", "--table", "basis", "--quiet"], dir);
    const [head, ...rows] = r.stdout.trim().split("\r\n");
    expect(head).toBe("basis,obligations,breaches,activeBreaches,resolvedBreaches,lapsedBreaches,escalations");
    const count = (list: readonly { basis: Basis }[], b: Basis) => list.filter((x) => x.basis === b).length;
    expect(rows).toEqual((["qaf", "reading", "assumption"] as const).map((b) =>
      `${b},${count(all.obligations, b)},${count(all.breaches, b)},${count(all.breaches.filter((x) => x.status === "active"), b)},` +
      `${count(all.breaches.filter((x) => x.status === "resolved"), b)},${count(all.breaches.filter((x) => x.status === "lapsed"), b)},${count(all.escalations, b)}`));
    expect((await cli(["evaluate", CSV_EXPORT, ...AS_OF, "--format", "csv", "--table", "bases"])).stderr).toContain("--table must be breaches, obligations or basis");
  });

  it("lists only what is due at least that firmly", async () => {
    const dir = policies();
    const due = async (...args: string[]): Promise<Obligation[]> => {
      const r = await cli(["due", CSV_EXPORT, "--as-of", "2024-09-20", "--policy", "mixed.json", "--format", "json", "--quiet", ...args], dir);
      expect(r.code).toBe(0);
      return JSON.parse(r.stdout) as Obligation[];
    };
    const all = await due();
    expect(all.length).toBeGreaterThan(0);
    expect(ids(await due("--basis", "reading"))).toEqual(ids(all.filter((o) => o.basis !== "assumption")));
    expect(ids(await due("--basis", "assumption"))).toEqual(ids(all));
  });

  it("cuts the earlier evaluation of changes at the same floor, so nothing it drops shows as withdrawn", async () => {
    const dir = policies();
    const first = await cli(["evaluate", CSV_EXPORT, "--as-of", "2024-09-16", "--policy", "none.json", "--format", "json", "--out", "last.json", "--quiet"], dir);
    expect(first.code).toBe(0);
    const changes = async (...args: string[]): Promise<EvaluationChanges> => {
      const r = await cli(["changes", CSV_EXPORT, ...AS_OF, "--since", "last.json", "--policy", "none.json", "--format", "json", "--quiet", ...args], dir);
      expect([r.code, r.stderr]).toEqual([0, ""]);
      return JSON.parse(r.stdout) as EvaluationChanges;
    };
    expect((await changes()).empty).toBe(false);
    const firm = await changes("--basis", "qaf");
    expect([firm.empty, firm.breaches.withdrawn]).toEqual([true, []]);
  });

  it("cuts evaluate --since's earlier evaluation at the same floor too", async () => {
    const dir = policies();
    await cli(["evaluate", CSV_EXPORT, "--as-of", "2024-09-16", "--policy", "none.json", "--format", "json", "--out", "last.json", "--quiet"], dir);
    const html = async (...args: string[]): Promise<string> =>
      (await cli(["evaluate", CSV_EXPORT, ...AS_OF, "--since", "last.json", "--policy", "none.json", "--format", "html", "--quiet", ...args], dir)).stdout;
    const section = (page: string): string => /<section id="changes">(.*?)<\/section>/s.exec(page)?.[1] ?? "";
    expect(section(await html())).not.toContain("Nothing changed.");
    expect(section(await html("--basis", "qaf"))).toContain("Nothing changed.");
  });

  it("is a usage error naming the accepted values, with the nearest one, on each command, before evaluating", async () => {
    for (const command of ["evaluate", "due", "changes"]) {
      const r = await cli([command, CSV_EXPORT, ...AS_OF, "--since", "x.json", "--basis", "qa"].filter((a) => command === "changes" || (a !== "--since" && a !== "x.json")));
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`one-point-qaf: --basis must be qaf, reading or assumption (firmest to weakest): did you mean "qaf"?\nRun "one-point-qaf ${command} --help" for usage.\n`);
    }
    const far = await cli(["evaluate", CSV_EXPORT, ...AS_OF, "--basis", "firm"]);
    expect([far.code, far.stderr]).toEqual([2, expect.stringContaining("--basis must be qaf, reading or assumption (firmest to weakest)\n")]);
    expect((await cli(["evaluate", CSV_EXPORT, ...AS_OF, "--basis"])).stderr).toContain("--basis needs a value");
  });

  it("is in the help of evaluate, due and changes, and only there", async () => {
    for (const command of ["evaluate", "due", "changes"]) expect((await cli([command, "--help"])).stdout).toContain("--basis <b>           qaf | reading | assumption");
    for (const command of ["compare", "demo"]) {
      expect((await cli([command, "--help"])).stdout).not.toContain("--basis");
      expect((await cli([command, "--basis", "qaf"])).stderr).toContain('unknown option "--basis"');
    }
  });
});
