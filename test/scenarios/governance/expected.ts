/**
 * What the governance scenario (./dataset.ts, asOf 2025-03-31, window from 2024-04-01)
 * must produce, worked out by hand from rules.md. Each entry is a partial match.
 */

const sm = { staffId: "sm", role: "strategic-manager" };
const qim = { staffId: "qim", role: "quality-improvement-manager" };

/** Every breach of the section's rules: no other may appear. */
export const expectedBreaches = [
  // No clinic in September 2024; the strategic manager owns it.
  { id: "governance.quality-performance-clinic/service:service/2024-09#breach", since: "2024-10-01", status: "active", owner: sm, severity: "medium" },
  // om-s held no case clinic in Aug-Sep, the third two-month block.
  { id: "governance.case-clinic/staff:om-s/2024/25 B3#breach", since: "2024-10-01", status: "active", owner: { staffId: "om-s" } },
  // t-s skipped locality oversight in the week of Monday 30 September (2024-W40).
  { id: "governance.locality-management-oversight/team:t-s/2024-W40#breach", since: "2024-10-07", status: "active", owner: { staffId: "fctm-s" } },
  // t-n skipped its briefing in the week of Monday 13 January 2025 (2025-W03).
  { id: "governance.team-briefing/team:t-n/2025-W03#breach", since: "2025-01-20", status: "active", owner: { staffId: "tm-n" } },
  // South held no group learning in November.
  { id: "governance.group-learning/area:south/2024-11#breach", since: "2024-12-01", status: "active", owner: { staffId: "om-s" } },
  // The Q2 service improvement report was due 31 October, published 5 November.
  { id: "report.service-improvement/service:service/2024/25 Q2#breach", since: "2024-11-01", status: "resolved", resolvedOn: "2024-11-05", owner: qim },
  // The Q3 service improvement report was not shared with the CSC quality improvement board.
  { id: "report.service-improvement/report:si-q3", since: "2025-01-30", status: "active", owner: qim, subject: { type: "report", id: "si-q3" },
    details: { failures: [{ field: "sharedWith", missing: ["cscqib"] }] } },
  // No stronger families progress report for Q2 (due 31 October).
  { id: "report.stronger-families-progress/service:service/2024/25 Q2#breach", since: "2024-11-01", status: "active", owner: sm },
  // The H1 population outcomes report did not go to MHCLG.
  { id: "report.population-outcomes/report:po-h1", since: "2024-10-30", status: "active", owner: sm,
    details: { failures: [{ field: "sharedWith", missing: ["mhclg"] }] } },
  // No KPI report for December 2024 (due 31 January).
  { id: "report.kpi/service:service/2024-12#breach", since: "2025-02-01", status: "active", owner: sm },
  // fctm-s logged no dashboard review in the week of 13 May 2024 (2024-W20).
  { id: "oversight.dashboard-review/staff:fctm-s/2024-W20#breach", since: "2024-05-20", status: "active", severity: "low", owner: { staffId: "fctm-s" } },
  // om-n did not access BI in the week of 3 March 2025 (2025-W10).
  { id: "oversight.bi-access/staff:om-n/2025-W10#breach", since: "2025-03-10", status: "active", severity: "low", owner: { staffId: "om-n" } },
  // t-s has no Quality Improvement Plan on record: overdue from the window's first day.
  { id: "quality.team-plan/team:t-s/opening#breach", since: "2024-04-02", status: "active", owner: { staffId: "fctm-s" } },
];

/** Obligations worth naming: the edges of the scenario. */
export const expectedObligations = [
  // tm-n was on leave all of 5-9 August (2024-W32) and logged nothing: excused.
  { id: "oversight.dashboard-review/staff:tm-n/2024-W32", status: "excused" },
  { id: "oversight.dashboard-review/staff:tm-n/2024-W31", status: "met", metOn: "2024-07-30" },
  // The week of Monday 31 March 2025 has only begun.
  { id: "governance.team-briefing/team:t-n/2025-W14", status: "open", dueBy: "2025-04-06" },
  // The Dec-Jan block spans the calendar year end.
  { id: "governance.case-clinic/staff:om-s/2024/25 B5", status: "met", metOn: "2025-01-14", period: { from: "2024-12-01", to: "2025-01-31" } },
  // The second practitioners' development day is due on the last day of the half: today.
  { id: "governance.practitioner-development-day/service:service/2024/25 H1", status: "met", metOn: "2024-06-20" },
  { id: "governance.practitioner-development-day/service:service/2024/25 H2", status: "open", dueBy: "2025-03-31" },
  { id: "governance.practice-week/service:service/2024/25", status: "met", metOn: "2024-10-14" },
  { id: "governance.optf-development-day/service:service/2024/25 Q4", status: "met", metOn: "2025-02-12" },
  { id: "report.service-improvement/service:service/2024/25 Q1", status: "met", metOn: "2024-07-25", dueBy: "2024-07-31", owner: qim },
  { id: "report.service-improvement/service:service/2024/25 Q2", status: "met-late", metOn: "2024-11-05", dueBy: "2024-10-31" },
  // A report with gaps is still the quarter's report.
  { id: "report.service-improvement/service:service/2024/25 Q3", status: "met", evidence: ["si-q3"] },
  { id: "report.service-improvement/service:service/2024/25 Q4", status: "open", dueBy: "2025-04-30" },
  { id: "report.population-outcomes/service:service/2024/25 H1", status: "met", evidence: ["po-h1"] },
  { id: "report.population-outcomes/service:service/2024/25 H2", status: "open", dueBy: "2025-04-30" },
  { id: "report.kpi/service:service/2025-02", status: "met", metOn: "2025-03-15", dueBy: "2025-03-31" },
  { id: "report.kpi/service:service/2025-03", status: "open", dueBy: "2025-04-30" },
  { id: "report.survey-results/service:service/2024/25 Q3", status: "met", owner: qim },
  // t-n's 2023 plan was renewed before its anniversary; the next is due a year after renewal.
  { id: "quality.team-plan/team:t-n/2023-09-01", status: "met", dueBy: "2024-09-01", metOn: "2024-08-20" },
  { id: "quality.team-plan/team:t-n/2024-08-20", status: "open", dueBy: "2025-08-20" },
  { id: "iic.annual/area:north/2024/25", status: "met", metOn: "2024-11-12", owner: { staffId: "om-n" } },
  // South's year ends today: not yet overdue.
  { id: "iic.annual/area:south/2024/25", status: "open", owner: { staffId: "om-s" } },
];

/** How many obligations each rule owes in the year, by hand: weeks 2024-W14 to 2025-W14 are 53. */
export const expectedObligationCounts: Record<string, number> = {
  "governance.quality-performance-clinic": 12,
  "governance.case-clinic": 12, // 6 blocks x 2 operations managers
  "governance.locality-management-oversight": 106, // 53 weeks x 2 teams
  "governance.team-briefing": 106,
  "governance.group-learning": 24,
  "governance.optf-development-day": 4,
  "governance.practitioner-development-day": 2,
  "governance.ehivc-management-team": 12,
  "governance.practice-week": 1,
  "report.service-improvement": 4,
  "report.stronger-families-progress": 4,
  "report.population-outcomes": 2,
  "report.kpi": 12,
  "report.survey-results": 4,
  "oversight.dashboard-review": 106,
  "oversight.bi-access": 106,
  "quality.team-plan": 3, // t-n: 2023-09-01 and 2024-08-20; t-s: opening
  "iic.annual": 2,
};
