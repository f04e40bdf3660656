/**
 * What the families rules must find in `dataset.ts` on 2025-03-31 (window from 2024-04-01),
 * worked out by hand from rules.md and the QAF. Partial matches: each entry names only the
 * fields it pins down.
 */

const om = (id: string) => ({ staffId: id, role: "operations-manager" });
const kase = (id: string) => ({ type: "case", id });
const service = { type: "service", id: "service" };

/** Every obligation of the families rules reported in the window, by id. */
export const expectedObligations: Record<string, { status: string; dueBy: string | null; metOn?: string; subject?: object; owner?: object }> = {
  // survey.offer: 0 working days, so due on the closure date itself.
  "survey.offer/case:5001": { status: "met", dueBy: "2024-06-14", metOn: "2024-06-14", subject: kase("5001"), owner: { staffId: "kw-n" } },
  // f2a is 10 on 2023-08-31: primary on 2024-05-10, so a child survey is needed; a young-person one was offered.
  "survey.offer/case:5002": { status: "overdue", dueBy: "2024-05-10" },
  // Closed Saturday 2024-06-29, due that Saturday, offered Monday 2024-07-01.
  "survey.offer/case:5003": { status: "met-late", dueBy: "2024-06-29", metOn: "2024-07-01", owner: { staffId: "kw-s" } },
  "survey.offer/case:5004": { status: "met", dueBy: "2024-08-30", metOn: "2024-08-30" },
  // f5a is 11 on 2024-08-31: secondary on 2024-09-13, young-person survey offered.
  "survey.offer/case:5005": { status: "met", dueBy: "2024-09-13", metOn: "2024-09-13" },
  "survey.offer/case:5007": { status: "met", dueBy: "2025-02-14", metOn: "2025-02-14" },
  // 5006 was a transfer: no survey. 5008-5010 are open.

  // survey.completion-target, service scope, due quarter end + 30 days.
  // Q1: 5001, 5002, 5003 closed; 5001 completed 2024-06-28: 1 of 3 >= 10% (1 needed); met at quarter end.
  "survey.completion-target/service:service/2024/25 Q1": { status: "met", dueBy: "2024-07-30", metOn: "2024-06-30", subject: service, owner: { staffId: "sm" } },
  // Q2: 5004, 5005 closed; 5005's survey completed 2024-11-05, after the grace period: 0 of 2.
  "survey.completion-target/service:service/2024/25 Q2": { status: "overdue", dueBy: "2024-10-30" },
  // Q3: only a transfer closed (5006): nothing to measure, met once due.
  "survey.completion-target/service:service/2024/25 Q3": { status: "met", dueBy: "2025-01-30", metOn: "2025-01-30" },
  // Q4: 5007 closed, no completion yet; not due until 2025-04-30.
  "survey.completion-target/service:service/2024/25 Q4": { status: "open", dueBy: "2025-04-30" },

  // case.duration-review: threshold openedOn + 9 (IFST) or 3 (FCT) months, then 2-month waits.
  // 5001 FCT: 2024-02-05 + 3 = 2024-05-05, due 2024-07-05; closed 2024-06-14 first.
  "case.duration-review/case:5001/2024-05-05": { status: "excused", dueBy: "2024-07-05", owner: om("om-n") },
  // 5002: 2023-06-01 + 9 = 2024-03-01, due 2024-05-01; clinic 2024-04-15; next wait due 2024-06-15, closed 2024-05-10.
  "case.duration-review/case:5002/2024-03-01": { status: "met", dueBy: "2024-05-01", metOn: "2024-04-15" },
  "case.duration-review/case:5002/2024-04-15": { status: "excused", dueBy: "2024-06-15" },
  // 5003: 2023-09-01 + 9 = 2024-06-01, due 2024-08-01; closed 2024-06-29.
  "case.duration-review/case:5003/2024-06-01": { status: "excused", dueBy: "2024-08-01", owner: om("om-s") },
  // 5004: 2023-10-20 + 9 = 2024-07-20, due 2024-09-20; the 2024-06-10 clinic is before the threshold; closed 2024-08-30.
  "case.duration-review/case:5004/2024-07-20": { status: "excused", dueBy: "2024-09-20" },
  // 5005: 2023-11-10 + 9 = 2024-08-10, due 2024-10-10; closed 2024-09-13.
  "case.duration-review/case:5005/2024-08-10": { status: "excused", dueBy: "2024-10-10" },
  // 5006: 2024-01-15 + 9 = 2024-10-15, due 2024-12-15; closed 2024-11-20.
  "case.duration-review/case:5006/2024-10-15": { status: "excused", dueBy: "2024-12-15" },
  // 5007 FCT: 2024-10-01 + 3 = 2025-01-01, due 2025-03-01; clinic 2025-02-03; next wait due 2025-04-03, closed 2025-02-14.
  "case.duration-review/case:5007/2025-01-01": { status: "met", dueBy: "2025-03-01", metOn: "2025-02-03" },
  "case.duration-review/case:5007/2025-02-03": { status: "excused", dueBy: "2025-04-03" },
  // 5008: 2024-03-04 + 9 = 2024-12-04, due 2025-02-04; clinic 2025-02-03; next due 2025-04-03.
  "case.duration-review/case:5008/2024-12-04": { status: "met", dueBy: "2025-02-04", metOn: "2025-02-03" },
  "case.duration-review/case:5008/2025-02-03": { status: "open", dueBy: "2025-04-03" },
  // 5009: 2024-05-01 + 9 = 2025-02-01, due 2025-04-01. (5010: threshold 2025-04-20, after asOf.)
  "case.duration-review/case:5009/2025-02-01": { status: "open", dueBy: "2025-04-01", owner: om("om-s") },

  // case.neglect-review: 2 months from neglectIdentifiedOn, then from each clinic.
  "case.neglect-review/case:5004/2024-04-22": { status: "met", dueBy: "2024-06-22", metOn: "2024-06-10" },
  // Next wait from the 2024-06-10 clinic, due 2024-08-10; none before closure on 2024-08-30: stays overdue.
  "case.neglect-review/case:5004/2024-06-10": { status: "overdue", dueBy: "2024-08-10", owner: om("om-n") },
  "case.neglect-review/case:5009/2024-12-02": { status: "overdue", dueBy: "2025-02-02", owner: om("om-s") },

  // young-carers.assessment: due by the case's closure (no day limit by default).
  "young-carers.assessment/child:f5a": { status: "overdue", dueBy: "2024-09-13", subject: { type: "child", id: "f5a" }, owner: { staffId: "kw-s" } },
  "young-carers.assessment/child:f6a": { status: "met", dueBy: "2024-11-20", metOn: "2024-03-10" },
  "young-carers.assessment/child:f8a": { status: "open", dueBy: null },
  "young-carers.assessment/child:f8b": { status: "met", dueBy: null, metOn: "2024-05-20" },

  // young-carers.charter-review: reviewed 2023-03-01, next due 24 months later.
  "young-carers.charter-review/service:service/2023-03-01": { status: "overdue", dueBy: "2025-03-01", owner: { staffId: "sm" } },
};

/** Every breach of the families rules reported in the window, by id. */
export const expectedBreaches: Record<string, { status: string; since: string; severity: string; resolvedOn?: string; owner?: object }> = {
  "survey.offer/case:5002#breach": { status: "active", since: "2024-05-11", severity: "medium", owner: { staffId: "kw-n" } },
  // Dated on the assessment; the f6a assessment (2024-03-10, parent not involved) is before the window.
  "young-carers.involvement/assessment:yca-f8b": { status: "active", since: "2024-05-20", severity: "medium", owner: { staffId: "kw-n" } },
  "survey.offer/case:5003#breach": { status: "resolved", since: "2024-06-30", severity: "medium", resolvedOn: "2024-07-01" },
  "case.neglect-review/case:5004/2024-06-10#breach": { status: "active", since: "2024-08-11", severity: "high" },
  "young-carers.assessment/child:f5a#breach": { status: "active", since: "2024-09-14", severity: "high" },
  "survey.completion-target/service:service/2024/25 Q2#breach": { status: "active", since: "2024-10-31", severity: "medium" },
  "case.neglect-review/case:5009/2024-12-02#breach": { status: "active", since: "2025-02-03", severity: "high" },
  "young-carers.charter-review/service:service/2023-03-01#breach": { status: "active", since: "2025-03-02", severity: "low" },
};

/**
 * Every escalation of the families rules in the window, by id. Ladders: kw-n -> tm-n -> om-n ->
 * sm -> ehivcmt; kw-s -> om-s -> sm -> ehivcmt; om-n/om-s -> sm -> ehivcmt; sm -> ehivcmt.
 * Rung 2 on the 10th working day after `since`, rung 3 on the 20th (27 May 2024 a bank holiday).
 */
export const expectedEscalations: Record<string, { kind: string; level: number; to: object; raisedOn: string; subject?: object }> = {
  // Referrals: case reviews to the case's operations manager on the threshold / neglect date
  // (5002's threshold, 2024-03-01, is before the window), the missed target to the OPS Management Team.
  "case.neglect-review/case:5004/2024-04-22#referral": { kind: "referral", level: 1, to: om("om-n"), raisedOn: "2024-04-22", subject: kase("5004") },
  "case.duration-review/case:5001/2024-05-05#referral": { kind: "referral", level: 1, to: om("om-n"), raisedOn: "2024-05-05" },
  "case.duration-review/case:5003/2024-06-01#referral": { kind: "referral", level: 1, to: om("om-s"), raisedOn: "2024-06-01" },
  "case.duration-review/case:5004/2024-07-20#referral": { kind: "referral", level: 1, to: om("om-n"), raisedOn: "2024-07-20" },
  "case.duration-review/case:5005/2024-08-10#referral": { kind: "referral", level: 1, to: om("om-s"), raisedOn: "2024-08-10" },
  "case.duration-review/case:5006/2024-10-15#referral": { kind: "referral", level: 1, to: om("om-n"), raisedOn: "2024-10-15" },
  "survey.completion-target/service:service/2024/25 Q2#referral": { kind: "referral", level: 1, to: { body: "ops-management-team" }, raisedOn: "2024-10-31", subject: service },
  "case.neglect-review/case:5009/2024-12-02#referral": { kind: "referral", level: 1, to: om("om-s"), raisedOn: "2024-12-02" },
  "case.duration-review/case:5008/2024-12-04#referral": { kind: "referral", level: 1, to: om("om-n"), raisedOn: "2024-12-04" },
  "case.duration-review/case:5007/2025-01-01#referral": { kind: "referral", level: 1, to: om("om-n"), raisedOn: "2025-01-01" },
  "case.duration-review/case:5009/2025-02-01#referral": { kind: "referral", level: 1, to: om("om-s"), raisedOn: "2025-02-01" },
  // Active breaches climbing their ladders (the resolved 5003 offer breach does not).
  // Since Sat 2024-05-11: 10th working day Fri 24 May, 20th Mon 10 June -> rung 3, sm.
  "survey.offer/case:5002#breach#escalation": { kind: "breach", level: 3, to: { staffId: "sm" }, raisedOn: "2024-06-10" },
  // Since Mon 2024-05-20: 10th working day Tue 4 June, 20th Tue 18 June -> rung 3, sm.
  "young-carers.involvement/assessment:yca-f8b#escalation": { kind: "breach", level: 3, to: { staffId: "sm" }, raisedOn: "2024-06-18" },
  // om-n's ladder has two rungs: since Sun 2024-08-11, 10th working day Fri 23 Aug -> ehivcmt.
  "case.neglect-review/case:5004/2024-06-10#breach#escalation": { kind: "breach", level: 2, to: { body: "ehivcmt" }, raisedOn: "2024-08-23" },
  // kw-s: since Sat 2024-09-14, 20th working day Fri 11 Oct -> rung 3, ehivcmt.
  "young-carers.assessment/child:f5a#breach#escalation": { kind: "breach", level: 3, to: { body: "ehivcmt" }, raisedOn: "2024-10-11" },
  // The strategic manager has no line manager: straight to ehivcmt, on `since`.
  "survey.completion-target/service:service/2024/25 Q2#breach#escalation": { kind: "breach", level: 1, to: { body: "ehivcmt" }, raisedOn: "2024-10-31" },
  // om-s: since Mon 2025-02-03, 10th working day Mon 17 Feb -> ehivcmt.
  "case.neglect-review/case:5009/2024-12-02#breach#escalation": { kind: "breach", level: 2, to: { body: "ehivcmt" }, raisedOn: "2025-02-17" },
  "young-carers.charter-review/service:service/2023-03-01#breach#escalation": { kind: "breach", level: 1, to: { body: "ehivcmt" }, raisedOn: "2025-03-02" },
};
