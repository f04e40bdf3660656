/**
 * Example tests of the audit deadline rules (audit.qisp, audit.moderation, audit.feedback,
 * audit.actions) and the audit.recorded check, through the public `evaluate`.
 *
 * Every expected date is worked out by hand from rules.md and calendar.md; the working-day
 * counts are written next to them. The fixture organisation is test/fixtures/org.ts: the
 * auditor is `tm-n` (team manager, line manager `om-n`), the worker `p-n`, whose operations
 * manager is `om-n`.
 */
import { describe, expect, it } from "vitest";
import { evaluate, qafPolicy, withParameters, type Evaluation, type Policy } from "../../src";
import { caseAudit, dataset, person, org, type Row } from "../fixtures/org";

/** Only the audit rules, so that other sections' work in progress cannot disturb these examples. */
const auditPolicy: Policy = { ...qafPolicy, rules: qafPolicy.rules.filter((r) => r.id.startsWith("audit.")) };

const run = (audits: Row[], asOf: string, policy: Policy = auditPolicy, extra: Record<string, Row[]> = {}) =>
  evaluate(dataset({ audits, ...extra }), { asOf, policy });

const obligation = (r: Evaluation, id: string) => r.obligations.find((o) => o.id === id);
const breach = (r: Evaluation, id: string) => r.breaches.find((b) => b.id === id);
const referral = (r: Evaluation, id: string) => r.escalations.find((e) => e.kind === "referral" && e.id === id);
const forSubject = (r: Evaluation, ruleId: string, subjectId: string) =>
  r.obligations.filter((o) => o.ruleId === ruleId && o.subject.id === subjectId);

const AUDITOR = { staffId: "tm-n", role: "team-manager" };
const OPS_MANAGER = { staffId: "om-n", role: "operations-manager" };

describe("audit.qisp: a support plan to the worker's operations manager within 5 working days of the feedback meeting", () => {
  // Feedback meeting Wed 2024-06-12: Thu 13 (1), Fri 14 (2), Mon 17 (3), Tue 18 (4), Wed 19 (5).
  const graded = (extra: Row) => caseAudit({ grade: 4, feedbackMeetingOn: "2024-06-12", faceToFaceFeedback: true, ...extra });

  it("sent to the operations manager on the due date itself is met, and no breach", async () => {
    const r = await run([graded({ qispSentOn: "2024-06-19", qispSentToId: "om-n" })], "2024-09-30");
    expect(obligation(r, "audit.qisp/audit:a1")).toMatchObject({
      ruleId: "audit.qisp", subject: { type: "audit", id: "a1" }, owner: AUDITOR,
      dueBy: "2024-06-19", status: "met", metOn: "2024-06-19", evidence: ["a1"],
    });
    expect(breach(r, "audit.qisp/audit:a1#breach")).toBeUndefined();
  });

  it("sent a day after the due date is met-late, its breach high, begun and resolved that day", async () => {
    const r = await run([graded({ qispSentOn: "2024-06-20", qispSentToId: "om-n" })], "2024-09-30");
    expect(obligation(r, "audit.qisp/audit:a1")).toMatchObject({ dueBy: "2024-06-19", status: "met-late", metOn: "2024-06-20" });
    expect(breach(r, "audit.qisp/audit:a1#breach")).toMatchObject({
      ruleId: "audit.qisp", obligationId: "audit.qisp/audit:a1", subject: { type: "audit", id: "a1" },
      owner: AUDITOR, severity: "high", since: "2024-06-20", status: "resolved", resolvedOn: "2024-06-20",
    });
  });

  it("never sent: open on the due date, overdue the day after, breach active since then", async () => {
    const onDue = await run([graded({})], "2024-06-19");
    expect(obligation(onDue, "audit.qisp/audit:a1")).toMatchObject({ dueBy: "2024-06-19", status: "open" });
    expect(obligation(onDue, "audit.qisp/audit:a1")?.metOn).toBeUndefined();
    expect(onDue.breaches.filter((b) => b.ruleId === "audit.qisp")).toEqual([]);

    const after = await run([graded({})], "2024-06-20");
    expect(obligation(after, "audit.qisp/audit:a1")).toMatchObject({ dueBy: "2024-06-19", status: "overdue", evidence: [] });
    const b = breach(after, "audit.qisp/audit:a1#breach");
    expect(b).toMatchObject({ since: "2024-06-20", status: "active", severity: "high", owner: AUDITOR });
    expect(b?.resolvedOn).toBeUndefined();
    expect(b?.message).toMatch(/\S/);
  });

  it("sent to the wrong person (the auditor, or another area's operations manager) is not fulfilment", async () => {
    for (const wrong of ["tm-n", "om-s", "sm"]) {
      const r = await run([graded({ qispSentOn: "2024-06-13", qispSentToId: wrong })], "2024-07-01");
      expect(obligation(r, "audit.qisp/audit:a1"), wrong).toMatchObject({ dueBy: "2024-06-19", status: "overdue", evidence: [] });
      expect(obligation(r, "audit.qisp/audit:a1")?.metOn).toBeUndefined();
      expect(breach(r, "audit.qisp/audit:a1#breach"), wrong).toMatchObject({ since: "2024-06-20", status: "active" });
    }
  });

  it("sent to the wrong person before the due date is still open until the due date", async () => {
    const r = await run([graded({ qispSentOn: "2024-06-13", qispSentToId: "tm-n" })], "2024-06-18");
    expect(obligation(r, "audit.qisp/audit:a1")).toMatchObject({ dueBy: "2024-06-19", status: "open" });
  });

  it("the State Funeral (Mon 2022-09-19) inside the window moves the due date to 2022-09-22", async () => {
    // Wed 14: Thu 15 (1), Fri 16 (2), Mon 19 bank holiday, Tue 20 (3), Wed 21 (4), Thu 22 (5).
    const audit = graded({ completedOn: "2022-09-13", feedbackMeetingOn: "2022-09-14", qispSentOn: "2022-09-22", qispSentToId: "om-n" });
    const r = await run([audit], "2022-10-31");
    expect(obligation(r, "audit.qisp/audit:a1")).toMatchObject({ dueBy: "2022-09-22", status: "met", metOn: "2022-09-22" });
  });

  it("Christmas 2024 inside the window moves the due date to 2024-12-30", async () => {
    // Thu 19: Fri 20 (1), Mon 23 (2), Tue 24 (3), 25 and 26 bank holidays, Fri 27 (4), Mon 30 (5).
    const sent = (on: string) => graded({ completedOn: "2024-12-18", feedbackMeetingOn: "2024-12-19", qispSentOn: on, qispSentToId: "om-n" });
    const onTime = await run([sent("2024-12-30")], "2025-01-31");
    expect(obligation(onTime, "audit.qisp/audit:a1")).toMatchObject({ dueBy: "2024-12-30", status: "met" });
    const late = await run([sent("2024-12-31")], "2025-01-31");
    expect(obligation(late, "audit.qisp/audit:a1")).toMatchObject({ dueBy: "2024-12-30", status: "met-late", metOn: "2024-12-31" });
    expect(breach(late, "audit.qisp/audit:a1#breach")).toMatchObject({ since: "2024-12-31", status: "resolved", resolvedOn: "2024-12-31" });
  });

  it("no feedback meeting yet: open with no due date, however long ago the audit was", async () => {
    const r = await run([caseAudit({ grade: 3 })], "2025-03-31");
    expect(obligation(r, "audit.qisp/audit:a1")).toMatchObject({ dueBy: null, status: "open" });
    expect(r.breaches.filter((b) => b.ruleId === "audit.qisp")).toEqual([]);
  });

  it("a feedback meeting dated after asOf has not happened: no due date yet", async () => {
    const r = await run([graded({ feedbackMeetingOn: "2024-06-20" })], "2024-06-19");
    expect(obligation(r, "audit.qisp/audit:a1")).toMatchObject({ dueBy: null, status: "open" });
  });

  it("a plan sent after asOf is no evidence", async () => {
    const r = await run([graded({ qispSentOn: "2024-06-21", qispSentToId: "om-n" })], "2024-06-20");
    expect(obligation(r, "audit.qisp/audit:a1")).toMatchObject({ dueBy: "2024-06-19", status: "overdue", evidence: [] });
    expect(breach(r, "audit.qisp/audit:a1#breach")).toMatchObject({ status: "active", since: "2024-06-20" });
  });

  it("grade 5 owes a plan, grade 6 does not, grade 10 does not", async () => {
    const r = await run(
      [graded({ id: "g5", grade: 5 }), graded({ id: "g6", grade: 6 }), graded({ id: "g10", grade: 10 }), graded({ id: "g1", grade: 1 })],
      "2024-09-30",
    );
    expect(forSubject(r, "audit.qisp", "g5")).toHaveLength(1);
    expect(forSubject(r, "audit.qisp", "g1")).toHaveLength(1);
    expect(forSubject(r, "audit.qisp", "g6")).toEqual([]);
    expect(forSubject(r, "audit.qisp", "g10")).toEqual([]);
    expect(referral(r, "audit.qisp/audit:g6#referral")).toBeUndefined();
  });

  it("a thematic audit counts; a supervision audit has no grade and owes no plan", async () => {
    const r = await run(
      [graded({ id: "th", kind: "thematic", grade: 2 }), { id: "sa", kind: "supervision", auditorId: "om-n", workerId: "tm-n", supervisionId: "sup-n", completedOn: "2024-06-10" }],
      "2024-09-30",
    );
    expect(forSubject(r, "audit.qisp", "th")).toHaveLength(1);
    expect(r.obligations.filter((o) => o.subject.id === "sa")).toEqual([]);
  });

  it("refers the audit to the worker's operations manager on completedOn", async () => {
    const r = await run([graded({})], "2024-09-30");
    expect(referral(r, "audit.qisp/audit:a1#referral")).toMatchObject({
      kind: "referral", ruleId: "audit.qisp", subject: { type: "audit", id: "a1" },
      level: 1, to: OPS_MANAGER, raisedOn: "2024-06-10",
    });
  });

  it("the worker's operations manager is the area's when none is up the worker's line", async () => {
    const { staff } = org();
    const loner = person("p-s", "practitioner", { teamId: "t-s" }); // no line manager; team t-s is in area south
    const audit = graded({ workerId: "p-s", qispSentOn: "2024-06-14", qispSentToId: "om-s" });
    const r = await run([audit], "2024-09-30", auditPolicy, { staff: [...staff, loner] });
    expect(referral(r, "audit.qisp/audit:a1#referral")?.to).toEqual({ staffId: "om-s", role: "operations-manager" });
    expect(obligation(r, "audit.qisp/audit:a1")).toMatchObject({ status: "met", metOn: "2024-06-14" });
  });

  it("follows the policy's parameters: grade 6 owes a plan when the threshold is 6, within 2 working days", async () => {
    const policy = withParameters(auditPolicy, { audit: { qispMaxGrade: 6, qispWorkingDays: 2 } });
    const r = await run([graded({ grade: 6 })], "2024-09-30", policy);
    // Wed 12: Thu 13 (1), Fri 14 (2).
    expect(obligation(r, "audit.qisp/audit:a1")).toMatchObject({ dueBy: "2024-06-14", status: "overdue" });
  });
});

describe("audit.moderation: graded 5 or below, or 10, moderated by an operations manager before submission", () => {
  const low = (extra: Row) => caseAudit({ grade: 5, ...extra });

  it("moderated by an operations manager before submission: met, due on submittedOn", async () => {
    const r = await run([low({ moderatedOn: "2024-06-11", moderatorId: "om-n", submittedOn: "2024-06-13" })], "2024-09-30");
    expect(obligation(r, "audit.moderation/audit:a1")).toMatchObject({
      ruleId: "audit.moderation", subject: { type: "audit", id: "a1" }, owner: AUDITOR,
      dueBy: "2024-06-13", status: "met", metOn: "2024-06-11", evidence: ["a1"],
    });
    expect(r.breaches.filter((b) => b.ruleId === "audit.moderation")).toEqual([]);
  });

  it("moderated on the day of submission is met", async () => {
    const r = await run([low({ moderatedOn: "2024-06-13", moderatorId: "om-n", submittedOn: "2024-06-13" })], "2024-09-30");
    expect(obligation(r, "audit.moderation/audit:a1")).toMatchObject({ dueBy: "2024-06-13", status: "met" });
  });

  it("moderated after submission: met-late, breach high since the day after submission, resolved on moderation", async () => {
    const r = await run([low({ moderatedOn: "2024-06-20", moderatorId: "om-n", submittedOn: "2024-06-13" })], "2024-09-30");
    expect(obligation(r, "audit.moderation/audit:a1")).toMatchObject({ dueBy: "2024-06-13", status: "met-late", metOn: "2024-06-20" });
    expect(breach(r, "audit.moderation/audit:a1#breach")).toMatchObject({
      severity: "high", owner: AUDITOR, since: "2024-06-14", status: "resolved", resolvedOn: "2024-06-20",
    });
  });

  it("moderated and not yet submitted: met, with no due date", async () => {
    const r = await run([low({ moderatedOn: "2024-06-11", moderatorId: "om-n" })], "2024-09-30");
    expect(obligation(r, "audit.moderation/audit:a1")).toMatchObject({ dueBy: null, status: "met", metOn: "2024-06-11" });
  });

  it("neither moderated nor submitted: open, with no due date", async () => {
    const r = await run([low({})], "2025-03-31");
    expect(obligation(r, "audit.moderation/audit:a1")).toMatchObject({ dueBy: null, status: "open" });
  });

  it("submitted without moderation: open on the submission day, overdue from the day after", async () => {
    const onDay = await run([low({ submittedOn: "2024-06-13" })], "2024-06-13");
    expect(obligation(onDay, "audit.moderation/audit:a1")).toMatchObject({ dueBy: "2024-06-13", status: "open" });
    const next = await run([low({ submittedOn: "2024-06-13" })], "2024-06-14");
    expect(obligation(next, "audit.moderation/audit:a1")).toMatchObject({ dueBy: "2024-06-13", status: "overdue" });
    expect(breach(next, "audit.moderation/audit:a1#breach")).toMatchObject({ since: "2024-06-14", status: "active", severity: "high" });
  });

  it("moderation by someone who is not an operations manager is not fulfilment", async () => {
    for (const moderatorId of ["tm-n", "sm", "p-n"]) {
      const r = await run([low({ moderatedOn: "2024-06-11", moderatorId, submittedOn: "2024-06-13" })], "2024-09-30");
      expect(obligation(r, "audit.moderation/audit:a1"), moderatorId).toMatchObject({ status: "overdue", evidence: [] });
      expect(breach(r, "audit.moderation/audit:a1#breach"), moderatorId).toMatchObject({ since: "2024-06-14", status: "active" });
    }
  });

  it("only the worker's own operations manager's moderation counts: another area's does not", async () => {
    const r = await run([low({ moderatedOn: "2024-06-11", moderatorId: "om-s", submittedOn: "2024-06-13" })], "2024-09-30");
    expect(obligation(r, "audit.moderation/audit:a1")).toMatchObject({ status: "overdue" });
    expect(r.breaches.find((b) => b.ruleId === "audit.moderation")?.details).toMatchObject({ problem: "the audit was moderated by someone other than the worker's operations manager on that day" });
  });

  it("a moderation dated after asOf is no evidence", async () => {
    const r = await run([low({ moderatedOn: "2024-06-21", moderatorId: "om-n", submittedOn: "2024-06-13" })], "2024-06-20");
    expect(obligation(r, "audit.moderation/audit:a1")).toMatchObject({ dueBy: "2024-06-13", status: "overdue" });
    expect(obligation(r, "audit.moderation/audit:a1")?.metOn).toBeUndefined();
  });

  it("a submission dated after asOf has not happened: no due date yet", async () => {
    const r = await run([low({ submittedOn: "2024-06-21" })], "2024-06-20");
    expect(obligation(r, "audit.moderation/audit:a1")).toMatchObject({ dueBy: null, status: "open" });
  });

  it("applies to grades 1 to 5 and 10, not to 6 to 9", async () => {
    const grades = [1, 5, 6, 9, 10];
    const r = await run(grades.map((g) => caseAudit({ id: `g${g}`, grade: g })), "2024-09-30");
    expect(grades.filter((g) => forSubject(r, "audit.moderation", `g${g}`).length === 1)).toEqual([1, 5, 10]);
  });

  it("grade 10 needs moderation and is referred to the worker's operations manager on completedOn", async () => {
    const r = await run([caseAudit({ grade: 10, completedOn: "2024-07-10", submittedOn: "2024-07-11" })], "2024-09-30");
    expect(obligation(r, "audit.moderation/audit:a1")).toMatchObject({ dueBy: "2024-07-11", status: "overdue" });
    expect(referral(r, "audit.moderation/audit:a1#referral")).toMatchObject({
      kind: "referral", ruleId: "audit.moderation", subject: { type: "audit", id: "a1" },
      level: 1, to: OPS_MANAGER, raisedOn: "2024-07-10",
    });
    expect(referral(r, "audit.qisp/audit:a1#referral")).toBeUndefined();
  });

  it("a grade 6 audit is referred by neither rule", async () => {
    const r = await run([caseAudit({ grade: 6 })], "2024-09-30");
    expect(r.escalations.filter((e) => e.kind === "referral")).toEqual([]);
  });
});

describe("audit.feedback: face-to-face feedback within 10 working days of completion (Assumption)", () => {
  // Completed Mon 2024-06-10: 11-14 (4), 17-21 (9), Mon 24 (10).
  it("face to face on the due date is met", async () => {
    const r = await run([caseAudit({ grade: 7, feedbackMeetingOn: "2024-06-24", faceToFaceFeedback: true })], "2024-09-30");
    expect(obligation(r, "audit.feedback/audit:a1")).toMatchObject({
      ruleId: "audit.feedback", owner: AUDITOR, dueBy: "2024-06-24", status: "met", metOn: "2024-06-24", evidence: ["a1"],
    });
  });

  it("a missing feedback meeting is overdue from the day after the due date, severity medium", async () => {
    const r = await run([caseAudit({ grade: 7 })], "2024-06-25");
    expect(obligation(r, "audit.feedback/audit:a1")).toMatchObject({ dueBy: "2024-06-24", status: "overdue" });
    expect(breach(r, "audit.feedback/audit:a1#breach")).toMatchObject({ severity: "medium", since: "2024-06-25", status: "active", owner: AUDITOR });
  });

  it("a meeting that was not face to face does not count", async () => {
    const r = await run([caseAudit({ grade: 7, feedbackMeetingOn: "2024-06-12", faceToFaceFeedback: false })], "2024-09-30");
    expect(obligation(r, "audit.feedback/audit:a1")).toMatchObject({ status: "overdue" });
  });

  it("late feedback is met-late, resolved on the meeting day", async () => {
    const r = await run([caseAudit({ grade: 7, feedbackMeetingOn: "2024-06-26", faceToFaceFeedback: true })], "2024-09-30");
    expect(obligation(r, "audit.feedback/audit:a1")).toMatchObject({ status: "met-late", metOn: "2024-06-26" });
    expect(breach(r, "audit.feedback/audit:a1#breach")).toMatchObject({ since: "2024-06-25", status: "resolved", resolvedOn: "2024-06-26" });
  });

  it("skips the August bank holiday (Mon 2024-08-26)", async () => {
    // Completed Fri 2024-08-16: 19-23 (5), 26 bank holiday, 27-30 (9), Mon 2 Sep (10).
    const r = await run([caseAudit({ grade: 7, completedOn: "2024-08-16" })], "2024-09-30");
    expect(obligation(r, "audit.feedback/audit:a1")).toMatchObject({ dueBy: "2024-09-02", status: "overdue" });
  });

  it("applies to every graded case or thematic audit, and has no referral", async () => {
    const r = await run([caseAudit({ id: "a6", grade: 6 }), caseAudit({ id: "a9", kind: "thematic", grade: 9 })], "2024-09-30");
    expect(forSubject(r, "audit.feedback", "a6")).toHaveLength(1);
    expect(forSubject(r, "audit.feedback", "a9")).toHaveLength(1);
    expect(r.escalations.filter((e) => e.kind === "referral")).toEqual([]);
  });
});

describe("audit.actions: each audit action completed by its dueOn", () => {
  const withAction = (action: Row) => caseAudit({ grade: 7, actions: [{ id: "a1-1", ownerId: "p-n", dueOn: "2024-07-10", ...action }] });
  const OWNER = { staffId: "p-n", role: "practitioner" };

  it("completed on the due date is met; its subject is the action, its owner the action's owner", async () => {
    const r = await run([withAction({ completedOn: "2024-07-10" })], "2024-09-30");
    expect(obligation(r, "audit.actions/action:a1-1")).toMatchObject({
      ruleId: "audit.actions", subject: { type: "action", id: "a1-1" }, owner: OWNER,
      dueBy: "2024-07-10", status: "met", metOn: "2024-07-10",
    });
  });

  it("completed a day late is met-late, the breach resolved that day", async () => {
    const r = await run([withAction({ completedOn: "2024-07-11" })], "2024-09-30");
    expect(obligation(r, "audit.actions/action:a1-1")).toMatchObject({ status: "met-late", metOn: "2024-07-11" });
    expect(breach(r, "audit.actions/action:a1-1#breach")).toMatchObject({
      severity: "medium", owner: OWNER, since: "2024-07-11", status: "resolved", resolvedOn: "2024-07-11",
    });
  });

  it("not completed: open on the due date, overdue after", async () => {
    const onDay = await run([withAction({})], "2024-07-10");
    expect(obligation(onDay, "audit.actions/action:a1-1")).toMatchObject({ dueBy: "2024-07-10", status: "open" });
    const after = await run([withAction({})], "2024-07-11");
    expect(breach(after, "audit.actions/action:a1-1#breach")).toMatchObject({ since: "2024-07-11", status: "active" });
  });

  it("a due date after asOf is a plan, not an event: the action is open and dated", async () => {
    const r = await run([withAction({})], "2024-06-30");
    expect(obligation(r, "audit.actions/action:a1-1")).toMatchObject({ dueBy: "2024-07-10", status: "open" });
  });

  it("a completion dated after asOf is no evidence", async () => {
    const r = await run([withAction({ completedOn: "2024-07-20" })], "2024-07-15");
    expect(obligation(r, "audit.actions/action:a1-1")).toMatchObject({ status: "overdue" });
  });

  it("actions of every audit kind count, each its own obligation", async () => {
    const sa = { id: "sa", kind: "supervision", auditorId: "om-n", workerId: "tm-n", supervisionId: "sup-n", completedOn: "2024-06-10",
      actions: [{ id: "sa-1", ownerId: "tm-n", dueOn: "2024-06-30", completedOn: "2024-06-28" }, { id: "sa-2", ownerId: "tm-n", dueOn: "2024-07-31" }] };
    const r = await run([sa], "2024-09-30");
    expect(obligation(r, "audit.actions/action:sa-1")).toMatchObject({ status: "met", owner: { staffId: "tm-n" } });
    expect(obligation(r, "audit.actions/action:sa-2")).toMatchObject({ status: "overdue", dueBy: "2024-07-31" });
  });
});

describe("audit.recorded: a case or thematic audit is recorded on the case file", () => {
  it("not recorded: a low breach dated completedOn, with no obligation", async () => {
    const r = await run([caseAudit({ grade: 7, recordedOnCaseFile: false })], "2024-09-30");
    const b = breach(r, "audit.recorded/audit:a1");
    expect(b).toMatchObject({
      ruleId: "audit.recorded", subject: { type: "audit", id: "a1" }, owner: AUDITOR,
      severity: "low", since: "2024-06-10", status: "active",
    });
    expect(b?.obligationId).toBeUndefined();
    expect(r.obligations.filter((o) => o.ruleId === "audit.recorded")).toEqual([]);
  });

  it("recorded: no breach", async () => {
    const r = await run([caseAudit({ grade: 7, recordedOnCaseFile: true })], "2024-09-30");
    expect(r.breaches.filter((b) => b.ruleId === "audit.recorded")).toEqual([]);
  });

  it("a breach dated before the window's start is not reported", async () => {
    const r = await evaluate(dataset({ audits: [caseAudit({ grade: 7, recordedOnCaseFile: false })] }), {
      asOf: "2024-09-30", from: "2024-06-11", policy: auditPolicy,
    });
    expect(r.breaches.filter((b) => b.ruleId === "audit.recorded")).toEqual([]);
    const onStart = await evaluate(dataset({ audits: [caseAudit({ grade: 7, recordedOnCaseFile: false })] }), {
      asOf: "2024-09-30", from: "2024-06-10", policy: auditPolicy,
    });
    expect(onStart.breaches.filter((b) => b.ruleId === "audit.recorded")).toHaveLength(1);
  });
});

describe("an audit completed after asOf has not happened yet", () => {
  it("produces no obligation, breach or referral of any audit rule", async () => {
    const future = caseAudit({
      grade: 4, completedOn: "2024-07-01", recordedOnCaseFile: false, submittedOn: "2024-07-01",
      actions: [{ id: "a1-1", ownerId: "p-n", dueOn: "2024-06-25" }],
    });
    const r = await run([future], "2024-06-30");
    const about = (s: { subject: { id: string } }) => s.subject.id === "a1" || s.subject.id === "a1-1";
    expect(r.obligations.filter(about)).toEqual([]);
    expect(r.breaches.filter(about)).toEqual([]);
    expect(r.escalations.filter(about)).toEqual([]);
  });
});
