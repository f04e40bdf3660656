/**
 * Audit section of the demo county: case and thematic audits of key workers' cases
 * (grades, feedback, QISPs, moderation, submission, actions) and supervision audits by
 * operations managers (monthly) and the strategic manager (quarterly).
 */
import type { Day } from "../calendar/day";
import { addMonths } from "../calendar/months";
import { isoOf, nextWeekday } from "./days";
import { lowerBound, nextId, weighted } from "./context";
import type { Ctx, StaffInfo } from "./context";
import { monthIndex } from "./practice";
import type { SupervisionBuckets } from "./practice";
import type { DemoAudit, DemoAuditAction } from "./types";
import { atIndex } from "../util/at-index";

const GRADES: readonly (readonly [number, number])[] = [
  [2, 1],
  [3, 2],
  [4, 5],
  [5, 8],
  [6, 14],
  [7, 24],
  [8, 25],
  [9, 13],
  [10, 8],
];

/**
 * Generates every audit: case and thematic audits of each key worker (two to four a
 * year), and supervision audits sampled from the supervisions held.
 *
 * @param ctx - The working state (cases and supervisions already built).
 * @param buckets - Supervisions grouped by area and month, and by operations manager and quarter.
 * @returns Nothing; `audits` is filled in place.
 * @example
 * buildAudits(ctx, buildPractice(ctx));
 */
export function buildAudits(ctx: Ctx, buckets: SupervisionBuckets): void {
  let plantedTm = false;
  for (const s of ctx.staff) {
    if (s.cases.length === 0 || !s.team) continue;
    for (let fy = 0; fy < ctx.fyStarts.length - 1; fy++) {
      const from = Math.max(atIndex(ctx.fyStarts, fy), s.start + 30);
      const to = Math.min(atIndex(ctx.fyStarts, fy + 1) - 1, s.last, ctx.end);
      for (let k = ctx.rng.int(1, 3); k > 0 && from <= to; k--) {
        const planted: boolean = !plantedTm && fy === ctx.fyStarts.length - 2;
        if (caseAudit(ctx, s, nextWeekday(from + ctx.rng.int(0, to - from)), planted)) plantedTm ||= planted;
      }
    }
  }
  supervisionAudits(ctx, buckets);
}

function caseAudit(ctx: Ctx, worker: StaffInfo, on: Day, plantTm: boolean): boolean {
  const { rng } = ctx;
  if (on > ctx.end) return false;
  const upto = lowerBound(worker.cases, on, (c) => c.open);
  if (upto === 0) return false;
  const c = atIndex(worker.cases, rng.int(Math.max(0, upto - 8), upto - 1));
  const team = worker.team as NonNullable<StaffInfo["team"]>;
  const ops = team.area.ops;
  const thematic = rng.chance(0.15);
  const skw = team.members.find((m) => m.rec.role === "senior-key-worker" && m !== worker && m.start <= on && m.last >= on);
  const auditor = thematic ? ctx.qim : skw && rng.chance(0.15) ? skw : team.manager;
  const grade = plantTm ? 4 : weighted(rng, GRADES);
  const audit: DemoAudit = {
    id: nextId(ctx, "a"),
    kind: thematic ? "thematic" : "case",
    auditorId: auditor.rec.id,
    workerId: worker.rec.id,
    caseId: c.rec.id,
    completedOn: isoOf(on),
    grade,
    recordedOnCaseFile: rng.chance(0.96),
  };
  const feedbackStyle = plantTm ? "prompt" : weighted(rng, [["prompt", 90], ["late", 7], ["none", 3]] as const);
  const feedback = feedbackStyle === "none" ? null : nextWeekday(on + (feedbackStyle === "late" ? rng.int(16, 30) : rng.int(1, 9)));
  if (feedback !== null && feedback <= ctx.end) {
    audit.feedbackMeetingOn = isoOf(feedback);
    audit.faceToFaceFeedback = rng.chance(0.95);
  }
  let submitted: Day | null = nextWeekday(on + (rng.chance(0.12) ? rng.int(10, 45) : rng.int(1, 6)));
  if (grade <= 5 || grade === 10) {
    const style = plantTm ? "ok" : weighted(rng, [["ok", 80], ["after", 8], ["by-tm", 6], ["none", 6]] as const);
    if (style !== "none") {
      const moderated = style === "after" ? submitted + rng.int(1, 5) : on + rng.int(0, submitted - on);
      if (moderated <= ctx.end) {
        audit.moderatedOn = isoOf(moderated);
        audit.moderatorId = style === "by-tm" ? team.manager.rec.id : ops.rec.id;
      }
    }
  }
  if (grade <= 5 && feedback !== null) {
    const style = plantTm ? "to-tm" : weighted(rng, [["ok", 76], ["late", 10], ["to-tm", 8], ["none", 6]] as const);
    if (style !== "none") {
      const sent = nextWeekday(feedback + (style === "late" ? rng.int(10, 21) : rng.int(0, 6)));
      if (sent <= ctx.end) {
        audit.qispSentOn = isoOf(sent);
        audit.qispSentToId = style === "to-tm" ? team.manager.rec.id : ops.rec.id;
      }
    }
  }
  if (submitted > ctx.end) submitted = null;
  if (submitted !== null) audit.submittedOn = isoOf(submitted);
  const actions: DemoAuditAction[] = [];
  for (let k = rng.int(0, 3); k > 0; k--) {
    const due = nextWeekday(on + rng.int(14, 42));
    const action: DemoAuditAction = {
      id: `${audit.id}-${actions.length + 1}`,
      ownerId: rng.chance(0.85) ? worker.rec.id : team.manager.rec.id,
      dueOn: isoOf(due),
    };
    const style = weighted(rng, [["on-time", 80], ["late", 12], ["never", 8]] as const);
    const done = style === "on-time" ? Math.max(on + 1, due - rng.int(0, 14)) : style === "late" ? due + rng.int(1, 20) : null;
    if (done !== null && done <= ctx.end) action.completedOn = isoOf(done);
    actions.push(action);
  }
  if (actions.length > 0) audit.actions = actions;
  ctx.out.audits.push(audit);
  return true;
}

function supervisionAudits(ctx: Ctx, buckets: SupervisionBuckets): void {
  const { rng } = ctx;
  const months = monthIndex(ctx, ctx.end) + 1;
  const finalMonth0 = monthIndex(ctx, ctx.finalFy);
  for (let m = 0; m < months; m++) {
    const monthStart = addMonths(ctx.start, m);
    const monthEnd = Math.min(addMonths(ctx.start, m + 1) - 1, ctx.end);
    for (const area of ctx.areas) {
      // Planted: area 0 skips October of the final year; area 1 has not done March's yet.
      if (area.index === 0 && m === finalMonth0 + 6) continue;
      if (area.index === 1 % ctx.areas.length && m === months - 1 && months - 1 >= finalMonth0 + 11) continue;
      if (m < finalMonth0 && !rng.chance(0.92)) continue;
      const pool = buckets.byAreaMonth.get(`${area.index}:${m}`);
      if (!pool || pool.length === 0) continue;
      const { sup, day } = rng.pick(pool);
      const on = Math.min(monthEnd, Math.max(monthStart, day) + rng.int(1, 10));
      pushSupervisionAudit(ctx, area.ops, sup.supervisorId, sup.id, on);
    }
  }
  const quarters = Math.floor((months - 1) / 3) + 1;
  const finalQ0 = Math.floor(finalMonth0 / 3);
  for (let q = 0; q < quarters; q++) {
    const qEnd = Math.min(addMonths(ctx.start, (q + 1) * 3) - 1, ctx.end);
    for (const area of ctx.areas) {
      // Planted: area 0 missed Q2 of the final year; area 1 has not had Q4's yet.
      if (area.index === 0 && q === finalQ0 + 1) continue;
      if (area.index === 1 % ctx.areas.length && q === finalQ0 + 3) continue;
      if (q < finalQ0 && !rng.chance(0.9)) continue;
      const pool = buckets.byOpsQuarter.get(`${area.ops.rec.id}:${q}`);
      if (!pool || pool.length === 0) continue;
      const { sup, day } = rng.pick(pool);
      const on = Math.min(qEnd, day + rng.int(2, 20));
      pushSupervisionAudit(ctx, ctx.strategic, sup.supervisorId, sup.id, on);
    }
  }
}

function pushSupervisionAudit(ctx: Ctx, auditor: StaffInfo, workerId: string, supervisionId: string, on: Day): void {
  if (on > ctx.end) return;
  ctx.out.audits.push({
    id: nextId(ctx, "a"),
    kind: "supervision",
    auditorId: auditor.rec.id,
    workerId,
    supervisionId,
    completedOn: isoOf(on),
  });
}
