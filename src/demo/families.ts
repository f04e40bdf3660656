/**
 * Work-with-families section of the demo county: cases and their children, closure
 * surveys, young carer assessments, representations, and the cases each case clinic
 * discusses.
 */
import type { Day } from "../calendar/day";
import { addMonths } from "../calendar/months";
import { schoolAgeOn } from "../calendar/school-age";
import { isoOf, nextWeekday } from "./days";
import { lowerBound, nextId, weighted } from "./context";
import type { CaseInfo, Ctx, StaffInfo, TeamInfo } from "./context";
import type { DemoCase, DemoChild, DemoSurvey } from "./types";
import { atIndex } from "../util/at-index";

type Reason = NonNullable<DemoCase["closureReason"]>;
const REASONS: readonly (readonly [Reason, number])[] = [
  ["closed", 72],
  ["step-down", 10],
  ["step-up", 9],
  ["transfer", 5],
  ["other", 4],
];
const SURVEYED: ReadonlySet<string> = new Set(["closed", "step-up", "step-down"]);

/**
 * Generates cases, surveys, young carer assessments and representations, and lists
 * long-open and neglect cases at their operations manager's case clinics.
 *
 * @param ctx - The working state (organisation and case clinics already built).
 * @returns Nothing; the output collections are filled in place.
 * @example
 * buildFamilies(ctx);
 */
export function buildFamilies(ctx: Ctx): void {
  const completion = completionRates(ctx);
  const all: CaseInfo[] = [];
  for (const team of ctx.teams) {
    for (const worker of team.members) {
      if (worker.rec.role === "practitioner" || worker.rec.role === "senior-key-worker") caseload(ctx, team, worker, all);
    }
  }
  plantClosedToday(ctx, all);
  for (const c of all) {
    ctx.out.cases.push(c.rec);
    surveys(ctx, c, completion);
    youngCarers(ctx, c);
    clinics(ctx, c);
  }
  for (const a of ctx.areas) {
    for (const { meeting } of a.clinics) if (meeting.caseIds?.length === 0) delete meeting.caseIds;
  }
  representations(ctx);
}

function caseload(ctx: Ctx, team: TeamInfo, worker: StaffInfo, all: CaseInfo[]): void {
  const { rng } = ctx;
  const ifst = team.rec.type === "IFST";
  const skw = worker.rec.role === "senior-key-worker";
  let slots = ifst ? (skw ? 2 : 5) : skw ? 1 : 3;
  if (worker.contracts[0]?.partTime) slots = Math.max(1, slots - 1);
  const longest = ifst ? 420 : 170;
  for (let slot = 0; slot < slots; slot++) {
    let t = nextWeekday(Math.max(worker.start + rng.int(3, 30), ctx.start - rng.int(0, longest)));
    while (t <= Math.min(worker.last, ctx.end)) {
      const duration = ifst ? rng.int(40, 160) + rng.int(0, 260) : rng.int(20, 70) + rng.int(0, 100);
      let close: Day | null = nextWeekday(t + duration);
      let reason: Reason = weighted(rng, REASONS);
      if (worker.last < ctx.end && close > worker.last) {
        close = Math.max(t + 1, worker.last - rng.int(0, 7));
        reason = "transfer";
      }
      if (close > ctx.end) close = null;
      if (close === null || close >= ctx.start) all.push(makeCase(ctx, team, worker, t, close, reason));
      if (close === null) break;
      t = nextWeekday(close + rng.int(1, 25));
    }
  }
}

function makeCase(ctx: Ctx, team: TeamInfo, worker: StaffInfo, open: Day, close: Day | null, reason: Reason): CaseInfo {
  const { rng } = ctx;
  const n = (ctx.counters.caseSeq = (ctx.counters.caseSeq ?? 0) + 1);
  const id = String(1_200_000 + n * 3 + rng.int(0, 2));
  const children: DemoChild[] = [];
  const dobs: Day[] = [];
  const count = weighted(rng, [[1, 27], [2, 35], [3, 24], [4, 10], [5, 4]] as const);
  for (let k = 0; k < count; k++) {
    const age = rng.int(0, 17);
    const dob = open - age * 365 - Math.floor(age / 4) - rng.int(0, 364);
    const child: DemoChild = { id: nextId(ctx, "c"), dateOfBirth: isoOf(dob) };
    dobs.push(dob);
    if (age >= 8 && rng.chance(0.07)) child.youngCarer = true;
    children.push(child);
  }
  const rec: DemoCase = { id, teamId: team.rec.id, keyWorkerId: worker.rec.id, openedOn: isoOf(open), children };
  if (close !== null) {
    rec.closedOn = isoOf(close);
    rec.closureReason = reason;
  }
  let neglect: Day | null = null;
  if (rng.chance(0.12)) {
    const on = open + rng.int(0, 60);
    if (on <= Math.min(close ?? ctx.end, ctx.end)) {
      rec.neglectIdentifiedOn = isoOf(on);
      neglect = on;
    }
  }
  const info: CaseInfo = { rec, team, open, close, dobs, neglect, noSurvey: false };
  worker.cases.push(info);
  return info;
}

/** Planted: a family closed on the last day whose surveys are not yet offered (open). */
function plantClosedToday(ctx: Ctx, all: CaseInfo[]): void {
  const c = all.find((x) => x.close === null && x.open < ctx.end - 40);
  if (!c) return;
  c.close = ctx.end;
  c.rec.closedOn = isoOf(ctx.end);
  c.rec.closureReason = "closed";
  c.noSurvey = true;
}

/** Per financial quarter, the chance that a surveyed family completes one survey. */
function completionRates(ctx: Ctx): number[] {
  const quarters = (ctx.fyStarts.length - 1) * 4;
  const rates: number[] = [];
  for (let q = 0; q < quarters; q++) rates.push(ctx.rng.chance(0.5) ? 0.13 : 0.065);
  // Final year: Q1 met, Q2 missed, Q3 met, Q4 still open at the end of the data.
  const f = quarters - 4;
  if (f >= 0) [rates[f], rates[f + 1], rates[f + 2], rates[f + 3]] = [0.15, 0.04, 0.15, 0.12];
  return rates;
}

function quarterIndex(ctx: Ctx, day: Day): number {
  const fy = Math.min(ctx.fyStarts.length - 2, Math.max(0, lowerBound(ctx.fyStarts, day + 1, (x) => x) - 1));
  const fyStart = atIndex(ctx.fyStarts, fy);
  let q = 0;
  while (q < 3 && addMonths(fyStart, (q + 1) * 3) <= day) q++;
  return fy * 4 + q;
}

function surveys(ctx: Ctx, c: CaseInfo, completion: number[]): void {
  const { rng } = ctx;
  const { rec } = c;
  if (c.close === null || !SURVEYED.has(rec.closureReason ?? "")) return;
  if (c.noSurvey) return;
  const close = c.close;
  const style = weighted(rng, [["on-time", 86], ["late", 5], ["partial", 5], ["none", 4]] as const);
  if (style === "none") return;
  const offered = style === "late" ? close + rng.int(1, 7) : close;
  if (offered > ctx.end) return;
  const wanted: DemoSurvey[] = [{ id: "", caseId: rec.id, instrument: "parent-carer", offeredOn: isoOf(offered) }];
  rec.children.forEach((child, i) => {
    const age = schoolAgeOn(atIndex(c.dobs, i), close, "school-year");
    if (age >= 4 && age <= 10) wanted.push({ id: "", caseId: rec.id, instrument: "child", childId: child.id, offeredOn: isoOf(offered) });
    else if (age >= 11 && age <= 17)
      wanted.push({ id: "", caseId: rec.id, instrument: "young-person", childId: child.id, offeredOn: isoOf(offered) });
  });
  if (style === "partial" && wanted.length > 1) wanted.splice(rng.int(1, wanted.length - 1), 1);
  const completes = rng.chance(completion[quarterIndex(ctx, close)] ?? 0.1);
  const which = completes ? (rng.chance(0.7) ? 0 : rng.int(0, wanted.length - 1)) : -1;
  wanted.forEach((s, i) => {
    s.id = nextId(ctx, "sv");
    if (i === which) {
      const done = offered + rng.int(1, 26);
      if (done <= ctx.end) s.completedOn = isoOf(done);
    } else if (rng.chance(0.08)) {
      const declined = offered + rng.int(0, 10);
      if (declined <= ctx.end) s.declinedOn = isoOf(declined);
    }
    ctx.out.surveys.push(s);
  });
}

function youngCarers(ctx: Ctx, c: CaseInfo): void {
  const { rng } = ctx;
  for (const child of c.rec.children) {
    if (!child.youngCarer || !rng.chance(0.85)) continue;
    let on = nextWeekday(c.open + rng.int(7, 60));
    if (c.close !== null && on > c.close) on = Math.max(c.open, c.close - rng.int(0, 3));
    if (on > ctx.end) continue;
    const flaw = rng.chance(0.12) ? rng.int(0, 1) : -1;
    ctx.out.youngCarerAssessments.push({
      id: nextId(ctx, "yca"),
      caseId: c.rec.id,
      childId: child.id,
      assessedOn: isoOf(on),
      youngCarerInvolved: flaw !== 0,
      parentInvolved: flaw !== 1,
    });
  }
}

function clinics(ctx: Ctx, c: CaseInfo): void {
  const { rng } = ctx;
  const list = c.team.area.clinics;
  const threshold = addMonths(c.open, c.team.rec.type === "IFST" ? 9 : 3);
  const neglect = c.neglect ?? Infinity;
  const from = Math.min(threshold, neglect);
  const until = Math.min(c.close ?? ctx.end, ctx.end);
  if (from > until) return;
  for (let i = lowerBound(list, from, (x) => x.day); i < list.length; i++) {
    const clinic = atIndex(list, i);
    if (clinic.day > until) break;
    if (rng.chance(0.92)) clinic.meeting.caseIds?.push(c.rec.id);
  }
}

function representations(ctx: Ctx): void {
  const { rng } = ctx;
  for (const team of ctx.teams) {
    for (let fy = 0; fy < ctx.fyStarts.length - 1; fy++) {
      const fyStart = atIndex(ctx.fyStarts, fy);
      const kinds: ("complaint" | "compliment" | "mp-letter")[] = [];
      // About two compliments and half a complaint a year per key worker in post.
      for (const m of team.members) {
        if (m === team.manager || m.start > fyStart + 180 || m.last < fyStart + 180) continue;
        for (let k = rng.int(0, 4); k > 0; k--) kinds.push("compliment");
        if (rng.chance(0.45)) kinds.push("complaint");
      }
      if (rng.chance(0.3)) kinds.push("mp-letter");
      for (const kind of kinds) {
        const on = nextWeekday(fyStart + rng.int(0, 360));
        if (on <= ctx.end) ctx.out.representations.push({ id: nextId(ctx, "r"), kind, receivedOn: isoOf(on), teamId: team.rec.id });
      }
    }
  }
}
