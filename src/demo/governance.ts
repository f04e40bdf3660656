/**
 * Governance and oversight section of the demo county: reports, weekly dashboard reviews
 * and BI access, team Quality Improvement Plans, Investing in Children awards and the
 * Young Carers Charter reviews.
 */
import { addMonths } from "../calendar/months";
import { isoOf, mondayOf, monthsBetween, nextWeekday } from "./days";
import { absenceOn, nextId } from "./context";
import type { Ctx, StaffInfo } from "./context";
import type { DemoBody, DemoReportKind } from "./types";
import { atIndex } from "../util/at-index";

interface ReportPlan {
  kind: DemoReportKind;
  months: number;
  shared: DemoBody[];
  covers?: string[];
  /** Final-year lapses by period index within the final year. */
  plants: Record<number, "late" | "missing" | "drop-body" | "drop-cover" | "no-bodies">;
}

const PLANS: readonly ReportPlan[] = [
  {
    kind: "service-improvement",
    months: 3,
    shared: ["ops-management-team", "ehivcmt", "cscqib"],
    covers: ["audits", "representations", "mp-letters", "surveys", "qic-topics", "iic-membership"],
    plants: { 0: "drop-body", 1: "late", 2: "drop-cover" },
  },
  { kind: "stronger-families-progress", months: 3, shared: ["ehivcmt", "cscmt", "cmt"], plants: { 1: "missing" } },
  { kind: "population-outcomes", months: 6, shared: ["ehivcmt", "cscmt", "cmt", "mhclg"], plants: { 0: "drop-body" } },
  { kind: "kpi", months: 1, shared: ["ops-management-team", "ops-smt-emt"], plants: { 5: "missing", 8: "late" } },
  { kind: "survey-results", months: 3, shared: ["ops-management-team"], plants: { 1: "no-bodies", 2: "late" } },
];

/**
 * Generates reports, oversight logs, team plans, IiC awards and charter reviews, with
 * planted lapses (see the module's plans) in the final year.
 *
 * @param ctx - The working state (organisation built).
 * @returns Nothing; fills the governance collections.
 * @example
 * buildGovernance(ctx);
 */
export function buildGovernance(ctx: Ctx): void {
  for (const plan of PLANS) reports(ctx, plan);
  for (const team of ctx.teams) weekly(ctx, team.manager, "dashboard-review", 0.06);
  for (const area of ctx.areas) weekly(ctx, area.ops, "bi-access", 0.05);
  plans(ctx);
  awards(ctx);
  charter(ctx);
}

function reports(ctx: Ctx, plan: ReportPlan): void {
  const { rng } = ctx;
  const finalIndex = monthsBetween(ctx.start, ctx.finalFy) / plan.months;
  for (let p = 0; ; p++) {
    const from = addMonths(ctx.start, p * plan.months);
    if (from > ctx.end) break;
    const to = addMonths(ctx.start, (p + 1) * plan.months) - 1;
    const lapse =
      p >= finalIndex
        ? plan.plants[p - finalIndex]
        : rng.chance(0.15)
          ? rng.pick(["late", "missing", "drop-body", "drop-cover"] as const)
          : undefined;
    if (lapse === "missing") continue;
    const published = nextWeekday(to + (lapse === "late" ? rng.int(35, 55) : rng.int(5, 25)));
    if (published > ctx.end) continue;
    let sharedWith = plan.shared.slice();
    if (lapse === "drop-body") sharedWith.splice(p >= finalIndex ? sharedWith.length - 1 : rng.int(0, sharedWith.length - 1), 1);
    if (lapse === "no-bodies") sharedWith = [];
    const rec: (typeof ctx.out.reports)[number] = {
      id: nextId(ctx, "rep"),
      kind: plan.kind,
      period: { from: isoOf(from), to: isoOf(to) },
      publishedOn: isoOf(published),
      sharedWith,
    };
    if (plan.covers) {
      rec.covers = plan.covers.slice();
      if (lapse === "drop-cover") rec.covers.splice(p >= finalIndex ? rec.covers.length - 1 : rng.int(0, rec.covers.length - 1), 1);
    }
    ctx.out.reports.push(rec);
  }
}

function weekly(ctx: Ctx, s: StaffInfo, activity: "dashboard-review" | "bi-access", miss: number): void {
  const { rng } = ctx;
  const first = Math.max(ctx.start, s.start);
  const last = Math.min(ctx.end, s.last);
  for (let mon = mondayOf(first); mon <= last; mon += 7) {
    if (rng.chance(miss)) continue;
    let day = mon + rng.int(0, 4);
    for (let k = 0; k < 5 && absenceOn(s, day); k++) day = mon + ((day - mon + 1) % 5);
    if (absenceOn(s, day) || day < first || day > last) continue;
    ctx.out.oversight.push({ staffId: s.rec.id, activity, on: isoOf(day) });
  }
}

function plans(ctx: Ctx): void {
  const { rng } = ctx;
  for (const team of ctx.teams) {
    // Planted: team 1 approved its first plan and never renewed it (overdue).
    for (let t = nextWeekday(ctx.start + rng.int(20, 100)); t <= ctx.end; ) {
      ctx.out.qualityImprovementPlans.push({ id: nextId(ctx, "qip"), teamId: team.rec.id, approvedOn: isoOf(t) });
      if (team.index === 1) break;
      t = nextWeekday(rng.chance(0.15) ? addMonths(t, 12) + rng.int(10, 60) : t + rng.int(300, 358));
    }
  }
}

function awards(ctx: Ctx): void {
  const { rng } = ctx;
  const years = ctx.fyStarts.length - 1;
  for (const area of ctx.areas) {
    for (let fy = 0; fy < years; fy++) {
      const final = fy === years - 1;
      // Planted: area 1 has no award yet in the final year (open); area 2 missed the year before.
      if (final && area.index === 1) continue;
      if (fy === years - 2 && area.index === 2) continue;
      if (!final && rng.chance(0.08)) continue;
      const on = nextWeekday(atIndex(ctx.fyStarts, fy) + rng.int(30, final ? 240 : 330));
      if (on <= ctx.end) ctx.out.iicAwards.push({ id: nextId(ctx, "iic"), areaId: area.id, achievedOn: isoOf(on) });
    }
  }
}

function charter(ctx: Ctx): void {
  // Reviewed on time two years before the final year, then seven weeks late in it.
  const second = addMonths(ctx.finalFy, -24) - 10;
  const first = addMonths(second, -24) + 15;
  const third = addMonths(second, 24) + 50;
  for (const day of [first, second, third]) {
    if (day <= ctx.end) ctx.out.youngCarersCharterReviews.push({ id: nextId(ctx, "ycc"), reviewedOn: isoOf(day) });
  }
}
