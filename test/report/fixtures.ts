import type { Breach, Evaluation, Obligation } from "../../src";

/** A hand-made evaluation: small enough to work every count out by hand. */
export function handEvaluation(): Evaluation {
  const src = { section: "Audit activity", quote: "q" };
  // Each rule's footing, as its results carry it: the QAF's words, a reading, or an assumption.
  const footing = (ruleId: string): Pick<Obligation, "basis" | "assumptions"> =>
    ruleId === "supervision.interval" ? { basis: "assumption", assumptions: ["supervision.maxIntervalDays"] }
      : ruleId === "survey.completion-target" ? { basis: "reading", assumptions: ["survey.targetCounts"] }
        : { basis: "qaf", assumptions: [] };
  const o = (id: string, ruleId: string, subject: Obligation["subject"], dueBy: string | null, status: Obligation["status"], extra: Partial<Obligation> = {}): Obligation =>
    ({ id, ruleId, subject, owner: { staffId: "tm", role: "team-manager" }, dueBy, status, evidence: [], source: src, ...footing(ruleId), ...extra });
  const b = (id: string, ruleId: string, subject: Breach["subject"], status: Breach["status"], severity: Breach["severity"]): Breach =>
    ({ id, ruleId, subject, owner: { staffId: "tm" }, severity, since: "2025-02-01", status, message: `Breach ${id}, "quoted"`, details: { n: 1 }, source: src, ...footing(ruleId) });
  return {
    asOf: "2025-03-31",
    window: { from: "2024-04-01", to: "2025-03-31" },
    policy: { id: "p", version: "1" },
    obligations: [
      o("o1", "audit.qisp", { type: "audit", id: "a1" }, "2025-01-10", "met", { evidence: ["a1", "a2"], metOn: "2025-01-09" }),
      o("o2", "supervision.interval", { type: "staff", id: "p1" }, "2025-02-01", "overdue"),
      o("o3", "supervision.interval", { type: "staff", id: "p9" }, "2025-02-01", "overdue"),
      o("o4", "audit.actions", { type: "action", id: "a1-1" }, "2025-04-05", "open"),
      o("o5", "survey.completion-target", { type: "service", id: "service" }, "2024-07-30", "met",
        { period: { from: "2024-04-01", to: "2024-06-30" }, progress: { done: 1, required: 1 } }),
    ],
    breaches: [
      b("b1", "audit.qisp", { type: "audit", id: "a1" }, "resolved", "high"),
      b("b2", "supervision.interval", { type: "staff", id: "p1" }, "active", "medium"),
      b("b3", "supervision.interval", { type: "staff", id: "p9" }, "active", "medium"),
    ],
    escalations: [
      { id: "e1", kind: "referral", ruleId: "audit.qisp", subject: { type: "audit", id: "a1" }, level: 1, to: { staffId: "om", role: "operations-manager" }, raisedOn: "2025-01-02", reason: "QISP", basis: "qaf", assumptions: [] },
      { id: "e2", kind: "breach", ruleId: "supervision.interval", breachId: "b2", subject: { type: "staff", id: "p1" }, level: 2, to: { staffId: "om" }, raisedOn: "2025-02-20", reason: "late", basis: "assumption", assumptions: ["supervision.maxIntervalDays", "escalation.levelAfterWorkingDays"] },
      { id: "e3", kind: "breach", ruleId: "supervision.interval", breachId: "b3", subject: { type: "staff", id: "p9" }, level: 1, to: { body: "ehivcmt" }, raisedOn: "2025-02-21", reason: "late", basis: "assumption", assumptions: ["supervision.maxIntervalDays", "escalation.levelAfterWorkingDays"] },
    ],
    rejected: [{ collection: "staff", index: 3, id: "bad", issues: [{ path: ["startedOn"], message: "must be a date" }] }],
    counts: { staff: { received: 4, evaluated: 3, rejected: 1 }, audits: { received: 2, evaluated: 2, rejected: 0 } },
  };
}

/** The dataset behind it: two teams, one in each area. */
export const handDataset = {
  areas: [{ id: "north", name: "North" }, { id: "south" }],
  teams: [{ id: "t1", areaId: "north", type: "IFST", name: "North <IFST>" }, { id: "t2", areaId: "south", type: "FCT" }],
  staff: [
    { id: "om", role: "operations-manager", areaId: "north" },
    { id: "tm", role: "team-manager", teamId: "t1", lineManagerId: "om" },
    { id: "p1", role: "practitioner", teamId: "t1", lineManagerId: "tm" },
    { id: "p9", role: "practitioner", teamId: "t2", lineManagerId: "om" },
  ],
  cases: [
    { id: "100", teamId: "t1", closedOn: "2024-05-01", closureReason: "closed", children: [{ id: "c1" }] },
    { id: "101", teamId: "t2", closedOn: "2024-06-30", closureReason: "step-down", children: [] },
    { id: "102", teamId: "t2", closedOn: "2024-06-15", closureReason: "transfer", children: [] },
    { id: "103", teamId: "t2", closedOn: "2024-07-01", closureReason: "closed", children: [] },
  ],
  audits: [
    { id: "a1", kind: "case", workerId: "p1", completedOn: "2025-01-05", grade: 4, actions: [{ id: "a1-1", ownerId: "p1" }] },
    { id: "a2", kind: "case", workerId: "p9", completedOn: "2024-03-31", grade: 9 }, // before the window
    { id: "a3", kind: "thematic", workerId: "p9", completedOn: "2024-04-01", grade: 9 },
    { id: "a4", kind: "supervision", workerId: "tm", completedOn: "2024-06-01" },
  ],
};
