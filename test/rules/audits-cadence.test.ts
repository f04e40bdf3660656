/**
 * Example tests of the supervision-audit cadences: audit.ops-supervision-audit (each active
 * operations manager, one supervision audit a month) and audit.strategic-supervision-audit
 * (for each operations manager, one supervision audit a quarter by the strategic manager, of
 * a supervision that operations manager held). Fixture: test/fixtures/org.ts (`om-n`, `om-s`,
 * `sm`; supervisions `sup-n` held by `om-n` and `sup-s` held by `om-s`).
 */
import { describe, expect, it } from "vitest";
import { evaluate, qafPolicy, type Evaluation, type Policy } from "../../src";
import { caseAudit, dataset, org, person, supervisionAudit, type Row } from "../fixtures/org";

const auditPolicy: Policy = { ...qafPolicy, rules: qafPolicy.rules.filter((r) => r.id.startsWith("audit.")) };

const OPS = "audit.ops-supervision-audit";
const STRATEGIC = "audit.strategic-supervision-audit";

const run = (collections: Record<string, Row[]>, asOf: string, from?: string) =>
  evaluate(dataset(collections), { asOf, ...(from ? { from } : {}), policy: auditPolicy });

const of = (r: Evaluation, ruleId: string, staffId: string) =>
  r.obligations.filter((o) => o.ruleId === ruleId && o.subject.id === staffId);
const obligation = (r: Evaluation, id: string) => r.obligations.find((o) => o.id === id);
const breach = (r: Evaluation, id: string) => r.breaches.find((b) => b.id === id);

describe("audit.ops-supervision-audit: one supervision audit per month by each operations manager", () => {
  it("one obligation per month per operations manager, met by a supervision audit they completed", async () => {
    const audits = [supervisionAudit("sa-apr", "2024-04-15"), supervisionAudit("sa-jun", "2024-06-03")];
    const r = await run({ audits }, "2024-07-01");
    expect(of(r, OPS, "om-n").map((o) => [o.id, o.dueBy, o.status, o.metOn])).toEqual([
      [`${OPS}/staff:om-n/2024-04`, "2024-04-30", "met", "2024-04-15"],
      [`${OPS}/staff:om-n/2024-05`, "2024-05-31", "overdue", undefined],
      [`${OPS}/staff:om-n/2024-06`, "2024-06-30", "met", "2024-06-03"],
      [`${OPS}/staff:om-n/2024-07`, "2024-07-31", "open", undefined],
    ]);
    expect(obligation(r, `${OPS}/staff:om-n/2024-04`)).toMatchObject({
      subject: { type: "staff", id: "om-n" }, owner: { staffId: "om-n", role: "operations-manager" },
      period: { from: "2024-04-01", to: "2024-04-30" }, evidence: ["sa-apr"], progress: { done: 1, required: 1 },
    });
    expect(breach(r, `${OPS}/staff:om-n/2024-05#breach`)).toMatchObject({
      severity: "medium", owner: { staffId: "om-n" }, since: "2024-06-01", status: "active",
    });
    // Nobody else is an operations manager: only om-n and om-s owe.
    expect([...new Set(r.obligations.filter((o) => o.ruleId === OPS).map((o) => o.subject.id))].sort()).toEqual(["om-n", "om-s"]);
  });

  it("the month's last day is its due date: open on it, overdue after", async () => {
    const onDue = await run({ audits: [] }, "2024-06-30", "2024-06-01");
    expect(obligation(onDue, `${OPS}/staff:om-s/2024-06`)).toMatchObject({ dueBy: "2024-06-30", status: "open" });
    const after = await run({ audits: [] }, "2024-07-01", "2024-06-01");
    expect(obligation(after, `${OPS}/staff:om-s/2024-06`)).toMatchObject({ status: "overdue" });
    expect(breach(after, `${OPS}/staff:om-s/2024-06#breach`)).toMatchObject({ since: "2024-07-01", status: "active" });
  });

  it("only supervision audits by the manager count: not a case audit by them, not another's supervision audit", async () => {
    const audits = [
      caseAudit({ id: "case-by-om", auditorId: "om-n", completedOn: "2024-06-05", grade: 7 }),
      supervisionAudit("by-sm", "2024-06-06", { auditorId: "sm" }),
      supervisionAudit("by-om-s", "2024-06-07", { auditorId: "om-s", supervisionId: "sup-s", workerId: "tm-s" }),
    ];
    const r = await run({ audits }, "2024-07-01", "2024-06-01");
    expect(obligation(r, `${OPS}/staff:om-n/2024-06`)).toMatchObject({ status: "overdue", evidence: [], progress: { done: 0, required: 1 } });
    expect(obligation(r, `${OPS}/staff:om-s/2024-06`)).toMatchObject({ status: "met", evidence: ["by-om-s"] });
  });

  it("an audit completed after asOf is no evidence", async () => {
    const r = await run({ audits: [supervisionAudit("later", "2024-06-20")] }, "2024-06-15", "2024-06-01");
    expect(obligation(r, `${OPS}/staff:om-n/2024-06`)).toMatchObject({ status: "open", evidence: [], progress: { done: 0, required: 1 } });
  });

  it("a leaver owes the months they worked in, none after leftOn", async () => {
    const { staff } = org();
    const leaver = staff.map((s) => (s["id"] === "om-s" ? { ...s, leftOn: "2024-05-15" } : s));
    const r = await run({ staff: leaver, audits: [] }, "2024-07-31");
    expect(of(r, OPS, "om-s").map((o) => [o.period?.from, o.status])).toEqual([
      ["2024-04-01", "overdue"],
      ["2024-05-01", "overdue"],
    ]);
  });

  it("a starter owes from their start month", async () => {
    const { staff } = org();
    const starter = person("om-x", "operations-manager", { areaId: "south", lineManagerId: "sm", startedOn: "2024-05-20" });
    const r = await run({ staff: [...staff, starter], audits: [] }, "2024-06-30");
    expect(of(r, OPS, "om-x").map((o) => o.period?.from)).toEqual(["2024-05-01", "2024-06-01"]);
  });

  it("a month in which every working day is absence is excused, with no breach", async () => {
    const absences = [{ staffId: "om-n", from: "2024-05-01", to: "2024-05-31", reason: "sickness" }];
    const r = await run({ absences, audits: [] }, "2024-07-01");
    expect(obligation(r, `${OPS}/staff:om-n/2024-05`)).toMatchObject({ status: "excused" });
    expect(breach(r, `${OPS}/staff:om-n/2024-05#breach`)).toBeUndefined();
    expect(obligation(r, `${OPS}/staff:om-n/2024-04`)).toMatchObject({ status: "overdue" });
  });
});

describe("audit.strategic-supervision-audit: each quarter, for each operations manager, one by the strategic manager", () => {
  it("is met by the strategic manager's audit of a supervision the operations manager held", async () => {
    const audits = [supervisionAudit("sm-n", "2024-05-10", { auditorId: "sm" })];
    const r = await run({ audits }, "2024-07-01");
    expect(obligation(r, `${STRATEGIC}/staff:om-n/2024/25 Q1`)).toMatchObject({
      ruleId: STRATEGIC, subject: { type: "staff", id: "om-n" }, owner: { staffId: "sm", role: "strategic-manager" },
      period: { from: "2024-04-01", to: "2024-06-30" }, dueBy: "2024-06-30",
      status: "met", metOn: "2024-05-10", evidence: ["sm-n"],
    });
    // om-s's supervisions were not audited: overdue, owned by the strategic manager.
    expect(obligation(r, `${STRATEGIC}/staff:om-s/2024/25 Q1`)).toMatchObject({ dueBy: "2024-06-30", status: "overdue", owner: { staffId: "sm" } });
    expect(breach(r, `${STRATEGIC}/staff:om-s/2024/25 Q1#breach`)).toMatchObject({
      severity: "medium", owner: { staffId: "sm" }, since: "2024-07-01", status: "active",
    });
    expect(obligation(r, `${STRATEGIC}/staff:om-n/2024/25 Q2`)).toMatchObject({ dueBy: "2024-09-30", status: "open" });
  });

  it("is matched through the audited supervision's supervisorId, not the audit's workerId", async () => {
    // The audit names om-n as worker, but the supervision audited (sup-s) was held by om-s.
    const audits = [supervisionAudit("sm-s", "2024-05-10", { auditorId: "sm", supervisionId: "sup-s", workerId: "om-n" })];
    const r = await run({ audits }, "2024-07-01");
    expect(obligation(r, `${STRATEGIC}/staff:om-s/2024/25 Q1`)).toMatchObject({ status: "met", evidence: ["sm-s"] });
    expect(obligation(r, `${STRATEGIC}/staff:om-n/2024/25 Q1`)).toMatchObject({ status: "overdue" });
  });

  it("an operations manager's own supervision audit does not count for the strategic cadence", async () => {
    const r = await run({ audits: [supervisionAudit("om-own", "2024-05-10")] }, "2024-07-01");
    expect(obligation(r, `${STRATEGIC}/staff:om-n/2024/25 Q1`)).toMatchObject({ status: "overdue", evidence: [] });
    expect(obligation(r, `${OPS}/staff:om-n/2024-05`)).toMatchObject({ status: "met" });
  });

  it("a leaver owes the quarters they worked in only", async () => {
    const { staff } = org();
    const leaver = staff.map((s) => (s["id"] === "om-s" ? { ...s, leftOn: "2024-05-15" } : s));
    const r = await run({ staff: leaver, audits: [] }, "2024-10-31");
    expect(of(r, STRATEGIC, "om-s").map((o) => o.period?.from)).toEqual(["2024-04-01"]);
    expect(of(r, STRATEGIC, "om-n").map((o) => o.period?.from)).toEqual(["2024-04-01", "2024-07-01", "2024-10-01"]);
  });
});
