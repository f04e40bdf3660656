import { describe, expect, it } from "vitest";
import { generateCounty } from "../../src/demo";

// The default demo county must contain each kind of lapse it was built to show, so that
// an evaluation as of its end date has met, open and breached obligations.
const d = generateCounty();
const END = "2026-03-31";
const FY = "2025-04-01";
const staff = new Map(d.staff.map((s) => [s.id, s]));
const teams = new Map(d.teams.map((t) => [t.id, t]));
const opsOfArea = new Map(d.staff.filter((s) => s.role === "operations-manager").map((s) => [s.areaId, s.id]));
const opsOf = (staffId: string): string | undefined => opsOfArea.get(teams.get(staff.get(staffId)?.teamId ?? "")?.areaId);
const days = (a: string, b: string): number => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
const ageOnAug31 = (dob: string, on: string): number => {
  const y = Number(on.slice(0, 4)) - (Number(on.slice(5, 7)) >= 9 ? 0 : 1);
  return y - Number(dob.slice(0, 4)) - (dob.slice(5) > "08-31" ? 1 : 0);
};
const some = <T>(items: readonly T[], test: (x: T, i: number) => boolean): boolean => items.some(test);

describe("default demo county: people", () => {
  it("has part-timers, a contract change, leavers and starters in the final year", () => {
    expect(some(d.staff, (s) => s.contract === "part-time")).toBe(true);
    expect(some(d.staff, (s) => (s.contractChanges ?? []).some((c) => c.from >= FY))).toBe(true);
    expect(some(d.staff, (s) => s.leftOn !== undefined && s.leftOn >= FY)).toBe(true);
    expect(some(d.staff, (s) => s.startedOn >= FY)).toBe(true);
  });

  it("has a maternity absence covering a whole quarter and a manager off for whole weeks", () => {
    expect(some(d.absences, (a) => a.reason === "maternity" && a.from <= "2025-07-01" && a.to >= "2025-09-30")).toBe(true);
    expect(
      some(d.absences, (a) => /team-manager$/.test(staff.get(a.staffId)?.role ?? "") && a.reason === "sickness" && days(a.from, a.to) >= 27),
    ).toBe(true);
  });
});

describe("default demo county: audits", () => {
  const graded = d.audits.filter((a) => a.kind !== "supervision" && a.completedOn >= FY);
  const low = graded.filter((a) => (a.grade ?? 10) <= 5);

  it("has grades of 5 and below and of 10", () => {
    expect(some(graded, (a) => a.grade === 5)).toBe(true);
    expect(some(graded, (a) => a.grade === 10)).toBe(true);
  });

  it("has QISPs sent to the operations manager on time, late, to someone else, and not at all", () => {
    const onTime = (a: (typeof low)[number]): boolean => a.qispSentOn !== undefined && days(a.feedbackMeetingOn ?? a.qispSentOn, a.qispSentOn) <= 7;
    expect(some(low, (a) => a.qispSentToId === opsOf(a.workerId) && onTime(a))).toBe(true);
    expect(some(low, (a) => a.qispSentToId === opsOf(a.workerId) && !onTime(a))).toBe(true);
    expect(some(low, (a) => a.qispSentToId !== undefined && a.qispSentToId !== opsOf(a.workerId))).toBe(true);
    expect(some(low, (a) => a.feedbackMeetingOn !== undefined && a.qispSentOn === undefined)).toBe(true);
  });

  it("has moderation missing, after submission, and by someone other than an operations manager", () => {
    const due = d.audits.filter((a) => a.kind !== "supervision" && ((a.grade ?? 6) <= 5 || a.grade === 10));
    expect(some(due, (a) => a.moderatedOn === undefined && a.submittedOn !== undefined)).toBe(true);
    expect(some(due, (a) => a.moderatedOn !== undefined && a.submittedOn !== undefined && a.moderatedOn > a.submittedOn)).toBe(true);
    expect(some(due, (a) => a.moderatorId !== undefined && staff.get(a.moderatorId)?.role !== "operations-manager")).toBe(true);
    expect(some(due, (a) => a.submittedOn === undefined)).toBe(true);
  });

  it("has late or missing feedback, audits not on the case file, and overdue, late and open actions", () => {
    expect(some(graded, (a) => a.feedbackMeetingOn === undefined || days(a.completedOn, a.feedbackMeetingOn) > 14)).toBe(true);
    expect(some(graded, (a) => a.faceToFaceFeedback === false)).toBe(true);
    expect(some(graded, (a) => a.recordedOnCaseFile === false)).toBe(true);
    const actions = graded.flatMap((a) => a.actions ?? []);
    expect(some(actions, (x) => x.completedOn === undefined && x.dueOn < END)).toBe(true);
    expect(some(actions, (x) => x.completedOn !== undefined && x.completedOn > x.dueOn)).toBe(true);
    expect(some(actions, (x) => x.completedOn === undefined && x.dueOn > END)).toBe(true);
  });

  it("has supervision audits by operations managers and by the strategic manager", () => {
    const sup = d.audits.filter((a) => a.kind === "supervision");
    expect(some(sup, (a) => staff.get(a.auditorId)?.role === "operations-manager")).toBe(true);
    expect(some(sup, (a) => staff.get(a.auditorId)?.role === "strategic-manager" && staff.get(a.workerId)?.role === "operations-manager")).toBe(true);
  });
});

describe("default demo county: supervision, PDR, observation", () => {
  const recent = d.supervisions.filter((s) => s.heldOn >= FY);

  it("has personal-impact entries that are not URNs, missing reflection and agenda gaps", () => {
    expect(some(recent, (s) => s.personalImpactUrns.includes("child named Sam"))).toBe(true);
    expect(some(recent, (s) => s.personalImpactUrns.length > 0 && s.personalImpactUrns.every((u) => /^[0-9]{1,12}$/.test(u)))).toBe(true);
    expect(some(recent, (s) => !s.reflection)).toBe(true);
    expect(some(recent, (s) => s.agenda.length < 10)).toBe(true);
  });

  it("has a full-time supervisee left more than 41 days without supervision", () => {
    const bySupervisee = new Map<string, string[]>();
    for (const s of recent) bySupervisee.set(s.superviseeId, [...(bySupervisee.get(s.superviseeId) ?? []), s.heldOn]);
    const gaps = [...bySupervisee.values()].flatMap((list) => list.slice(1).map((day, i) => days(list[i] as string, day)));
    expect(Math.max(...gaps)).toBeGreaterThan(80);
  });

  it("has a PDR overdue, PDRs missing topics, and observations by the wrong observer or badly conducted", () => {
    const lastPdr = new Map<string, string>();
    for (const p of d.pdrs) if ((lastPdr.get(p.staffId) ?? "") < p.heldOn) lastPdr.set(p.staffId, p.heldOn);
    expect(some([...lastPdr.entries()], ([id, on]) => staff.get(id)?.leftOn === undefined && days(on, END) > 366)).toBe(true);
    expect(some(d.pdrs, (p) => p.covered.length < 5 || !p.preparedByWorker)).toBe(true);
    const allowed = new Set(["team-manager", "senior-key-worker", "family-centre-team-manager"]);
    expect(some(d.observations, (o) => !allowed.has(staff.get(o.observerId)?.role ?? ""))).toBe(true);
    expect(some(d.observations, (o) => o.consent === "not-secured" || !o.plannedInAdvance || !o.templateUsed || !o.recorded)).toBe(true);
  });
});

describe("default demo county: families", () => {
  const surveyed = d.cases.filter((c) => c.closedOn !== undefined && ["closed", "step-up", "step-down"].includes(c.closureReason ?? ""));
  const surveysOf = new Map<string, typeof d.surveys>();
  for (const s of d.surveys) surveysOf.set(s.caseId, [...(surveysOf.get(s.caseId) ?? []), s]);

  it("has transfers, neglect, young carers and children of primary and secondary school age at closure", () => {
    expect(some(d.cases, (c) => c.closureReason === "transfer")).toBe(true);
    expect(some(d.cases, (c) => c.neglectIdentifiedOn !== undefined)).toBe(true);
    const ages = surveyed.flatMap((c) => c.children.map((ch) => ageOnAug31(ch.dateOfBirth, c.closedOn as string)));
    expect(some(ages, (a) => a >= 4 && a <= 10)).toBe(true);
    expect(some(ages, (a) => a >= 11 && a <= 17)).toBe(true);
  });

  it("has surveys offered on time, late, incompletely and not at all, and a family closed today not yet offered", () => {
    expect(some(surveyed, (c) => (surveysOf.get(c.id) ?? []).every((s) => s.offeredOn === c.closedOn))).toBe(true);
    expect(some(surveyed, (c) => (surveysOf.get(c.id) ?? []).some((s) => s.offeredOn > (c.closedOn as string)))).toBe(true);
    expect(some(surveyed, (c) => c.closedOn !== END && !surveysOf.has(c.id))).toBe(true);
    expect(some(surveyed, (c) => c.closedOn === END && !surveysOf.has(c.id))).toBe(true);
    const partial = surveyed.filter((c) => {
      const wanted = 1 + c.children.filter((ch) => { const a = ageOnAug31(ch.dateOfBirth, c.closedOn as string); return a >= 4 && a <= 17; }).length;
      const got = surveysOf.get(c.id)?.length ?? 0;
      return got > 0 && got < wanted;
    });
    expect(partial.length).toBeGreaterThan(0);
  });

  it("meets the 10% completion target in some quarters of the final year and misses it in others", () => {
    const rates = [["2025-04-01", "2025-06-30"], ["2025-07-01", "2025-09-30"], ["2025-10-01", "2025-12-31"]].map(([from, to]) => {
      const closed = surveyed.filter((c) => (c.closedOn as string) >= (from as string) && (c.closedOn as string) <= (to as string));
      const done = closed.filter((c) => (surveysOf.get(c.id) ?? []).some((s) => s.completedOn !== undefined));
      return done.length / closed.length;
    });
    expect(rates.some((r) => r >= 0.1)).toBe(true);
    expect(rates.some((r) => r < 0.1)).toBe(true);
    const all = d.surveys.filter((s) => s.completedOn !== undefined).length / d.surveys.length;
    expect(all).toBeGreaterThan(0.03);
  });

  it("has young carers assessed, assessed without involvement, and never assessed", () => {
    const assessed = new Set(d.youngCarerAssessments.map((y) => y.childId));
    const carers = d.cases.flatMap((c) => c.children.filter((ch) => ch.youngCarer).map((ch) => ({ c, ch })));
    expect(some(carers, ({ c, ch }) => c.closedOn !== undefined && !assessed.has(ch.id))).toBe(true);
    expect(some(carers, ({ c, ch }) => c.closedOn === undefined && !assessed.has(ch.id))).toBe(true);
    expect(some(d.youngCarerAssessments, (y) => !y.youngCarerInvolved || !y.parentInvolved)).toBe(true);
  });

  it("lists long-open and neglect cases at case clinics", () => {
    const listed = new Set(d.meetings.flatMap((m) => (m.kind === "case-clinic" ? (m.caseIds ?? []) : [])));
    expect(some(d.cases, (c) => c.neglectIdentifiedOn !== undefined && listed.has(c.id))).toBe(true);
    expect(some(d.cases, (c) => teams.get(c.teamId)?.type === "IFST" && listed.has(c.id))).toBe(true);
    expect(some(d.cases, (c) => teams.get(c.teamId)?.type === "FCT" && listed.has(c.id))).toBe(true);
  });
});

describe("default demo county: governance", () => {
  it("holds every kind of meeting, with a practice fortnight, and misses some", () => {
    const kinds = new Set(d.meetings.map((m) => m.kind));
    expect(kinds.size).toBe(9);
    expect(some(d.meetings, (m) => m.kind === "practice-week" && m.endsOn !== undefined)).toBe(true);
    const qpcMonths = new Set(d.meetings.filter((m) => m.kind === "quality-performance-clinic" && m.heldOn >= FY).map((m) => m.heldOn.slice(0, 7)));
    expect(qpcMonths.size).toBeLessThan(12);
    expect(qpcMonths.size).toBeGreaterThan(6);
  });

  it("publishes every kind of report, some late, some with bodies or topics missing", () => {
    expect(new Set(d.reports.map((r) => r.kind)).size).toBe(5);
    const dueBy = (to: string): string => {
      const y = Number(to.slice(0, 4));
      const m = Number(to.slice(5, 7));
      return new Date(Date.UTC(y, m + 1, 0)).toISOString().slice(0, 10);
    };
    expect(some(d.reports, (r) => r.publishedOn > dueBy(r.period.to))).toBe(true);
    expect(some(d.reports, (r) => r.kind === "service-improvement" && !r.sharedWith.includes("cscqib"))).toBe(true);
    expect(some(d.reports, (r) => r.kind === "service-improvement" && (r.covers ?? []).length < 6)).toBe(true);
    expect(some(d.reports, (r) => r.kind === "population-outcomes" && !r.sharedWith.includes("mhclg"))).toBe(true);
  });

  it("logs dashboard reviews and BI access weekly, with gaps", () => {
    for (const activity of ["dashboard-review", "bi-access"] as const) {
      const logs = d.oversight.filter((o) => o.activity === activity);
      expect(logs.length).toBeGreaterThan(100);
    }
    const weeks = d.oversight.filter((o) => o.activity === "dashboard-review" && o.on >= FY).length;
    const managers = d.staff.filter((s) => /team-manager$/.test(s.role)).length;
    expect(weeks).toBeLessThan(managers * 52);
  });

  it("has a team plan lapsed, an area without this year's IiC award, and a late charter review", () => {
    const lastPlan = new Map<string, string>();
    for (const q of d.qualityImprovementPlans) if ((lastPlan.get(q.teamId) ?? "") < q.approvedOn) lastPlan.set(q.teamId, q.approvedOn);
    expect(some([...lastPlan.values()], (on) => days(on, END) > 366)).toBe(true);
    expect(some([...lastPlan.values()], (on) => days(on, END) < 300)).toBe(true);
    const awarded = new Set(d.iicAwards.filter((a) => a.achievedOn >= FY).map((a) => a.areaId));
    expect(awarded.size).toBeGreaterThan(0);
    expect(awarded.size).toBeLessThan(d.areas.length);
    const reviews = d.youngCarersCharterReviews.map((r) => r.reviewedOn).sort();
    expect(some(reviews.slice(1), (on, i) => days(reviews[i] as string, on) > 731)).toBe(true);
  });
});
