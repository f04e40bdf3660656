/**
 * A small team over FY 2024/25, evaluated ten days after the year ended (asOf 2025-04-10,
 * from 2024-04-01), with every expected supervision, PDR and observation result worked
 * out BY HAND from rules.md (day counts shown next to each date).
 *
 * sm (strategic manager, no line manager) <- om (operations manager) <- tm (team manager)
 * <- p1 (full-time, absent 2024-06-01..2024-09-30 = 122 days), p2 (part-time, leaves
 * 2025-01-31), p3 (full-time, starts 2024-07-01).
 * FY 2024/25 has 365 days; Apr-Sep = 183, Oct-Mar = 182.
 */

const ALL_AGENDA = [
  "actions-progress", "wellbeing", "working-well", "worries", "personal-impact-families",
  "development-impact", "development-needs", "proud-of", "job-satisfaction", "disagreements",
];
const ALL_TOPICS = [
  "objectives", "audit-development-needs", "observation-development-needs", "development-pathway", "open-values",
];

const sup = (id: string, superviseeId: string, supervisorId: string, heldOn: string, extra: Record<string, unknown> = {}) => ({
  id, superviseeId, supervisorId, heldOn, agenda: ALL_AGENDA, reflection: true, personalImpactUrns: [], ...extra,
});
const pdr = (id: string, staffId: string, reviewerId: string, heldOn: string, extra: Record<string, unknown> = {}) => ({
  id, staffId, reviewerId, heldOn, covered: ALL_TOPICS, preparedByManager: true, preparedByWorker: true, ...extra,
});

/** The offending text in p1's supervision: it must never be repeated by any output. */
export const OFFENDING_TEXT = "Sam Smith lives at 3 Oak Road";

export const dataset = {
  areas: [{ id: "north" }],
  teams: [{ id: "t1", areaId: "north", type: "IFST" }],
  staff: [
    { id: "sm", role: "strategic-manager", contract: "full-time", startedOn: "2015-01-01" },
    { id: "om", role: "operations-manager", areaId: "north", lineManagerId: "sm", contract: "full-time", startedOn: "2018-01-01" },
    { id: "tm", role: "team-manager", teamId: "t1", lineManagerId: "om", contract: "full-time", startedOn: "2019-01-01" },
    { id: "p1", role: "practitioner", teamId: "t1", lineManagerId: "tm", contract: "full-time", startedOn: "2020-01-01" },
    { id: "p2", role: "practitioner", teamId: "t1", lineManagerId: "tm", contract: "part-time", startedOn: "2021-01-01", leftOn: "2025-01-31" },
    { id: "p3", role: "practitioner", teamId: "t1", lineManagerId: "tm", contract: "full-time", startedOn: "2024-07-01" },
  ],
  absences: [{ staffId: "p1", from: "2024-06-01", to: "2024-09-30", reason: "sickness" }],
  supervisions: [
    // om, by sm: 9 in the year, every gap within 41 days.
    sup("s-om-0", "om", "sm", "2024-03-25"),
    sup("s-om-1", "om", "sm", "2024-05-02"),
    sup("s-om-2", "om", "sm", "2024-06-10"),
    sup("s-om-3", "om", "sm", "2024-07-18"),
    sup("s-om-4", "om", "sm", "2024-08-27"),
    sup("s-om-5", "om", "sm", "2024-10-04"),
    sup("s-om-6", "om", "sm", "2024-11-13"),
    sup("s-om-7", "om", "sm", "2024-12-20"),
    sup("s-om-8", "om", "sm", "2025-01-30"), // exactly 41 days after 2024-12-20: on its due date
    sup("s-om-9", "om", "sm", "2025-03-10"),
    // tm, by om: only 8 in the year; a 63-day gap 2024-08-30 -> 2024-11-01.
    sup("s-tm-0", "tm", "om", "2024-03-28"),
    sup("s-tm-1", "tm", "om", "2024-05-03"),
    sup("s-tm-2", "tm", "om", "2024-06-12"),
    sup("s-tm-3", "tm", "om", "2024-07-22"),
    sup("s-tm-4", "tm", "om", "2024-08-30"),
    sup("s-tm-5", "tm", "om", "2024-11-01"),
    sup("s-tm-6", "tm", "om", "2024-12-10"),
    sup("s-tm-7", "tm", "om", "2025-01-17"),
    sup("s-tm-8", "tm", "om", "2025-02-26"),
    // p1, by tm: 7 in the year around the absence.
    sup("s-p1-0", "p1", "tm", "2024-03-18"),
    sup("s-p1-1", "p1", "tm", "2024-04-25"),
    sup("s-p1-2", "p1", "tm", "2024-05-30"),
    sup("s-p1-3", "p1", "tm", "2024-10-15"),
    sup("s-p1-4", "p1", "tm", "2024-11-20", { personalImpactUrns: ["100234", OFFENDING_TEXT] }),
    sup("s-p1-5", "p1", "tm", "2024-12-18"),
    sup("s-p1-6", "p1", "tm", "2025-01-29"), // 42 days after 2024-12-18: one day late
    sup("s-p1-7", "p1", "tm", "2025-03-06"),
    // p2, by tm: part-time, 5 in the year, then leaves 2025-01-31.
    sup("s-p2-0", "p2", "tm", "2024-03-12"),
    sup("s-p2-1", "p2", "tm", "2024-05-09"),
    sup("s-p2-2", "p2", "tm", "2024-07-04"),
    sup("s-p2-3", "p2", "tm", "2024-08-29"),
    sup("s-p2-4", "p2", "tm", "2024-10-24", { reflection: false }),
    sup("s-p2-5", "p2", "tm", "2024-12-19"),
    // p3, by tm: starter, 8 from 2024-07-01; a 49-day gap 2024-11-22 -> 2025-01-10.
    sup("s-p3-1", "p3", "tm", "2024-07-05"),
    sup("s-p3-2", "p3", "tm", "2024-08-09"),
    sup("s-p3-3", "p3", "tm", "2024-09-13", { agenda: ALL_AGENDA.filter((a) => a !== "wellbeing" && a !== "proud-of") }),
    sup("s-p3-4", "p3", "tm", "2024-10-18"),
    sup("s-p3-5", "p3", "tm", "2024-11-22"),
    sup("s-p3-6", "p3", "tm", "2025-01-10"),
    sup("s-p3-7", "p3", "tm", "2025-02-14"),
    sup("s-p3-8", "p3", "tm", "2025-03-21"),
  ],
  pdrs: [
    pdr("pdr-om-23", "om", "sm", "2023-06-01"),
    pdr("pdr-om-24", "om", "sm", "2024-05-20"),
    pdr("pdr-tm-23", "tm", "om", "2023-04-15"), // and none since
    pdr("pdr-p1-23", "p1", "tm", "2023-05-10"),
    pdr("pdr-p1-24", "p1", "tm", "2024-05-08", { preparedByWorker: false }),
    pdr("pdr-p2-23", "p2", "tm", "2023-07-01"),
    pdr("pdr-p2-24", "p2", "tm", "2024-06-20"),
  ],
  observations: [
    { id: "o-p1", practitionerId: "p1", observerId: "tm", observedOn: "2024-11-05", plannedInAdvance: true, consent: "secured", templateUsed: true, recorded: true },
    { id: "o-p2", practitionerId: "p2", observerId: "om", observedOn: "2024-09-10", plannedInAdvance: true, consent: "not-secured", templateUsed: false, recorded: true },
  ],
};

export const options = { asOf: "2025-04-10", from: "2024-04-01" };

/** The rules this scenario speaks for: every result of them must be expected. */
export const RULES = [
  "supervision.frequency", "supervision.interval", "supervision.agenda", "supervision.reflection",
  "supervision.urn-only", "pdr.annual", "pdr.content", "observation.annual", "observation.observer",
  "observation.conduct",
];

const FY24 = { from: "2024-04-01", to: "2025-03-31" };
const FY25 = { from: "2025-04-01", to: "2026-03-31" };
const staff = (id: string) => ({ type: "staff", id });
const owner = (staffId: string) => ({ staffId });

/** Expected obligations (partial matches). */
export const expectedObligations = [
  // supervision.frequency, FY 2024/25 (pro-rata of 9 full-time / 6 part-time over 365 days).
  { ruleId: "supervision.frequency", subject: staff("om"), owner: owner("sm"), period: FY24, dueBy: "2025-03-31", status: "met", metOn: "2025-03-10", progress: { done: 9, required: 9 } },
  { ruleId: "supervision.frequency", subject: staff("tm"), owner: owner("om"), period: FY24, dueBy: "2025-03-31", status: "overdue", progress: { done: 8, required: 9 } },
  // p1: 365 - 122 absent = 243 days; 9 * 243 / 365 = 5.99 -> 6; the 6th was 2025-01-29.
  { ruleId: "supervision.frequency", subject: staff("p1"), owner: owner("tm"), period: FY24, status: "met", metOn: "2025-01-29", progress: { done: 7, required: 6 } },
  // p2: 2024-04-01..2025-01-31 = 306 days; 6 * 306 / 365 = 5.03 -> 5; the 5th was 2024-12-19.
  { ruleId: "supervision.frequency", subject: staff("p2"), owner: owner("tm"), period: FY24, status: "met", metOn: "2024-12-19", progress: { done: 5, required: 5 } },
  // p3: 2024-07-01..2025-03-31 = 274 days; 9 * 274 / 365 = 6.76 -> 7; the 7th was 2025-02-14.
  { ruleId: "supervision.frequency", subject: staff("p3"), owner: owner("tm"), period: FY24, status: "met", metOn: "2025-02-14", progress: { done: 8, required: 7 } },
  // FY 2025/26 has begun: open, whole year owed; p2 has left so owes nothing (no obligation).
  { ruleId: "supervision.frequency", subject: staff("om"), period: FY25, dueBy: "2026-03-31", status: "open", progress: { done: 0, required: 9 } },
  { ruleId: "supervision.frequency", subject: staff("tm"), period: FY25, status: "open", progress: { done: 0, required: 9 } },
  { ruleId: "supervision.frequency", subject: staff("p1"), period: FY25, status: "open", progress: { done: 0, required: 9 } },
  { ruleId: "supervision.frequency", subject: staff("p3"), period: FY25, status: "open", progress: { done: 0, required: 9 } },

  // supervision.interval (41 days full-time, 61 part-time).
  { id: "supervision.interval/staff:om/2024-03-25", dueBy: "2024-05-05", status: "met", metOn: "2024-05-02", owner: owner("sm") },
  { id: "supervision.interval/staff:om/2024-12-20", dueBy: "2025-01-30", status: "met", metOn: "2025-01-30" },
  { id: "supervision.interval/staff:om/2025-03-10", dueBy: "2025-04-20", status: "open" },
  { id: "supervision.interval/staff:tm/2024-07-22", dueBy: "2024-09-01", status: "met", metOn: "2024-08-30" },
  { id: "supervision.interval/staff:tm/2024-08-30", dueBy: "2024-10-10", status: "met-late", metOn: "2024-11-01", owner: owner("om") },
  { id: "supervision.interval/staff:tm/2025-02-26", dueBy: "2025-04-08", status: "overdue" },
  // p1's absence (122 days) pauses the waits it falls in.
  { id: "supervision.interval/staff:p1/2024-03-18", dueBy: "2024-04-28", status: "met", metOn: "2024-04-25" },
  { id: "supervision.interval/staff:p1/2024-04-25", dueBy: "2024-10-05", status: "met", metOn: "2024-05-30" }, // 2024-06-05 + 122
  { id: "supervision.interval/staff:p1/2024-05-30", dueBy: "2024-11-09", status: "met", metOn: "2024-10-15" }, // 2024-07-10 + 122
  { id: "supervision.interval/staff:p1/2024-12-18", dueBy: "2025-01-28", status: "met-late", metOn: "2025-01-29" },
  { id: "supervision.interval/staff:p1/2025-03-06", dueBy: "2025-04-16", status: "open" },
  { id: "supervision.interval/staff:p2/2024-03-12", dueBy: "2024-05-12", status: "met", metOn: "2024-05-09" },
  { id: "supervision.interval/staff:p2/2024-10-24", dueBy: "2024-12-24", status: "met", metOn: "2024-12-19" },
  { id: "supervision.interval/staff:p2/2024-12-19", dueBy: "2025-02-18", status: "excused" }, // left 2025-01-31
  { id: "supervision.interval/staff:p3/2024-07-01", dueBy: "2024-08-11", status: "met", metOn: "2024-07-05" },
  { id: "supervision.interval/staff:p3/2024-11-22", dueBy: "2025-01-02", status: "met-late", metOn: "2025-01-10" },
  { id: "supervision.interval/staff:p3/2025-03-21", dueBy: "2025-05-01", status: "open" },

  // pdr.annual (12 months).
  { id: "pdr.annual/staff:om/2023-06-01", dueBy: "2024-06-01", status: "met", metOn: "2024-05-20", owner: owner("sm") },
  { id: "pdr.annual/staff:om/2024-05-20", dueBy: "2025-05-20", status: "open" },
  { id: "pdr.annual/staff:tm/2023-04-15", dueBy: "2024-04-15", status: "overdue", owner: owner("om") },
  { id: "pdr.annual/staff:p1/2023-05-10", dueBy: "2024-05-10", status: "met", metOn: "2024-05-08" },
  { id: "pdr.annual/staff:p1/2024-05-08", dueBy: "2025-05-08", status: "open" },
  { id: "pdr.annual/staff:p2/2023-07-01", dueBy: "2024-07-01", status: "met", metOn: "2024-06-20" },
  { id: "pdr.annual/staff:p2/2024-06-20", dueBy: "2025-06-20", status: "excused" }, // left 2025-01-31
  { id: "pdr.annual/staff:p3/2024-07-01", dueBy: "2025-07-01", status: "open" },

  // observation.annual: pro-rata of 1 over eligible days.
  { ruleId: "observation.annual", subject: staff("p1"), period: FY24, status: "met", metOn: "2024-11-05", progress: { done: 1, required: 1 } }, // 243/365 = 0.67 -> 1
  { ruleId: "observation.annual", subject: staff("p2"), period: FY24, status: "met", metOn: "2024-09-10", progress: { done: 1, required: 1 } }, // 306/365 = 0.84 -> 1
  { ruleId: "observation.annual", subject: staff("p3"), period: FY24, status: "overdue", owner: owner("tm"), progress: { done: 0, required: 1 } }, // 274/365 = 0.75 -> 1
  { ruleId: "observation.annual", subject: staff("p1"), period: FY25, status: "open", progress: { done: 0, required: 1 } },
  { ruleId: "observation.annual", subject: staff("p3"), period: FY25, status: "open", progress: { done: 0, required: 1 } },
];

/** Subjects that must have no obligation of these rules at all. */
export const owesNothing = [
  { subject: staff("sm"), why: "no line manager" },
  { subject: staff("tm"), ruleId: "observation.annual", why: "not a practitioner or senior key worker" },
  { subject: staff("p2"), period: FY25, why: "left before FY 2025/26" },
];

/** Every breach of these rules, expected in full (partial matches on each). */
export const expectedBreaches = [
  { id: "supervision.frequency/staff:tm/2024/25#breach", owner: owner("om"), severity: "medium", since: "2025-04-01", status: "active" },
  { id: "supervision.interval/staff:tm/2024-08-30#breach", owner: owner("om"), since: "2024-10-11", status: "resolved", resolvedOn: "2024-11-01" },
  { id: "supervision.interval/staff:tm/2025-02-26#breach", owner: owner("om"), since: "2025-04-09", status: "active" },
  { id: "supervision.interval/staff:p1/2024-12-18#breach", owner: owner("tm"), since: "2025-01-29", status: "resolved", resolvedOn: "2025-01-29" },
  { id: "supervision.interval/staff:p3/2024-11-22#breach", owner: owner("tm"), since: "2025-01-03", status: "resolved", resolvedOn: "2025-01-10" },
  { id: "supervision.agenda/supervision:s-p3-3", owner: owner("tm"), severity: "low", since: "2024-09-13", status: "active", details: { failures: [{ field: "agenda", missing: ["wellbeing", "proud-of"] }] } },
  { id: "supervision.reflection/supervision:s-p2-4", owner: owner("tm"), severity: "low", since: "2024-10-24", status: "active" },
  { id: "supervision.urn-only/supervision:s-p1-4", owner: owner("tm"), severity: "high", since: "2024-11-20", status: "active", details: { failures: [{ field: "personalImpactUrns", positions: [1] }] } },
  { id: "pdr.annual/staff:tm/2023-04-15#breach", owner: owner("om"), since: "2024-04-16", status: "active" },
  { id: "pdr.content/pdr:pdr-p1-24", owner: owner("tm"), severity: "low", since: "2024-05-08", status: "active" },
  { id: "observation.annual/staff:p3/2024/25#breach", owner: owner("tm"), since: "2025-04-01", status: "active" },
  { id: "observation.observer/observation:o-p2", owner: owner("om"), severity: "low", since: "2024-09-10", status: "active" },
  { id: "observation.conduct/observation:o-p2", owner: owner("om"), severity: "medium", since: "2024-09-10", status: "active" },
];

/**
 * Every breach escalation of these rules. Ladders (rung 1, 2, 3): tm-owned -> om, sm, ehivcmt;
 * om-owned -> sm, ehivcmt. Rung 2 on the 10th working day after `since`, rung 3 on the 20th.
 */
export const expectedEscalations = [
  { breachId: "supervision.frequency/staff:tm/2024/25#breach", kind: "breach", level: 1, to: { staffId: "sm" }, raisedOn: "2025-04-01" }, // rung 2 would be 2025-04-15
  { breachId: "supervision.interval/staff:tm/2025-02-26#breach", kind: "breach", level: 1, to: { staffId: "sm" }, raisedOn: "2025-04-09" },
  { breachId: "observation.annual/staff:p3/2024/25#breach", kind: "breach", level: 1, to: { staffId: "om" }, raisedOn: "2025-04-01" },
  // 2024-09-13 (Fri): 10th working day 2024-09-27, 20th 2024-10-11.
  { breachId: "supervision.agenda/supervision:s-p3-3", level: 3, to: { body: "ehivcmt" }, raisedOn: "2024-10-11" },
  // 2024-10-24 (Thu): 10th 2024-11-07, 20th 2024-11-21.
  { breachId: "supervision.reflection/supervision:s-p2-4", level: 3, to: { body: "ehivcmt" }, raisedOn: "2024-11-21" },
  // 2024-11-20 (Wed): 10th 2024-12-04, 20th 2024-12-18.
  { breachId: "supervision.urn-only/supervision:s-p1-4", level: 3, to: { body: "ehivcmt" }, raisedOn: "2024-12-18" },
  // 2024-05-08 (Wed), spring bank holiday 2024-05-27: 10th 2024-05-22, 20th 2024-06-06.
  { breachId: "pdr.content/pdr:pdr-p1-24", level: 3, to: { body: "ehivcmt" }, raisedOn: "2024-06-06" },
  // 2024-04-16 (Tue): 10th 2024-04-30; om's ladder has two rungs, so it stops at ehivcmt.
  { breachId: "pdr.annual/staff:tm/2023-04-15#breach", level: 2, to: { body: "ehivcmt" }, raisedOn: "2024-04-30" },
  // 2024-09-10 (Tue): 10th 2024-09-24.
  { breachId: "observation.observer/observation:o-p2", level: 2, to: { body: "ehivcmt" }, raisedOn: "2024-09-24" },
  { breachId: "observation.conduct/observation:o-p2", level: 2, to: { body: "ehivcmt" }, raisedOn: "2024-09-24" },
];
