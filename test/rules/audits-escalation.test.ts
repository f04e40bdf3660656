/**
 * The breach ladder (rules.md, "Escalation") on audit breaches: the owner's line manager, then
 * theirs, up the line, then the body `ehivcmt`; rung 1 on `since`, rung 2 on the 10th working
 * day after it, rung 3 on the 20th; no fourth step; a shorter ladder stops at its last rung;
 * resolved breaches do not escalate. Fixture lines (test/fixtures/org.ts):
 * `p-n` -> `tm-n` -> `om-n` -> `sm` -> (top).
 */
import { describe, expect, it } from "vitest";
import { evaluate, qafPolicy, withParameters, type Evaluation, type Policy } from "../../src";
import { caseAudit, dataset, supervisionAudit, type Row } from "../fixtures/org";

const auditPolicy: Policy = { ...qafPolicy, rules: qafPolicy.rules.filter((r) => r.id.startsWith("audit.")) };

const run = (audits: Row[], asOf: string, policy: Policy = auditPolicy, from?: string) =>
  evaluate(dataset({ audits }), { asOf, ...(from ? { from } : {}), policy });

const escalationOf = (r: Evaluation, breachId: string) =>
  r.escalations.filter((e) => e.kind === "breach" && e.breachId === breachId);

const TOP = { body: "ehivcmt" };
const OM_N = { staffId: "om-n", role: "operations-manager" };
const SM = { staffId: "sm", role: "strategic-manager" };
const TM_N = { staffId: "tm-n", role: "team-manager" };

describe("an unsent support plan owned by team manager tm-n climbs om-n, sm, ehivcmt", () => {
  // Due Wed 2024-06-19 (see audits-deadlines), so the breach begins Thu 2024-06-20.
  // 10th working day after 20 June: Fri 21 (1), 24-28 (6), 1-4 July (10) = 2024-07-04.
  // 20th: 5 July (11), 8-12 (16), 15-18 (20) = 2024-07-18.
  const audit = caseAudit({ grade: 4, feedbackMeetingOn: "2024-06-12", faceToFaceFeedback: true });
  const BREACH = "audit.qisp/audit:a1#breach";

  it.each([
    ["2024-06-20", 1, OM_N, "2024-06-20"],
    ["2024-07-03", 1, OM_N, "2024-06-20"],
    ["2024-07-04", 2, SM, "2024-07-04"],
    ["2024-07-17", 2, SM, "2024-07-04"],
    ["2024-07-18", 3, TOP, "2024-07-18"],
    ["2025-03-31", 3, TOP, "2024-07-18"],
  ])("on %s it is at rung %i", async (asOf, level, to, raisedOn) => {
    const r = await run([audit], asOf);
    expect(escalationOf(r, BREACH)).toEqual([
      expect.objectContaining({
        id: `${BREACH}#escalation`, kind: "breach", ruleId: "audit.qisp", breachId: BREACH,
        subject: { type: "audit", id: "a1" }, level, to, raisedOn,
      }),
    ]);
  });

  it("before the breach begins there is nothing to escalate", async () => {
    const r = await run([audit], "2024-06-19");
    expect(escalationOf(r, BREACH)).toEqual([]);
  });

  it("a resolved breach does not escalate", async () => {
    const r = await run([{ ...audit, qispSentOn: "2024-06-21", qispSentToId: "om-n" }], "2025-03-31");
    expect(r.breaches.find((b) => b.id === BREACH)).toMatchObject({ status: "resolved" });
    expect(escalationOf(r, BREACH)).toEqual([]);
  });

  it("follows escalation.levelAfterWorkingDays from the policy", async () => {
    const policy = withParameters(auditPolicy, { escalation: { levelAfterWorkingDays: [2, 3] } });
    // Thu 20 June: Fri 21 (1), Mon 24 (2), Tue 25 (3).
    expect(escalationOf(await run([audit], "2024-06-21", policy), BREACH)[0]).toMatchObject({ level: 1, to: OM_N });
    expect(escalationOf(await run([audit], "2024-06-24", policy), BREACH)[0]).toMatchObject({ level: 2, to: SM, raisedOn: "2024-06-24" });
    expect(escalationOf(await run([audit], "2024-06-25", policy), BREACH)[0]).toMatchObject({ level: 3, to: TOP, raisedOn: "2024-06-25" });
  });
});

describe("ladders of other lengths", () => {
  it("an action owned by practitioner p-n: tm-n, om-n, then sm at rung 3, never a fourth step (across the August bank holiday)", async () => {
    // Due Fri 2024-08-16, breach from Sat 17. 10th working day after: 19-23 (5), 26 is a bank
    // holiday, 27-30 (9), Mon 2 Sep (10). 20th: 3-6 (14), 9-13 (19), Mon 16 Sep (20).
    const audit = caseAudit({ grade: 7, feedbackMeetingOn: "2024-06-12", faceToFaceFeedback: true, actions: [{ id: "x1", ownerId: "p-n", dueOn: "2024-08-16" }] });
    const BREACH = "audit.actions/action:x1#breach";
    const at = async (asOf: string) => escalationOf(await run([audit], asOf), BREACH)[0];
    expect(await at("2024-08-17")).toMatchObject({ level: 1, to: TM_N, raisedOn: "2024-08-17", subject: { type: "action", id: "x1" } });
    expect(await at("2024-08-30")).toMatchObject({ level: 1, to: TM_N });
    expect(await at("2024-09-02")).toMatchObject({ level: 2, to: OM_N, raisedOn: "2024-09-02" });
    expect(await at("2024-09-13")).toMatchObject({ level: 2, to: OM_N });
    expect(await at("2024-09-16")).toMatchObject({ level: 3, to: SM, raisedOn: "2024-09-16" });
    expect(await at("2025-03-31")).toMatchObject({ level: 3, to: SM, raisedOn: "2024-09-16" });
  });

  it("an operations manager's missed month: sm, then ehivcmt, and stops there", async () => {
    // May missed (April and June met): breach from Sat 2024-06-01. 10th working day after:
    // 3-7 June (5), 10-14 (10) = 2024-06-14. 20th would be 2024-06-28: no third rung.
    const audits = [supervisionAudit("apr", "2024-04-10"), supervisionAudit("jun", "2024-06-03")];
    const BREACH = "audit.ops-supervision-audit/staff:om-n/2024-05#breach";
    const at = async (asOf: string) => escalationOf(await run(audits, asOf), BREACH);
    expect(await at("2024-06-13")).toEqual([expect.objectContaining({ level: 1, to: SM, raisedOn: "2024-06-01" })]);
    expect(await at("2024-06-14")).toEqual([expect.objectContaining({ level: 2, to: TOP, raisedOn: "2024-06-14" })]);
    expect(await at("2024-06-28")).toEqual([expect.objectContaining({ level: 2, to: TOP, raisedOn: "2024-06-14" })]);
  });

  it("the strategic manager has no line manager: the only rung is ehivcmt", async () => {
    const BREACH = "audit.strategic-supervision-audit/staff:om-s/2024/25 Q1#breach";
    const r = await run([], "2024-12-31");
    expect(escalationOf(r, BREACH)).toEqual([expect.objectContaining({ level: 1, to: TOP, raisedOn: "2024-07-01" })]);
  });

  it("a check breach (not recorded on the case file) reaches the first rung on its own date and climbs no further", async () => {
    // Completed Mon 2024-06-10: 10th working day after = Mon 24 June; 20th = Mon 8 July, when a deadline
    // breach would reach sm and ehivcmt. A check breach stays with the auditor's line manager.
    const audit = caseAudit({ grade: 7, recordedOnCaseFile: false, feedbackMeetingOn: "2024-06-12", faceToFaceFeedback: true });
    const BREACH = "audit.recorded/audit:a1";
    expect(escalationOf(await run([audit], "2024-06-21"), BREACH)).toEqual([
      expect.objectContaining({ id: `${BREACH}#escalation`, level: 1, to: OM_N, raisedOn: "2024-06-10" }),
    ]);
    expect(escalationOf(await run([audit], "2024-06-24"), BREACH)).toEqual([expect.objectContaining({ level: 1, to: OM_N, raisedOn: "2024-06-10" })]);
    expect(escalationOf(await run([audit], "2024-07-08"), BREACH)).toEqual([expect.objectContaining({ level: 1, to: OM_N, raisedOn: "2024-06-10" })]);
  });
});

describe("leavers on the ladder", () => {
  it("passes over a line manager who has left by asOf: the line goes on through them", async () => {
    // The action owned by p-n is due Fri 2024-08-16: breach from Sat 17 Aug. tm-n leaves on
    // Fri 30 August 2024, so from Saturday 31 August p-n's ladder is om-n, sm, ehivcmt.
    const audit = caseAudit({ grade: 7, feedbackMeetingOn: "2024-06-12", faceToFaceFeedback: true, actions: [{ id: "x1", ownerId: "p-n", dueOn: "2024-08-16" }] });
    const BREACH = "audit.actions/action:x1#breach";
    const staff = dataset().staff?.map((s) => (s["id"] === "tm-n" ? { ...s, leftOn: "2024-08-30" } : s));
    const at = async (asOf: string) =>
      escalationOf(await evaluate(dataset({ audits: [audit], staff: staff ?? [] }), { asOf, policy: auditPolicy }), BREACH)[0];
    expect(await at("2024-08-30")).toMatchObject({ level: 1, to: TM_N, raisedOn: "2024-08-17" });
    expect(await at("2024-08-31")).toMatchObject({ level: 1, to: OM_N, raisedOn: "2024-08-17" });
    // 10th working day after 17 August (26 August a bank holiday) is Mon 2 September: sm.
    expect(await at("2024-09-02")).toMatchObject({ level: 2, to: SM, raisedOn: "2024-09-02" });
    expect(await at("2024-09-16")).toMatchObject({ level: 3, to: TOP, raisedOn: "2024-09-16" });
  });
});

describe("one escalation per active breach", () => {
  it("every active breach has exactly one breach escalation, and no resolved one has any", async () => {
    const audits = [
      caseAudit({ id: "a1", grade: 4, submittedOn: "2024-06-13", recordedOnCaseFile: false }),
      caseAudit({ id: "a2", grade: 10, feedbackMeetingOn: "2024-06-12", faceToFaceFeedback: true, submittedOn: "2024-06-13", moderatedOn: "2024-06-20", moderatorId: "om-n" }),
    ];
    const r = await run(audits, "2024-09-30");
    const counts = new Map<string, number>();
    for (const e of r.escalations) if (e.kind === "breach") counts.set(String(e.breachId), (counts.get(String(e.breachId)) ?? 0) + 1);
    for (const b of r.breaches) expect(counts.get(b.id) ?? 0, b.id).toBe(b.status === "active" ? 1 : 0);
    expect(r.breaches.some((b) => b.status === "resolved")).toBe(true);
  });
});
