/**
 * Meetings of the demo county: case clinics (scheduled before the cases, which are then
 * listed on them), weekly team meetings, monthly group learning, and the service-wide
 * clinics, management meetings, development days and practice week.
 */
import type { Day } from "../calendar/day";
import { addMonths } from "../calendar/months";
import { isoOf, mondayOf, monthsBetween, nextWeekday } from "./days";
import { nextId } from "./context";
import type { Ctx } from "./context";
import type { DemoMeeting, DemoMeetingKind, DemoScope } from "./types";

function push(ctx: Ctx, kind: DemoMeetingKind, day: Day, scope: DemoScope, attendeeIds?: string[]): DemoMeeting {
  const m: DemoMeeting = { id: nextId(ctx, "m"), kind, heldOn: isoOf(day), scope };
  if (attendeeIds) m.attendeeIds = attendeeIds;
  ctx.out.meetings.push(m);
  return m;
}

/**
 * Schedules each operations manager's case clinics, about every six weeks with an
 * occasional miss. Plants: area 0 holds none in August-September of the final year
 * (overdue); area 1 holds none from February of the final year (open at the end).
 *
 * @param ctx - The working state (organisation built).
 * @returns Nothing; fills `meetings` and each area's `clinics`.
 * @example
 * scheduleCaseClinics(ctx);
 */
export function scheduleCaseClinics(ctx: Ctx): void {
  const { rng } = ctx;
  const gapFrom = addMonths(ctx.finalFy, 4);
  const gapTo = addMonths(ctx.finalFy, 6);
  const lastBlock = addMonths(ctx.finalFy, 10);
  for (const area of ctx.areas) {
    const attendees = [area.ops.rec.id, ...area.teams.map((t) => t.manager.rec.id)];
    for (let d = nextWeekday(ctx.start + rng.int(10, 30)); d <= ctx.end; d = nextWeekday(d + rng.int(35, 49))) {
      if (rng.chance(0.06)) continue;
      if (area.index === 0 && d >= gapFrom && d < gapTo) continue;
      if (area.index === 1 % ctx.areas.length && d >= lastBlock && lastBlock + 58 <= ctx.end) continue;
      const meeting = push(ctx, "case-clinic", d, { type: "staff", id: area.ops.rec.id }, attendees);
      meeting.caseIds = [];
      area.clinics.push({ day: d, meeting });
    }
  }
}

/**
 * Generates every meeting other than case clinics. Weekly team meetings and monthly
 * group learning miss a few periods; service-wide meetings follow their cadence with
 * planted misses in the final year, and none yet in its last period (open).
 *
 * @param ctx - The working state.
 * @returns Nothing; fills `meetings`.
 * @example
 * buildMeetings(ctx);
 */
export function buildMeetings(ctx: Ctx): void {
  const { rng } = ctx;
  const firstMonday = mondayOf(ctx.start);
  for (const team of ctx.teams) {
    const scope: DemoScope = { type: "team", id: team.rec.id };
    for (let mon = firstMonday; mon <= ctx.end; mon += 7) {
      for (const [kind, miss] of [["locality-management-oversight", 0.04], ["team-briefing", 0.03]] as const) {
        const day = mon + rng.int(0, 4);
        if (day >= ctx.start && day <= ctx.end && !rng.chance(miss)) push(ctx, kind, day, scope);
      }
    }
  }
  const finalMonth = monthsBetween(ctx.start, ctx.finalFy);
  const months = monthsBetween(ctx.start, ctx.end) + 1;
  for (const area of ctx.areas) {
    const attendees = [area.ops.rec.id, ...area.teams.map((t) => t.manager.rec.id)];
    for (let m = 0; m < months; m++) {
      const day = inPeriod(ctx, m, 1);
      // Planted: area 0 skips September of the final year; area 1 has not met in March yet.
      if (area.index === 0 && m === finalMonth + 5) continue;
      if (area.index === 1 % ctx.areas.length && m === finalMonth + 11) continue;
      if ((m < finalMonth && rng.chance(0.07)) || day > ctx.end) continue;
      push(ctx, "group-learning", day, { type: "area", id: area.id }, attendees);
    }
  }
  const managers = [ctx.strategic.rec.id, ctx.qim.rec.id, ...ctx.areas.map((a) => a.ops.rec.id)];
  serviceCadence(ctx, "quality-performance-clinic", 1, [4, 11], managers);
  serviceCadence(ctx, "ehivc-management-team", 1, [7, 11], managers);
  serviceCadence(ctx, "optf-development-day", 3, [1, 3]);
  serviceCadence(ctx, "practitioner-development-day", 6, [-1, 1]);
  serviceCadence(ctx, "practice-week", 12, [-1, 0]);
}

function inPeriod(ctx: Ctx, index: number, months: number): Day {
  const from = addMonths(ctx.start, index * months);
  const to = addMonths(ctx.start, (index + 1) * months) - 1;
  return nextWeekday(from + ctx.rng.int(0, Math.max(0, to - from - 3)));
}

function serviceCadence(ctx: Ctx, kind: DemoMeetingKind, months: number, skipFinal: number[], attendees?: string[]): void {
  const { rng } = ctx;
  const periods = Math.ceil((monthsBetween(ctx.start, ctx.end) + 1) / months);
  const finalIndex = monthsBetween(ctx.start, ctx.finalFy) / months;
  const week = kind === "practice-week";
  for (let p = 0; p < periods; p++) {
    let day = inPeriod(ctx, p, months);
    if (week) {
      day = mondayOf(day);
      if (day < addMonths(ctx.start, p * months)) day += 7;
    }
    const endsOn = week ? day + (rng.chance(0.5) ? 11 : 4) : day;
    if (skipFinal.includes(p - finalIndex) || endsOn > ctx.end) continue;
    if (!week && p < finalIndex - 1 && rng.chance(0.05)) continue;
    const m = push(ctx, kind, day, { type: "service" }, attendees);
    if (week) m.endsOn = isoOf(endsOn);
  }
}
