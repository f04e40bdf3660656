import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "../../src/compare/canonical-json";
import { comparePolicies } from "../../src/compare/compare-policies";
import { diffParameters, touches } from "../../src/compare/diff-parameters";
import { InvalidPolicyError } from "../../src/errors";
import { parsePolicy } from "../../src/engine/compile/parse-policy";
import { qafPolicy } from "../../src/policy/qaf-policy";
import { withParameters } from "../../src/policy/with-parameters";
import { auditDataset } from "./fixture";

const window = { asOf: "2024-09-30", from: "2024-04-01" };

describe("comparePolicies", () => {
  it("shows what feedback within 5 working days instead of 10 does, and why", async () => {
    const proposal = withParameters(qafPolicy, { audit: { feedbackWorkingDays: 5 } });
    const impact = await comparePolicies(auditDataset, qafPolicy, proposal, window);
    expect(impact.parameters).toEqual([{ name: "audit.feedbackWorkingDays", before: 10, after: 5 }]);
    expect(impact.rules).toEqual({ added: [], removed: [], changed: [] });
    // Mon 1 Jul + 10 working days = Mon 15 Jul (met on 10 Jul); + 5 = Mon 8 Jul (met late).
    // Fri 28 Jun + 10 = Fri 12 Jul; + 5 = Fri 5 Jul; never met.
    expect(impact.obligations.added).toEqual([]);
    expect(impact.obligations.removed).toEqual([]);
    expect(impact.obligations.changed.map((d) => [d.id, d.fields.map((f) => [f.field, f.before, f.after]), d.because])).toEqual([
      ["audit.feedback/audit:a-after", [["status", "met", "met-late"], ["dueBy", "2024-07-15", "2024-07-08"]], ["audit.feedbackWorkingDays"]],
      ["audit.feedback/audit:a-before", [["dueBy", "2024-07-12", "2024-07-05"]], ["audit.feedbackWorkingDays"]],
    ]);
    expect(impact.breaches.added.map((d) => [d.id, d.after?.status, d.after?.since, d.after?.resolvedOn])).toEqual([
      ["audit.feedback/audit:a-after#breach", "resolved", "2024-07-09", "2024-07-10"],
    ]);
    expect(impact.breaches.changed.map((d) => [d.id, d.fields])).toEqual([
      ["audit.feedback/audit:a-before#breach", [{ field: "since", before: "2024-07-13", after: "2024-07-06" }]],
    ]);
    expect(impact.breaches.removed).toEqual([]);
    // The active breach's ladder moves a week earlier: one escalation changed.
    expect(impact.escalations.changed.map((d) => d.id)).toEqual(["audit.feedback/audit:a-before#breach#escalation"]);
    const five = { added: 1, removed: 0, changed: 4 };
    expect(impact.counts).toEqual({ byRule: { "audit.feedback": five }, byTeam: { t1: five }, byArea: { north: five } });
    expect(impact.empty).toBe(false);
  });

  it("explains a rule retired by the proposal by the rule itself", async () => {
    const proposal = { ...qafPolicy, rules: qafPolicy.rules.filter((r) => r.id !== "audit.recorded") };
    const withCheckFailing = { ...auditDataset, audits: auditDataset.audits.map((a) => ({ ...a, recordedOnCaseFile: false })) };
    const impact = await comparePolicies(withCheckFailing, qafPolicy, proposal, window);
    expect(impact.rules.removed).toEqual(["audit.recorded"]);
    expect(impact.breaches.removed.map((d) => [d.id, d.because])).toEqual([
      ["audit.recorded/audit:a-after", ["rule:audit.recorded"]],
      ["audit.recorded/audit:a-before", ["rule:audit.recorded"]],
    ]);
  });

  it("shows a rule retired from a date: only what that date puts out of force goes, explained by the rule", async () => {
    // audit.recorded retired from 1 July 2024: the 28 June audit is still judged, the 1 July one no longer.
    const proposal = {
      ...qafPolicy,
      rules: qafPolicy.rules.map((r) => (r.id === "audit.recorded" ? { ...r, effective: { to: "2024-06-30" } } : r)),
    };
    const withCheckFailing = { ...auditDataset, audits: auditDataset.audits.map((a) => ({ ...a, recordedOnCaseFile: false })) };
    const impact = await comparePolicies(withCheckFailing, qafPolicy, proposal, window);
    expect(impact.rules).toEqual({ added: [], removed: [], changed: ["audit.recorded"] });
    expect(impact.breaches.removed.map((d) => [d.id, d.because])).toEqual([["audit.recorded/audit:a-after", ["rule:audit.recorded"]]]);
    expect(impact.breaches.added).toEqual([]);
  });

  it("finds nothing changed in the default policy read back from its JSON file, whatever its key order", async () => {
    const reversed = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reversed)
        : v !== null && typeof v === "object" ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversed(x)]))
          : v;
    const fromFile = parsePolicy(readFileSync(new URL("../../docs/qaf-policy.json", import.meta.url), "utf8"));
    for (const proposal of [fromFile, parsePolicy(reversed(JSON.parse(JSON.stringify(qafPolicy))))]) {
      const impact = await comparePolicies(auditDataset, qafPolicy, proposal, window);
      expect(impact.rules).toEqual({ added: [], removed: [], changed: [] });
      expect(impact.parameters).toEqual([]);
      expect(impact.empty).toBe(true);
    }
  });

  it("rejects a proposal whose dated value starts after the window", async () => {
    const late = withParameters(qafPolicy, { audit: { feedbackWorkingDays: [{ from: "2024-07-01", value: 5 }] } });
    await expect(comparePolicies(auditDataset, qafPolicy, late, window)).rejects.toThrow(InvalidPolicyError);
  });
});

describe("canonicalJson", () => {
  it("sorts object keys at every depth and keeps array order", () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] })).toBe('{"a":[2,{"c":4,"d":3}],"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });
});

describe("diffParameters", () => {
  it("names keyed and dated changes down to the value", () => {
    const p = withParameters(qafPolicy, {
      supervision: { perYear: { "part-time": 7 } },
      survey: { targetRate: [{ from: "2024-04-01", value: 0.1 }, { from: "2025-04-01", value: 0.15 }] },
    });
    expect(diffParameters(qafPolicy.parameters, p.parameters).map((c) => c.name)).toEqual([
      "supervision.perYear.part-time", "survey.targetRate",
    ]);
  });

  it("relates a keyed change to a rule reading the whole parameter, not to its neighbour", () => {
    expect(touches("supervision.perYear.part-time", "supervision.perYear")).toBe(true);
    expect(touches("supervision.perYear", "supervision.perYear.part-time")).toBe(true);
    expect(touches("supervision.perYearly", "supervision.perYear")).toBe(false);
  });
});

describe("comparePolicies: progress", () => {
  it("reports baseline, proposal and differences in order, ending with done = total", async () => {
    const events: { stage: string; done: number; total: number }[] = [];
    await comparePolicies(auditDataset, qafPolicy, withParameters(qafPolicy, { audit: { feedbackWorkingDays: 10 } }), {
      asOf: "2024-09-30", onProgress: (p) => events.push(p),
    });
    // Only the comparison's own stages: an evaluation's own events, where it reports them, are prefixed "baseline: ".
    expect(events.filter((e) => !e.stage.includes(":"))).toEqual([
      { stage: "baseline", done: 0, total: 3 }, { stage: "proposal", done: 1, total: 3 },
      { stage: "differences", done: 2, total: 3 }, { stage: "differences", done: 3, total: 3 },
    ]);
    for (const e of events.filter((x) => x.stage.includes(":"))) expect(e.stage).toMatch(/^(baseline|proposal): /);
  });
});
