import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/run/evaluate";
import type { RuleDefinition } from "../../src/model/policy";
import type { Policy } from "../../src/policy/policy";
import { qafPolicy } from "../../src/policy/qaf-policy";
import { withRules } from "../../src/policy/with-rules";
import { caseAudit, dataset, familyCase, supervision } from "../fixtures/org";

/** The default policy with one rule's effective dates set. */
function effective(id: string, dates: RuleDefinition["effective"], policy: Policy = qafPolicy): Policy {
  return { ...policy, rules: policy.rules.map((r) => (r.id === id ? { ...r, effective: dates } : r)) };
}

const window = { from: "2024-04-01", asOf: "2024-12-31" };
const CHANGE = { from: "2024-07-01" };

describe("a rule's effective dates, per kind, by the day that decides each obligation", () => {
  it("deadline: keeps only subjects whose anchor date is in force; a replacement rule takes over the day after", async () => {
    // Feedback within 10 working days until 30 June 2024; a new rule asks for 5 from 1 July.
    const retired = effective("audit.feedback", { to: "2024-06-30" });
    const old = retired.rules.find((r) => r.id === "audit.feedback") as RuleDefinition & { kind: "deadline" };
    const replacement = {
      ...old, id: "audit.feedback-5-days", effective: { from: "2024-07-01" },
      due: { type: "working-days" as const, after: "completedOn", count: 5 },
    } satisfies RuleDefinition;
    const policy = { ...retired, rules: [...retired.rules, replacement] };
    const ds = dataset({ audits: [caseAudit({ id: "a-june", completedOn: "2024-06-28" }), caseAudit({ id: "a-july", completedOn: "2024-07-01" })] });
    const result = await evaluate(ds, { ...window, policy });
    const feedback = result.obligations
      .filter((o) => o.ruleId.startsWith("audit.feedback"))
      .map((o) => [o.ruleId, o.subject.id, o.dueBy]);
    // Fri 28 Jun + 10 working days is 12 Jul; Mon 1 Jul + 5 is 8 Jul.
    expect(feedback).toEqual([
      ["audit.feedback-5-days", "a-july", "2024-07-08"],
      ["audit.feedback", "a-june", "2024-07-12"],
    ]);
  });

  it("check: judges a record only when its own date is in force (the first day included)", async () => {
    const ds = dataset({
      audits: [
        caseAudit({ id: "a-june", completedOn: "2024-06-30", recordedOnCaseFile: false }),
        caseAudit({ id: "a-july", completedOn: "2024-07-01", recordedOnCaseFile: false }),
      ],
    });
    const result = await evaluate(ds, { ...window, policy: effective("audit.recorded", CHANGE) });
    expect(result.breaches.filter((b) => b.ruleId === "audit.recorded").map((b) => b.subject.id)).toEqual(["a-july"]);
  });

  it("cadence: owes only the periods that start on or after a rule's first day", async () => {
    const result = await evaluate(dataset(), { ...window, policy: effective("governance.ehivc-management-team", CHANGE) });
    const months = result.obligations.filter((o) => o.ruleId === "governance.ehivc-management-team").map((o) => o.period?.from);
    expect(months).toEqual(["2024-07-01", "2024-08-01", "2024-09-01", "2024-10-01", "2024-11-01", "2024-12-01"]);
  });

  it("cadence: a period that starts before the rule's first day is not owed, even partly", async () => {
    const midMonth = effective("governance.ehivc-management-team", { from: "2024-07-02" });
    const result = await evaluate(dataset(), { ...window, policy: midMonth });
    const months = result.obligations.filter((o) => o.ruleId === "governance.ehivc-management-team").map((o) => o.period?.from);
    expect(months[0]).toBe("2024-08-01");
  });

  it("target: a retired target stops with the last quarter that started while it was in force", async () => {
    const result = await evaluate(dataset(), { ...window, policy: effective("survey.completion-target", { to: "2024-06-30" }) });
    const quarters = result.obligations.filter((o) => o.ruleId === "survey.completion-target").map((o) => o.period?.from);
    // The quarter before the window (due 30 April, inside it) started while the rule was in force too.
    expect(quarters).toEqual(["2024-01-01", "2024-04-01"]);
  });

  it("chain: keeps the waits that start inside the effective dates", async () => {
    const ds = dataset({
      supervisions: [supervision("s-may", "tm-n", "p-n", "2024-05-01"), supervision("s-jul", "tm-n", "p-n", "2024-07-15")],
    });
    // A suggested rule, shipped off: switched on here, then given effective dates.
    const on = withRules(qafPolicy, { "supervision.interval": { enabled: true } });
    const all = await evaluate(ds, { ...window, policy: on });
    const from = await evaluate(ds, { ...window, policy: effective("supervision.interval", CHANGE, on) });
    const waits = (r: typeof all) =>
      r.obligations.filter((o) => o.ruleId === "supervision.interval" && o.subject.id === "p-n").map((o) => o.id.split("/").at(-1));
    // Each wait is keyed by the day it started: the start date (2020) and each supervision.
    expect(waits(all)).toEqual(["2020-01-01", "2024-05-01", "2024-07-15"]);
    expect(waits(from)).toEqual(["2024-07-15"]);
  });

  it("chain: a referral raised when the chain starts is raised only if its first wait is in force", async () => {
    // Case 100 (IFST) opened 15 Jan 2024: 9 months on, 15 Oct 2024, it goes to case clinic;
    // discussed there on 1 November, which starts the next wait (in force from 16 October).
    const clinic = { id: "m1", kind: "case-clinic", heldOn: "2024-11-01", scope: { type: "staff", id: "om-n" }, caseIds: ["100"] };
    const ds = dataset({ cases: [familyCase()], meetings: [clinic] });
    const referrals = async (dates: RuleDefinition["effective"]) => {
      const result = await evaluate(ds, { ...window, policy: effective("case.duration-review", dates) });
      return result.escalations.filter((e) => e.ruleId === "case.duration-review" && e.kind === "referral").map((e) => e.raisedOn);
    };
    expect(await referrals({ from: "2024-10-15" })).toEqual(["2024-10-15"]);
    expect(await referrals({ from: "2024-10-16" })).toEqual([]);
    expect(await referrals({ to: "2024-10-14" })).toEqual([]);
  });
});
