/**
 * Organisation section of the demo county: areas, teams, staff (with starters, leavers,
 * part-timers and contract changes), absences and a restructure of line management.
 */
import type { Day } from "../calendar/day";
import { isoOf, mondayOnOrAfter, nextWeekday } from "./days";
import { nextId } from "./context";
import type { AreaInfo, Ctx, StaffInfo, TeamInfo } from "./context";
import type { DemoRole } from "./types";
import { atIndex } from "../util/at-index";

const COMPASS = ["north", "south", "east", "west"] as const;

/**
 * Adds a staff member to the output and the working state.
 *
 * @param ctx - The working state.
 * @param role - The role.
 * @param start - First working day.
 * @param extra - Team, area, line manager and contract.
 * @returns The new staff member.
 * @example
 * addStaff(ctx, "practitioner", day, { team, lineManager: team.manager, partTime: false });
 */
export function addStaff(
  ctx: Ctx,
  role: DemoRole,
  start: Day,
  extra: { team?: TeamInfo; area?: AreaInfo; lineManager?: StaffInfo; partTime?: boolean; areaId?: string },
): StaffInfo {
  const id = `s${ctx.staff.length + 1}`;
  const rec: StaffInfo["rec"] = { id, role, contract: extra.partTime ? "part-time" : "full-time", startedOn: isoOf(start) };
  if (extra.team) rec.teamId = extra.team.rec.id;
  if (extra.areaId) rec.areaId = extra.areaId;
  if (extra.lineManager) rec.lineManagerId = extra.lineManager.rec.id;
  const info: StaffInfo = {
    rec,
    start,
    last: ctx.end,
    lineManager: extra.lineManager ?? null,
    team: extra.team ?? null,
    area: extra.area ?? extra.team?.area ?? null,
    absences: [],
    contracts: [{ from: start, partTime: extra.partTime === true }],
    cases: [],
    plant: {},
  };
  ctx.staff.push(info);
  ctx.out.staff.push(rec);
  if (extra.team) extra.team.members.push(info);
  return info;
}

/**
 * Builds areas, teams and staff, with turnover, part-time contracts, contract changes
 * and absences. Plants: a maternity absence spanning whole quarters followed by a
 * return to part-time work; a long sickness absence of a team manager; a leaver and a
 * starter in the final year; a restructure of line management (see `restructure`).
 *
 * @param ctx - The working state; fills `areas`, `teams`, `staff`, `absences`, `lineManagement`.
 * @param areaCount - Number of areas to build.
 * @returns Nothing; the output collections are filled in place.
 * @example
 * buildOrganisation(ctx);
 */
export function buildOrganisation(ctx: Ctx, areaCount: number): void {
  const { rng, start } = ctx;
  const strategic = addStaff(ctx, "strategic-manager", start - rng.int(1500, 3500), {});
  const qim = addStaff(ctx, "quality-improvement-manager", start - rng.int(600, 2500), { lineManager: strategic });
  ctx.strategic = strategic;
  ctx.qim = qim;
  const ifstCount = Math.max(1, Math.round(ctx.teamsPerArea * 0.6));
  for (let a = 0; a < areaCount; a++) {
    const id = a < COMPASS.length ? atIndex(COMPASS, a) : `area-${a + 1}`;
    const name = a < COMPASS.length ? `${id.charAt(0).toUpperCase()}${id.slice(1)} locality` : `Area ${a + 1}`;
    ctx.out.areas.push({ id, name });
    const ops = addStaff(ctx, "operations-manager", start - rng.int(400, 3000), { lineManager: strategic, areaId: id });
    const area: AreaInfo = { id, index: a, ops, teams: [], clinics: [] };
    ops.area = area;
    ctx.areas.push(area);
    for (let t = 0; t < ctx.teamsPerArea; t++) {
      const ifst = t < ifstCount;
      const n = ifst ? t + 1 : t - ifstCount + 1;
      const teamId = `t-${a < COMPASS.length ? id.charAt(0) : id}-${ifst ? "ifst" : "fct"}${n}`;
      const rec = { id: teamId, areaId: id, type: ifst ? ("IFST" as const) : ("FCT" as const), name: `${area.id} ${ifst ? "IFST" : "FCT"} ${n}` };
      ctx.out.teams.push(rec);
      const team = { rec, index: ctx.teams.length, area, members: [] } as unknown as TeamInfo;
      const manager = addStaff(ctx, ifst ? "team-manager" : "family-centre-team-manager", start - rng.int(200, 2500), {
        team,
        lineManager: ops,
      });
      team.manager = manager;
      area.teams.push(team);
      ctx.teams.push(team);
      buildTeamStaff(ctx, team);
    }
  }
  plantPeople(ctx);
  for (const s of ctx.staff) addAbsences(ctx, s);
  restructure(ctx);
}

/**
 * Plants a restructure of line management: from a Monday halfway through the data, the staff
 * of the last team move from their own team manager to the manager of the team before it,
 * who takes the team on. Each staff member there on the day gets two `lineManagement`
 * records (the old manager up to the day before, the new one from the day); their staff
 * records name the new manager, the latest, as do those of starters after it, while leavers
 * before it keep the old one. No random draws: the rest of the county is as it would be
 * without it. Linear in the size of one team.
 *
 * @param ctx - The working state; fills `lineManagement`.
 * @returns Nothing.
 * @example
 * restructure(ctx);
 */
function restructure(ctx: Ctx): void {
  const team = ctx.teams[ctx.teams.length - 1];
  const other = ctx.teams[ctx.teams.length - 2];
  const on = mondayOnOrAfter(ctx.start + Math.floor((ctx.end - ctx.start) / 2));
  if (team === undefined || other === undefined || on > ctx.end) return;
  const before = team.manager;
  const after = other.manager;
  for (const s of team.members) {
    if (s === before || s.last < on) continue;
    if (s.start < on) {
      const staffId = s.rec.id;
      ctx.out.lineManagement.push(
        { id: nextId(ctx, "lm"), staffId, lineManagerId: before.rec.id, from: s.rec.startedOn, to: isoOf(on - 1) },
        { id: nextId(ctx, "lm"), staffId, lineManagerId: after.rec.id, from: isoOf(on) },
      );
      s.lineHistory = [{ from: s.start, manager: before }, { from: on, manager: after }];
    }
    s.lineManager = after;
    s.rec.lineManagerId = after.rec.id;
  }
}

function buildTeamStaff(ctx: Ctx, team: TeamInfo): void {
  const { rng, start, end, finalFy } = ctx;
  const size = Math.max(3, ctx.staffPerTeam + (ctx.staffPerTeam >= 5 ? rng.int(-1, 1) : 0));
  for (let slot = 1; slot < size; slot++) {
    const role: DemoRole = slot === 1 ? "senior-key-worker" : "practitioner";
    const firstTeam = team.index === 0;
    // Planted: team 0 slot 2 is the maternity case; its last slot leaves in the final year.
    const stable = firstTeam && slot === 2;
    const forcedLeave = firstTeam && slot === size - 1 && size > 3;
    let person = addStaff(ctx, role, start - rng.int(30, 2800), {
      team,
      lineManager: team.manager,
      partTime: !stable && rng.chance(0.2),
    });
    if (rng.chance(0.06)) person.rec.qualityImprovementChampion = true;
    if (!stable && rng.chance(0.05)) changeContract(person, start + rng.int(60, end - start - 60));
    let forcedDone = false;
    for (;;) {
      let leave: Day | null = null;
      if (forcedLeave && !forcedDone && person.start < finalFy) {
        leave = finalFy + rng.int(100, 160);
        forcedDone = true;
      } else if (!stable) {
        for (let fy = Math.max(start, person.start + 120); fy <= end && leave === null; fy += 365) {
          if (rng.chance(0.1)) leave = fy + rng.int(0, 364);
        }
      }
      if (leave === null || leave >= end) break;
      person.last = leave;
      person.rec.leftOn = isoOf(leave);
      const next = nextWeekday(leave + rng.int(14, 70));
      if (next > end) break;
      person = addStaff(ctx, role, next, { team, lineManager: team.manager, partTime: rng.chance(0.2) });
    }
  }
}

/**
 * Changes a person's contract (full-time to part-time or back) from a day on.
 *
 * @param s - The staff member.
 * @param from - The first day of the new contract.
 * @returns Nothing.
 * @example
 * changeContract(s, day);
 */
export function changeContract(s: StaffInfo, from: Day): void {
  const partTime = !(atIndex(s.contracts, s.contracts.length - 1)).partTime;
  s.contracts.push({ from, partTime });
  (s.rec.contractChanges ??= []).push({ from: isoOf(from), contract: partTime ? "part-time" : "full-time" });
}

function plantPeople(ctx: Ctx): void {
  const { finalFy, end } = ctx;
  const team0 = ctx.teams[0];
  const mother = team0?.members.find((m) => m.rec.role === "practitioner" && m.start < ctx.start);
  if (mother && end > finalFy + 300) {
    // Maternity from late May to early January: all of Q2 and Q3 absent, then part-time.
    const from = finalFy + 55;
    const to = finalFy + 280;
    mother.absences.push([from, to]);
    mother.plant.noGenericAbsence = finalFy;
    ctx.out.absences.push({ staffId: mother.rec.id, from: isoOf(from), to: isoOf(to), reason: "maternity" });
    changeContract(mother, nextWeekday(to + 1));
  }
  const tm = (ctx.teams[1] ?? team0)?.manager;
  let from = finalFy + 190;
  from = mondayOnOrAfter(from);
  const to = from + 34;
  if (tm && to <= end) {
    // A team manager off sick for five whole weeks (Monday to Sunday) in the autumn.
    tm.absences.push([from, to]);
    tm.plant.noGenericAbsence = finalFy;
    ctx.out.absences.push({ staffId: tm.rec.id, from: isoOf(from), to: isoOf(to), reason: "sickness" });
  }
  const team1 = ctx.teams[1] ?? team0;
  const gap = team1?.members.find((m) => m.rec.role === "practitioner" && m.contracts.length === 1 && !m.contracts[0]?.partTime);
  if (gap) gap.plant.longGap = true;
  const skw = (ctx.teams[2] ?? team0)?.members.find((m) => m.rec.role === "senior-key-worker");
  if (skw) skw.plant.noPdrAfterFirst = true;
}

function addAbsences(ctx: Ctx, s: StaffInfo): void {
  const { rng } = ctx;
  const planted = s.absences.slice();
  const from0 = Math.max(ctx.start, s.start);
  for (let fy = 0; fy < ctx.fyStarts.length - 1; fy++) {
    const fyStart = atIndex(ctx.fyStarts, fy);
    if (s.plant.noGenericAbsence !== undefined && fyStart >= s.plant.noGenericAbsence) continue;
    // Eight slots of 45 days, at most one absence each, so absences never overlap.
    for (let q = 0; q < 8; q++) {
      if (!rng.chance(0.85)) continue;
      let a = nextWeekday(fyStart + q * 45 + rng.int(0, 16));
      const reason = rng.next();
      let len: number;
      let why: "leave" | "sickness" | "other";
      if (reason < 0.7) {
        why = "leave";
        a = mondayOnOrAfter(a);
        len = rng.chance(0.6) ? 4 : 11;
      } else if (reason < 0.95) {
        why = "sickness";
        len = rng.chance(0.9) ? rng.int(0, 4) : rng.int(10, 22);
      } else {
        why = "other";
        len = rng.int(0, 2);
      }
      const b = a + len;
      if (a < from0 || b > Math.min(s.last, ctx.end)) continue;
      s.absences.push([a, b]);
      ctx.out.absences.push({ staffId: s.rec.id, from: isoOf(a), to: isoOf(b), reason: why });
    }
  }
  if (planted.length > 0) s.absences.sort((x, y) => x[0] - y[0]);
}
