/**
 * Evaluations in flight at the same time do not disturb each other: ten `evaluate` calls over
 * different datasets and policies, run together with Promise.all, give results deeply equal
 * to the same calls run one after the other. (Rule conditions run on json-rules-engine,
 * whose engines are asynchronous: anything shared between evaluations would show here.)
 */
import { describe, expect, it } from "vitest";
import { evaluate, qafPolicy, withParameters, type EvaluateOptions, type Evaluation, type Policy } from "../../src";
import { caseAudit, dataset, supervisionAudit, type Row } from "../fixtures/org";

const auditPolicy: Policy = { ...qafPolicy, rules: qafPolicy.rules.filter((r) => r.id.startsWith("audit.")) };

/** Audits of every grade, so that each grade threshold (QISP, moderation) decides differently. */
function graded(shift: number): Row[] {
  return Array.from({ length: 10 }, (_, i) =>
    caseAudit({
      id: `g${i + 1}`, grade: ((i + shift) % 10) + 1, completedOn: `2024-06-${String(10 + i).padStart(2, "0")}`,
      ...(i % 2 === 0 ? { feedbackMeetingOn: "2024-06-21", faceToFaceFeedback: true } : {}),
      ...(i % 3 === 0 ? { submittedOn: "2024-06-25" } : {}),
      ...(i % 4 === 0 ? { moderatedOn: "2024-06-24", moderatorId: "om-n" } : {}),
    }),
  );
}

const cases: { name: string; data: unknown; options: EvaluateOptions }[] = [
  { name: "audits, default thresholds", data: dataset({ audits: graded(0) }), options: { asOf: "2024-09-30", policy: auditPolicy } },
  { name: "audits shifted", data: dataset({ audits: graded(3) }), options: { asOf: "2024-09-30", policy: auditPolicy } },
  { name: "plan threshold 7", data: dataset({ audits: graded(0) }), options: { asOf: "2024-09-30", policy: withParameters(auditPolicy, { audit: { qispMaxGrade: 7 } }) } },
  { name: "plan threshold 2", data: dataset({ audits: graded(5) }), options: { asOf: "2024-07-15", policy: withParameters(auditPolicy, { audit: { qispMaxGrade: 2 } }) } },
  { name: "moderation of 9 and 10", data: dataset({ audits: graded(1) }), options: { asOf: "2024-09-30", policy: withParameters(auditPolicy, { audit: { moderationHighGrades: [9, 10], moderationMaxLowGrade: 3 } }) } },
  { name: "fast escalation", data: dataset({ audits: graded(7) }), options: { asOf: "2024-08-31", policy: withParameters(auditPolicy, { escalation: { levelAfterWorkingDays: [1, 2] } }) } },
  { name: "supervision audits", data: dataset({ audits: [supervisionAudit("s1", "2024-04-05"), supervisionAudit("s2", "2024-05-06", { auditorId: "sm" })] }), options: { asOf: "2024-12-31", policy: auditPolicy } },
  { name: "narrow window", data: dataset({ audits: graded(2) }), options: { asOf: "2024-06-30", from: "2024-06-20", policy: auditPolicy } },
  { name: "full QAF policy", data: dataset({ audits: graded(4) }), options: { asOf: "2024-09-30" } },
  { name: "full QAF policy, other parameters", data: dataset({ audits: graded(6) }), options: { asOf: "2025-03-31", policy: withParameters(qafPolicy, { audit: { qispMaxGrade: 8 }, survey: { targetRate: 0.5 } }) } },
];

describe("concurrent evaluations", () => {
  it("ten evaluate calls at once equal the same ten run one after the other", async () => {
    const sequential: Evaluation[] = [];
    for (const c of cases) sequential.push(await evaluate(c.data, c.options));
    const together = await Promise.all(cases.map((c) => evaluate(c.data, c.options)));
    together.forEach((r, i) => expect(r, cases[i]?.name).toEqual(sequential[i]));
    // The cases really differ, so a mix-up between them would show.
    const qisp = sequential.map((r) => r.obligations.filter((o) => o.ruleId === "audit.qisp").length);
    expect(new Set(qisp).size).toBeGreaterThan(3);
  });

  it("the same calls interleaved in reverse order still equal the sequential results", async () => {
    const sequential: Evaluation[] = [];
    for (const c of cases) sequential.push(await evaluate(c.data, c.options));
    const reversed = await Promise.all([...cases].reverse().map((c) => evaluate(c.data, c.options)));
    reversed.reverse().forEach((r, i) => expect(r, cases[i]?.name).toEqual(sequential[i]));
  });

  it("one dataset under two policies at once gets each policy's answer", async () => {
    const data = dataset({ audits: [caseAudit({ grade: 6, feedbackMeetingOn: "2024-06-12" })] });
    const strict = withParameters(auditPolicy, { audit: { qispMaxGrade: 6 } });
    const runs = await Promise.all(
      Array.from({ length: 10 }, (_, i) => evaluate(data, { asOf: "2024-09-30", policy: i % 2 === 0 ? strict : auditPolicy })),
    );
    runs.forEach((r, i) => {
      expect(r.obligations.some((o) => o.id === "audit.qisp/audit:a1"), `run ${i}`).toBe(i % 2 === 0);
    });
  });
});
