/**
 * Practice-quality section of the demo county: supervisions, PDRs and practice
 * observations. Audits are in `audits.ts`.
 */
import type { Day } from "../calendar/day";
import { addMonths } from "../calendar/months";
import { isoOf, monthsBetween, nextWeekday } from "./days";
import { absenceOn, isPartTime, lowerBound, managerOn, nextId } from "./context";
import type { Ctx, StaffInfo } from "./context";
import type { DemoSupervision } from "./types";
import { PDR_TOPICS, SUPERVISION_AGENDA_ITEMS } from "../model/practice";
import { atIndex } from "../util/at-index";

/** The ten items of the supervision agenda (dataset contract). */
export const AGENDA_ITEMS: readonly string[] = SUPERVISION_AGENDA_ITEMS;

/** The five topics a PDR covers (dataset contract). */
export { PDR_TOPICS };

/** Entries a careless supervisor writes where only URNs belong (planted lapses). */
export const NON_URN_ENTRIES: readonly string[] = ["child named Sam", "mum and baby", "see case notes", "family at no. 12", "eldest boy"];

/** Supervisions grouped for the supervision audits that sample them. */
export interface SupervisionBuckets {
  /** Key `${areaIndex}:${monthIndex}`: supervisions held by that area's team managers. */
  byAreaMonth: Map<string, SampledSupervision[]>;
  /** Key `${opsStaffId}:${quarterIndex}`: supervisions held by that operations manager. */
  byOpsQuarter: Map<string, SampledSupervision[]>;
}

/** A supervision with its day number. */
export interface SampledSupervision {
  sup: DemoSupervision;
  day: Day;
}

/**
 * Month number of a day counted from the first month of the data (April of year one).
 *
 * @param ctx - The working state.
 * @param day - The day.
 * @returns 0 for the first month, 1 for the next, ...
 * @example
 * monthIndex(ctx, ctx.start); // 0
 */
export function monthIndex(ctx: Ctx, day: Day): number {
  return monthsBetween(ctx.start, day);
}

/**
 * Generates supervisions, PDRs and observations for everyone with a line manager (the one
 * of the day, where the line changed).
 *
 * @param ctx - The working state (organisation and cases already built).
 * @returns The supervisions, grouped for the supervision audits.
 * @example
 * const buckets = buildPractice(ctx);
 */
export function buildPractice(ctx: Ctx): SupervisionBuckets {
  const buckets: SupervisionBuckets = { byAreaMonth: new Map(), byOpsQuarter: new Map() };
  for (const s of ctx.staff) {
    if (!s.lineManager) continue;
    supervisions(ctx, s, buckets);
    pdrs(ctx, s);
    if (s.rec.role === "practitioner" || s.rec.role === "senior-key-worker") observations(ctx, s);
  }
  return buckets;
}

function supervisions(ctx: Ctx, s: StaffInfo, buckets: SupervisionBuckets): void {
  const { rng } = ctx;
  const last = Math.min(s.last, ctx.end);
  const gapFrom = ctx.finalFy + 100;
  let nonUrnPlanted = !s.plant.longGap;
  let t = nextWeekday(Math.max(ctx.start, s.start) + rng.int(3, 35));
  while (t <= last) {
    const absence = absenceOn(s, t);
    if (absence) {
      t = nextWeekday(absence[1] + rng.int(1, 6));
      continue;
    }
    if (s.plant.longGap && t >= gapFrom && t < gapFrom + 160) {
      t = nextWeekday(gapFrom + 160);
      continue;
    }
    const manager = managerOn(s, t) as StaffInfo;
    const rec: DemoSupervision = {
      id: nextId(ctx, "sup"),
      superviseeId: s.rec.id,
      supervisorId: manager.rec.id,
      heldOn: isoOf(t),
      agenda: agenda(ctx),
      reflection: rng.chance(0.96),
      personalImpactUrns: urns(ctx, s, t),
    };
    if (!nonUrnPlanted && t >= ctx.finalFy) {
      rec.personalImpactUrns.push("child named Sam");
      nonUrnPlanted = true;
    } else if (rng.chance(0.005)) {
      rec.personalImpactUrns.push(rng.pick(NON_URN_ENTRIES));
    }
    if (rng.chance(0.5)) rec.jobSatisfaction = rng.int(3, 10);
    ctx.out.supervisions.push(rec);
    bucket(ctx, s, manager, rec, t, buckets);
    const partTime = isPartTime(s, t);
    t = nextWeekday(t + (partTime ? rng.int(42, 58) : rng.int(29, 40)));
    if (rng.chance(0.04)) t = nextWeekday(t + rng.int(14, 40));
  }
}

function bucket(ctx: Ctx, s: StaffInfo, manager: StaffInfo, rec: DemoSupervision, t: Day, b: SupervisionBuckets): void {
  const role = manager.rec.role;
  if ((role === "team-manager" || role === "family-centre-team-manager") && s.area) {
    const key = `${s.area.index}:${monthIndex(ctx, t)}`;
    const list = b.byAreaMonth.get(key);
    if (list) list.push({ sup: rec, day: t });
    else b.byAreaMonth.set(key, [{ sup: rec, day: t }]);
  } else if (role === "operations-manager") {
    const key = `${manager.rec.id}:${Math.floor(monthIndex(ctx, t) / 3)}`;
    const list = b.byOpsQuarter.get(key);
    if (list) list.push({ sup: rec, day: t });
    else b.byOpsQuarter.set(key, [{ sup: rec, day: t }]);
  }
}

function agenda(ctx: Ctx): string[] {
  const { rng } = ctx;
  if (rng.chance(0.94)) return AGENDA_ITEMS.slice();
  const drop = new Set<number>();
  for (let k = rng.int(1, 3); k > 0; k--) drop.add(rng.int(0, AGENDA_ITEMS.length - 1));
  return AGENDA_ITEMS.filter((_, i) => !drop.has(i));
}

function urns(ctx: Ctx, s: StaffInfo, t: Day): string[] {
  const { rng } = ctx;
  if (s.cases.length === 0 || !rng.chance(0.35)) return [];
  const upto = lowerBound(s.cases, t + 1, (c) => c.open);
  if (upto === 0) return [];
  const first = atIndex(s.cases, rng.int(Math.max(0, upto - 6), upto - 1)).rec.id;
  if (!rng.chance(0.3) || upto < 2) return [first];
  const second = atIndex(s.cases, rng.int(Math.max(0, upto - 6), upto - 1)).rec.id;
  return second === first ? [first] : [first, second];
}

function pdrs(ctx: Ctx, s: StaffInfo): void {
  const { rng } = ctx;
  const last = Math.min(s.last, ctx.end);
  let t = s.start >= ctx.start ? s.start + rng.int(150, 340) : ctx.start + rng.int(0, 300);
  let count = 0;
  while (t <= last) {
    t = nextWeekday(t);
    const absence = absenceOn(s, t);
    if (absence) t = nextWeekday(absence[1] + rng.int(1, 10));
    if (t > last) break;
    const covered = rng.chance(0.92) ? PDR_TOPICS.slice() : PDR_TOPICS.filter((_, i) => i !== rng.int(0, PDR_TOPICS.length - 1));
    ctx.out.pdrs.push({
      id: nextId(ctx, "p"),
      staffId: s.rec.id,
      reviewerId: (managerOn(s, t) as StaffInfo).rec.id,
      heldOn: isoOf(t),
      covered,
      preparedByManager: rng.chance(0.95),
      preparedByWorker: rng.chance(0.93),
    });
    count++;
    if (s.plant.noPdrAfterFirst && count === 1) break;
    t = rng.chance(0.12) ? addMonths(t, 12) + rng.int(5, 50) : t + rng.int(320, 362);
  }
}

function observations(ctx: Ctx, s: StaffInfo): void {
  const { rng } = ctx;
  const team = s.team;
  if (!team) return;
  for (let fy = 0; fy < ctx.fyStarts.length - 1; fy++) {
    const from = Math.max(atIndex(ctx.fyStarts, fy), s.start + 20);
    const to = Math.min(atIndex(ctx.fyStarts, fy + 1) - 1, s.last, ctx.end);
    if (from > to || !rng.chance(0.88)) continue;
    const times = rng.chance(0.05) ? 2 : 1;
    for (let k = 0; k < times; k++) {
      const on = nextWeekday(from + rng.int(0, to - from));
      if (on > to || absenceOn(s, on)) continue;
      const skw = team.members.find((m) => m.rec.role === "senior-key-worker" && m.start <= on && m.last >= on && m !== s);
      const peer = team.members.find((m) => m.rec.role === "practitioner" && m !== s && m.start <= on && m.last >= on);
      const who = rng.next();
      const observer = who < 0.05 && team.area.ops ? team.area.ops : who < 0.09 && peer ? peer : who < 0.3 && skw ? skw : team.manager;
      const consent = rng.chance(0.03) ? "not-secured" : rng.chance(0.18) ? "not-required" : "secured";
      ctx.out.observations.push({
        id: nextId(ctx, "o"),
        practitionerId: s.rec.id,
        observerId: observer.rec.id,
        observedOn: isoOf(on),
        plannedInAdvance: rng.chance(0.95),
        consent,
        templateUsed: rng.chance(0.95),
        recorded: rng.chance(0.97),
      });
    }
  }
}
