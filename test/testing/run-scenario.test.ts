import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InvalidPolicyError } from "../../src/errors";
import {
  describeScenarios, formatFailures, InvalidScenarioError, loadScenarioFile, mismatches, patchDataset, runScenario, scenarioFilesIn,
} from "../../src/testing";
import type { Scenario } from "../../src/testing";
import { auditDataset } from "../compare/fixture";

const base: Scenario = {
  name: "feedback within 10 working days",
  asOf: "2024-09-30",
  from: "2024-04-01",
  dataset: auditDataset,
  expect: { rejected: [] },
};

describe("runScenario", () => {
  it("passes when every expectation matches one result and nothing absent is there", async () => {
    const result = await runScenario({
      ...base,
      expect: {
        obligations: [{ ruleId: "audit.feedback", subject: { id: "a-after" }, status: "met", dueBy: "2024-07-15" }],
        absent: { breaches: [{ ruleId: "audit.feedback", subject: { id: "a-after" } }] },
      },
    });
    expect(result.failures).toEqual([]);
    expect(result.passed).toBe(true);
  });

  it("names rule, subject, field, expected and actual when a result differs", async () => {
    const result = await runScenario({
      ...base,
      parameters: { audit: { feedbackWorkingDays: 5 } },
      expect: { obligations: [{ ruleId: "audit.feedback", subject: { id: "a-after" }, status: "met", dueBy: "2024-07-15" }] },
    });
    expect(result.passed).toBe(false);
    const [failure] = result.failures;
    expect(failure).toMatchObject({ kind: "obligation", expectation: "present", ruleId: "audit.feedback", subject: "audit:a-after" });
    expect(failure?.fields).toEqual([
      { field: "status", expected: "met", actual: "met-late" },
      { field: "dueBy", expected: "2024-07-15", actual: "2024-07-08" },
    ]);
    expect(failure?.message).toBe(
      'obligation of rule audit.feedback for audit:a-after (audit.feedback/audit:a-after): status expected "met", actual "met-late"; dueBy expected "2024-07-15", actual "2024-07-08".',
    );
    expect(formatFailures(result)).toContain('Scenario "feedback within 10 working days" failed:');
  });

  it("says which subjects a rule has when none matches the expected one", async () => {
    const result = await runScenario({ ...base, expect: { breaches: [{ ruleId: "audit.feedback", subject: { id: "a-nope" } }] } });
    expect(result.failures[0]?.message).toBe(
      'no breach of rule audit.feedback for a-nope matching {"ruleId":"audit.feedback","subject":{"id":"a-nope"}}; found breaches of that rule for: audit:a-before.',
    );
  });

  it("fails on a result that must be absent", async () => {
    const result = await runScenario({ ...base, expect: { absent: { breaches: [{ ruleId: "audit.feedback" }] } } });
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toMatchObject({ expectation: "absent", id: "audit.feedback/audit:a-before#breach", subject: "audit:a-before" });
  });

  it("evaluates only the rules a scenario names, and rejects a rule the policy does not have", async () => {
    const only = await runScenario({ ...base, rules: ["audit.feedback"], expect: { complete: ["obligations"], obligations: [{ subject: { id: "a-before" } }, { subject: { id: "a-after" } }] } });
    expect(only.failures).toEqual([]);
    expect(new Set(only.evaluation.obligations.map((o) => o.ruleId))).toEqual(new Set(["audit.feedback"]));
    await expect(runScenario({ ...base, rules: ["audit.feedback", "audit.feedbak"] })).rejects.toMatchObject({
      issues: [{ path: ["rules", 1], message: 'the policy has no rule "audit.feedbak"' }],
    });
  });

  it("refuses to filter to a rule switched off, and switches one on with `switches`", async () => {
    await expect(runScenario({ ...base, rules: ["supervision.interval"] })).rejects.toMatchObject({
      issues: [{ path: ["rules", 0], message: expect.stringContaining("is switched off in the policy") }],
    });
    const on = await runScenario({ ...base, switches: { "supervision.interval": { enabled: true } }, rules: ["supervision.interval"] });
    expect(on.evaluation.obligations.every((o) => o.ruleId === "supervision.interval")).toBe(true);
    expect(on.evaluation.obligations.length).toBeGreaterThan(0);
  });

  it("fails a complete list on each result it does not expect", async () => {
    const result = await runScenario({
      ...base, rules: ["audit.feedback"],
      expect: { complete: ["obligations", "breaches"], obligations: [{ subject: { id: "a-after" } }], breaches: [] },
    });
    expect(result.failures.map((f) => [f.expectation, f.kind, f.id])).toEqual([
      ["complete", "obligation", "audit.feedback/audit:a-before"],
      ["complete", "breach", "audit.feedback/audit:a-before#breach"],
    ]);
    expect(result.failures[0]?.message).toBe(
      "obligation audit.feedback/audit:a-before (rule audit.feedback, subject audit:a-before) is not among the expected obligations, which the scenario lists completely.",
    );
  });

  it("checks counts per rule exactly", async () => {
    const pass = await runScenario({ ...base, expect: { counts: { obligations: { "audit.feedback": 2, "audit.qisp": 0 }, breaches: { "audit.feedback": 1 } } } });
    expect(pass.failures).toEqual([]);
    const fail = await runScenario({ ...base, expect: { counts: { breaches: { "audit.feedback": 2 } } } });
    expect(fail.failures).toEqual([{
      kind: "breach", expectation: "count", ruleId: "audit.feedback",
      fields: [{ field: "counts.breaches.audit.feedback", expected: 2, actual: 1 }],
      message: "rule audit.feedback: expected 2 breaches, actual 1.",
    }]);
  });

  it("fails on a rejected record unless the scenario expects it, naming where, never the value", async () => {
    const secret = "Jane Doe, 1 Oak Road";
    const broken = { ...auditDataset, audits: [...auditDataset.audits, { id: "a-bad", kind: "case", grade: secret }] };
    const result = await runScenario({ ...base, dataset: broken });
    expect(result.passed).toBe(false);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]?.message).toMatch(/^record 2 of audits \(id a-bad\) was rejected \(.*grade.*\); fix it, or list it under expect\.rejected\.$/);
    expect(JSON.stringify(result.failures)).not.toContain(secret);
    const expected = await runScenario({ ...base, dataset: broken, expect: { rejected: [{ collection: "audits", id: "a-bad" }] } });
    expect(expected.failures).toEqual([]);
    const missing = await runScenario({ ...base, expect: { rejected: [{ collection: "audits", id: "a-bad" }] } });
    expect(missing.failures.map((f) => f.message)).toEqual(['no rejected record matches {"collection":"audits","id":"a-bad"}.']);
  });

  it("patches a base dataset: merges by id, adds, removes", async () => {
    const result = await runScenario({
      ...base,
      dataset: {
        base: auditDataset,
        patch: { audits: [{ id: "a-before", feedbackMeetingOn: "2024-07-01", faceToFaceFeedback: true }, { id: "a-after", $remove: true }] },
      },
      expect: {
        obligations: [{ ruleId: "audit.feedback", subject: { id: "a-before" }, status: "met", metOn: "2024-07-01" }],
        absent: { obligations: [{ subject: { id: "a-after" } }] },
      },
    });
    expect(result.failures).toEqual([]);
  });

  it("rejects a malformed scenario, and a bad parameter patch, with their paths", async () => {
    await expect(runScenario({ ...base, asOf: "2024-02-30" })).rejects.toThrow(InvalidScenarioError);
    await expect(runScenario({ ...base, expect: { obligation: [] } } as never)).rejects.toThrow(InvalidScenarioError);
    await expect(runScenario({ ...base, expect: {} })).rejects.toMatchObject({
      issues: [{ path: ["expect"], message: expect.stringContaining("expects nothing") }],
    });
    await expect(runScenario({ ...base, parameters: { audit: { qispMaxGrade: 11 } } })).rejects.toThrow(InvalidPolicyError);
    await expect(runScenario({ ...base, dataset: { base: "./elsewhere.json" } })).rejects.toThrow(/loadScenarioFile/);
  });
});

describe("patchDataset", () => {
  it("does not change its inputs", () => {
    const before = JSON.stringify(auditDataset);
    const out = patchDataset(auditDataset, { audits: [{ id: "a-before", grade: 9 }, { id: "new" }], areas: [{ id: "south" }] });
    expect(JSON.stringify(auditDataset)).toBe(before);
    expect((out["audits"] as { grade?: number }[]).map((a) => a.grade)).toEqual([9, 6, undefined]);
    expect(out["areas"]).toEqual([{ id: "north" }, { id: "south" }]);
  });
});

describe("mismatches", () => {
  it("matches objects partially and arrays whole", () => {
    expect(mismatches({ a: { b: 1 } }, { a: { b: 1, c: 2 }, d: 3 })).toEqual([]);
    expect(mismatches({ xs: [1] }, { xs: [1, 2] })).toEqual([{ field: "xs", expected: [1], actual: [1, 2] }]);
    expect(mismatches({ a: null }, { a: undefined })).toEqual([{ field: "a", expected: null, actual: undefined }]);
  });
});

describe("loadScenarioFile", () => {
  const folder = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), "qaf-scenario-"));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };

  it("reads a YAML scenario, and its JSON base dataset beside it", async () => {
    const scenario = loadScenarioFile("examples/policy/survey-target-today.scenario.yaml");
    expect(scenario.name).toBe("under today's 10% target, one completion in ten meets 2025/26 Q1");
    expect((scenario.dataset as { base: { teams: unknown[] } }).base.teams).toHaveLength(1);
    expect((await runScenario(scenario)).passed).toBe(true);
  });

  it("takes another YAML parser when given one", () => {
    const dir = folder({ "a.scenario.yml": "ignored" });
    const scenario = loadScenarioFile(join(dir, "a.scenario.yml"), { parseYaml: () => ({ name: "from the parser" }) });
    expect(scenario.name).toBe("from the parser");
  });

  it("reports a missing file, and a file that does not parse by line or position, never quoting it", () => {
    const secret = "Jane Doe of 1 Oak Road";
    const dir = folder({
      "bad.scenario.yaml": `name: x\nexpect: [unclosed ${secret}\n`,
      "bad.scenario.json": `{ "name": "${secret}", }`,
    });
    expect(() => loadScenarioFile(join(dir, "missing.scenario.json"))).toThrow(/cannot read/);
    for (const file of ["bad.scenario.yaml", "bad.scenario.json"]) {
      let error: unknown;
      try {
        loadScenarioFile(join(dir, file));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InvalidScenarioError);
      const message = (error as InvalidScenarioError).issues[0]?.message ?? "";
      expect(message).toMatch(/does not parse as (YAML at line \d+, column \d+|JSON( at position \d+)?)$/);
      expect(message).not.toContain("Oak Road");
    }
  });

  it("lists a folder's JSON and YAML scenario files in name order, and nothing else", () => {
    const dir = folder({ "b.scenario.yaml": "", "a.scenario.json": "", "c.scenario.YML": "", "notes.json": "", "d.json": "" });
    expect(scenarioFilesIn(dir).map((f) => f.slice(dir.length + 1))).toEqual(["a.scenario.json", "b.scenario.yaml", "c.scenario.YML"]);
  });
});

describe("describeScenarios", () => {
  it("registers one test per scenario inside one group, and a failing scenario throws its report", async () => {
    const names: string[] = [];
    const bodies: (() => Promise<void>)[] = [];
    describeScenarios("group", [base, { ...base, name: "wrong", expect: { breaches: [{ ruleId: "audit.none" }] } }], {
      describe: (name, body) => { names.push(`describe:${name}`); body(); },
      it: (name, body) => { names.push(name); bodies.push(body); },
    });
    expect(names).toEqual(["describe:group", "feedback within 10 working days", "wrong"]);
    await expect(bodies[0]?.()).resolves.toBeUndefined();
    await expect(bodies[1]?.()).rejects.toThrow(/no breach of rule audit.none/);
  });
});

describe("scenarios that could hurt the runner", () => {
  it("refuses one nested 200,000 deep with an issue, not a stack overflow", async () => {
    const deep = JSON.parse(`${"[".repeat(200000)}${"]".repeat(200000)}`) as unknown;
    await expect(runScenario({ name: "deep", asOf: "2025-03-31", dataset: {}, expect: { breaches: [{ details: deep }] } }))
      .rejects.toMatchObject({ issues: [{ path: ["expect", "breaches", 0, "details"], message: expect.stringContaining("nested more than 100 levels") }] });
  });

  it("refuses a __proto__ key in its parameters, switches or patch instead of dropping it", async () => {
    const parameters = JSON.parse('{"__proto__": {"survey": {"targetRate": 1}}}') as Record<string, unknown>;
    await expect(runScenario({ name: "proto", asOf: "2025-03-31", dataset: {}, parameters, expect: { rejected: [] } }))
      .rejects.toMatchObject({ issues: [{ path: ["parameters", "__proto__"], message: "this key is not allowed" }] });
  });
});
