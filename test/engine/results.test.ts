/**
 * What evaluate returns, beyond any one rule: sorting (api.md "Sorted"), deterministic ids
 * whatever the record order, rejected records reported and counted ("Nothing lost").
 */
import { describe, expect, it } from "vitest";
import { InvalidDatasetError, evaluate, qafPolicy, type Policy } from "../../src";
import { caseAudit, dataset, org, person, type Row } from "../fixtures/org";

const auditPolicy: Policy = { ...qafPolicy, rules: qafPolicy.rules.filter((r) => r.id.startsWith("audit.")) };

/**
 * Three case audits in June 2024, given out of order (a1 before a0):
 * - a2: grade 10, completed Mon 06-03, submitted 06-05 unmoderated, not recorded, no feedback;
 * - a1 and a0: grade 4, completed 06-10, face-to-face feedback Wed 06-12, no plan sent,
 *   not moderated nor submitted; a1 has action a1-1 due 06-19, not done.
 */
function june(): Record<string, Row[]> {
  const low = (id: string, extra: Row = {}) =>
    caseAudit({ id, grade: 4, feedbackMeetingOn: "2024-06-12", faceToFaceFeedback: true, ...extra });
  return dataset({
    audits: [
      low("a1", { actions: [{ id: "a1-1", ownerId: "p-n", dueOn: "2024-06-19" }] }),
      low("a0"),
      caseAudit({ id: "a2", grade: 10, completedOn: "2024-06-03", submittedOn: "2024-06-05", recordedOnCaseFile: false }),
    ],
  });
}
const JUNE = { asOf: "2024-06-30", from: "2024-06-01", policy: auditPolicy };

describe("sorting", () => {
  it("obligations by dueBy, then ruleId, then subject id; undated last", async () => {
    const r = await evaluate(june(), JUNE);
    expect(r.obligations.map((o) => [o.dueBy, o.id])).toEqual([
      ["2024-06-05", "audit.moderation/audit:a2"], // submitted unmoderated
      ["2024-06-17", "audit.feedback/audit:a2"], // 10th working day after Mon 3 June
      ["2024-06-19", "audit.actions/action:a1-1"],
      ["2024-06-19", "audit.qisp/audit:a0"], // 5th working day after Wed 12 June
      ["2024-06-19", "audit.qisp/audit:a1"],
      ["2024-06-24", "audit.feedback/audit:a0"], // 10th working day after Mon 10 June
      ["2024-06-24", "audit.feedback/audit:a1"],
      ["2024-06-30", "audit.ops-supervision-audit/staff:om-n/2024-06"],
      ["2024-06-30", "audit.ops-supervision-audit/staff:om-s/2024-06"],
      ["2024-06-30", "audit.strategic-supervision-audit/staff:om-n/2024/25 Q1"],
      ["2024-06-30", "audit.strategic-supervision-audit/staff:om-s/2024/25 Q1"],
      [null, "audit.moderation/audit:a0"], // neither moderated nor submitted
      [null, "audit.moderation/audit:a1"],
    ]);
  });

  it("breaches by since, then ruleId, then subject id", async () => {
    const r = await evaluate(june(), JUNE);
    expect(r.breaches.map((b) => [b.since, b.id])).toEqual([
      ["2024-06-03", "audit.recorded/audit:a2"],
      ["2024-06-06", "audit.moderation/audit:a2#breach"],
      ["2024-06-18", "audit.feedback/audit:a2#breach"],
      ["2024-06-20", "audit.actions/action:a1-1#breach"],
      ["2024-06-20", "audit.qisp/audit:a0#breach"],
      ["2024-06-20", "audit.qisp/audit:a1#breach"],
    ]);
  });

  it("escalations by raisedOn, then ruleId, then subject id", async () => {
    const r = await evaluate(june(), JUNE);
    const key = (e: (typeof r.escalations)[number]) => [e.raisedOn, e.ruleId, e.subject.id];
    for (let i = 1; i < r.escalations.length; i++) {
      const [a, b] = [key(r.escalations[i - 1] as never), key(r.escalations[i] as never)];
      const first = a.findIndex((x, j) => x !== b[j]);
      if (first >= 0) expect((a[first] as string) < (b[first] as string), `${a.join()} before ${b.join()}`).toBe(true);
    }
    expect(r.escalations.filter((e) => e.kind === "referral").map((e) => [e.raisedOn, e.id])).toEqual([
      ["2024-06-03", "audit.moderation/audit:a2#referral"],
      ["2024-06-10", "audit.moderation/audit:a0#referral"],
      ["2024-06-10", "audit.moderation/audit:a1#referral"],
      ["2024-06-10", "audit.qisp/audit:a0#referral"],
      ["2024-06-10", "audit.qisp/audit:a1#referral"],
    ]);
  });
});

describe("deterministic ids and results", () => {
  const reversed = (ds: Record<string, Row[]>) =>
    Object.fromEntries(
      Object.entries(ds).reverse().map(([k, rows]) => [
        k,
        [...rows].reverse().map((row) => (Array.isArray(row["actions"]) ? { ...row, actions: [...(row["actions"] as Row[])].reverse() } : row)),
      ]),
    );

  it("the same records in another order give a deeply equal evaluation", async () => {
    const a = await evaluate(june(), JUNE);
    const b = await evaluate(reversed(june()), JUNE);
    expect(b).toEqual(a);
  });

  it("the same call twice gives a deeply equal evaluation, with the full QAF policy too", async () => {
    expect(await evaluate(june(), JUNE)).toEqual(await evaluate(june(), JUNE));
    const full = { asOf: "2024-09-30" };
    expect(await evaluate(reversed(june()), full)).toEqual(await evaluate(june(), full));
  });

  it("ids follow ruleId/type:id[/key], breach = obligation id + #breach, escalation = breach id + #escalation", async () => {
    const r = await evaluate(june(), JUNE);
    for (const o of r.obligations) expect(o.id.startsWith(`${o.ruleId}/${o.subject.type}:${o.subject.id}`)).toBe(true);
    for (const b of r.breaches) {
      if (b.obligationId !== undefined) expect(b.id).toBe(`${b.obligationId}#breach`);
      else expect(b.id).toBe(`${b.ruleId}/${b.subject.type}:${b.subject.id}`);
    }
    for (const e of r.escalations) {
      if (e.kind === "breach") expect(e.id).toBe(`${e.breachId}#escalation`);
    }
    const ids = [...r.obligations, ...r.breaches, ...r.escalations].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("rejected records", () => {
  it("are reported with collection, index, id and paths, counted, and the rest still evaluated", async () => {
    const { staff } = org();
    const ds = dataset({
      staff: [...staff, person("odd", "wizard")],
      audits: [
        caseAudit({ id: "ok" }),
        { ...caseAudit({ id: "no-grade" }), grade: undefined },
        caseAudit({ id: "dangling", auditorId: "ghost" }),
        42 as unknown as Row,
      ],
    });
    const r = await evaluate(ds, { asOf: "2024-09-30", policy: auditPolicy });

    const audits = r.rejected.filter((x) => x.collection === "audits");
    expect(audits.map((x) => [x.index, x.id])).toEqual([[1, "no-grade"], [2, "dangling"], [3, undefined]]);
    expect(audits[0]?.issues.map((i) => i.path)).toContainEqual(["grade"]);
    expect(audits[1]?.issues.map((i) => i.path)).toContainEqual(["auditorId"]);
    expect(r.rejected.filter((x) => x.collection === "staff").map((x) => [x.index, x.id])).toEqual([[7, "odd"]]);

    expect(r.counts["audits"]).toEqual({ received: 4, evaluated: 1, rejected: 3 });
    expect(r.counts["staff"]).toEqual({ received: 8, evaluated: 7, rejected: 1 });
    for (const [name, c] of Object.entries(r.counts)) expect(c.received, name).toBe(c.evaluated + c.rejected);

    const subjects = new Set(r.obligations.map((o) => o.subject.id));
    expect(subjects.has("ok")).toBe(true);
    expect(subjects.has("no-grade") || subjects.has("dangling") || subjects.has("odd")).toBe(false);
  });

  it.each([null, [], {}, "not a dataset", { Staff: [] }])("an input that is not a dataset throws InvalidDatasetError (%j)", async (input) => {
    // Typed unknown, as data read from a file is: a literal of the wrong shape would not compile.
    await expect(evaluate(input as unknown, { asOf: "2024-09-30", policy: auditPolicy })).rejects.toBeInstanceOf(InvalidDatasetError);
  });
});

describe("parts shared between results", () => {
  it("are frozen: an owner, a source or a subject changed through one result cannot show in another, nor in another evaluation", async () => {
    const first = await evaluate(june(), JUNE);
    const second = await evaluate(june(), JUNE);
    const owned = first.breaches.filter((b) => b.owner?.staffId !== undefined);
    expect(owned.length).toBeGreaterThan(1);
    for (const b of owned) expect(Object.isFrozen(b.owner)).toBe(true);
    expect(Object.isFrozen(first.breaches[0]?.source)).toBe(true);
    // A subject is one object for every result about it: its obligation's, its breach's.
    const pairs = first.breaches.flatMap((b) => first.obligations.filter((o) => o.id === b.obligationId).map((o) => [o, b] as const));
    expect(pairs.length).toBeGreaterThan(0);
    for (const [o, b] of pairs) expect(o.subject).toBe(b.subject);
    for (const b of first.breaches) expect(Object.isFrozen(b.subject)).toBe(true);
    const quote = second.breaches[0]?.source.quote;
    expect(() => {
      (first.breaches[0] as { source: { quote: string } }).source.quote = "changed";
    }).toThrow(TypeError);
    expect(second.breaches[0]?.source.quote).toBe(quote);
  });
});
