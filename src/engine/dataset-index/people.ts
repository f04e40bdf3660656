import type { Day } from "../../calendar/day";
import type { Role, Staff } from "../../model";
import type { Party } from "../../model/evaluation";
import { inPost, lineManagerOn, recordById, type DatasetIndex } from "./index-dataset";
import { referenced } from "./reference-columns";
import { walkUpTheLine } from "./line-walk";
import { atIndex } from "../../util/at-index";

/** Who is who in the organisation on the evaluation's day: the named people rules send work to. */
export interface People {
  /** The staff member, as a party (with role), or undefined when not in the data. */
  party(staffId: string | undefined): Party | undefined;
  /** The first operations manager up the line; failing that, the one of their team's area. */
  opsManagerOfStaff(staffId: string): Party;
  /**
   * The operations manager a worker's support plan or moderation goes to on the day of the act:
   * the first operations manager up their line as recorded that day (nobody passed over), if in
   * post that day; failing that, the operations manager of their team's area in post that day.
   *
   * @returns their staff id, or undefined when no operations manager was in post that day
   */
  opsManagerOfStaffOn(staffId: string, day: Day): string | undefined;
  /** The operations manager of an area. */
  opsManagerOfArea(areaId: string | undefined): Party;
  /** The operations manager of a team's area. */
  opsManagerOfTeam(teamId: string): Party;
  /** The team manager (or family centre team manager) of a team. */
  teamManagerOf(teamId: string): Party;
  /** The active holder of a service-wide role. */
  holderOf(role: "strategic-manager" | "quality-improvement-manager"): Party;
  /** A staff member's line manager on the evaluation's day (their line management record then, or `lineManagerId`), as a party. */
  lineManagerOf(staffId: string): Party | undefined;
  /** The first `n` (at most 3) line managers above a staff member who are active on the evaluation's day, nearest first. */
  activeAbove(staffId: string, n: number): readonly string[];
  /**
   * Who acts for a party on the evaluation's day: the party itself when it names no one or
   * someone in post; else the first active person up the named person's line, with the named
   * person kept in `named`; else (nobody active up the line) the party as named.
   */
  inPost(party: Party): Party;
}

/**
 * Builds the people look-ups once, from the staff list, as of a day.
 *
 * @param index - the dataset's index
 * @param asOf - the evaluation's day: who is active on it is preferred
 * @returns the resolvers
 */
export function createPeople(index: DatasetIndex, asOf: Day): People {
  const staff = index.dataset.staff;
  const inPostOn = (at: number | undefined, day: Day) => {
    const member = at === undefined ? undefined : index.members[at];
    return member !== undefined && inPost(member, day);
  };
  const isActiveAt = (at: number) => inPostOn(at, asOf);
  const ranked = staff.map((s, at) => ({ s, active: isActiveAt(at) })).sort(
    (a, b) => Number(b.active) - Number(a.active) || (a.s.id < b.s.id ? -1 : 1),
  );
  const firstBy = new Map<string, Staff>();
  const remember = (key: string, s: Staff) => {
    if (!firstBy.has(key)) firstBy.set(key, s);
  };
  for (const { s } of ranked) {
    remember(`role:${s.role}`, s);
    if (s.role === "operations-manager" && s.areaId) remember(`area:${s.areaId}`, s);
    if ((s.role === "team-manager" || s.role === "family-centre-team-manager") && s.teamId)
      remember(`team:${s.teamId}`, s);
  }
  // One party object per person and per named post, shared by every result they own (a
  // region's results name a few thousand people hundreds of thousands of times), and frozen:
  // a change made through one result must not show in another.
  const namedParties = new Map<string, Party>();
  const named = (key: string, role: Role): Party => {
    let known = namedParties.get(key);
    if (known === undefined) {
      const s = firstBy.get(key);
      namedParties.set(key, (known = Object.freeze(s ? { staffId: s.id, role: s.role } : { role })));
    }
    return known;
  };
  const parties = new Array<Party | undefined>(staff.length);
  const party = (id: string | undefined): Party | undefined => {
    const at = typeof id === "string" ? index.positions.staff.get(id) : undefined;
    if (at === undefined) return undefined;
    let known = parties[at];
    if (known === undefined) {
      const s = atIndex(staff, at);
      parties[at] = known = Object.freeze({ staffId: s.id, role: s.role });
    }
    return known;
  };
  // Owners and the ladder read the line as it stands on asOf.
  const managerOf = (id: string) => {
    const at = index.positions.staff.get(id);
    const manager = at === undefined ? undefined : lineManagerOn(index, at, asOf);
    return manager === undefined ? undefined : staff[manager]?.id;
  };
  const isActiveId = (id: string) => {
    const at = index.positions.staff.get(id);
    return at !== undefined && isActiveAt(at);
  };
  const activeAbove = walkUpTheLine(managerOf, isActiveId, 3);
  const opsManagerAbove = walkUpTheLine(managerOf, (id) => recordById(index, "staff", id)?.role === "operations-manager", 1);
  const opsManagerOfArea = (areaId: string | undefined) =>
    named(`area:${areaId ?? ""}`, "operations-manager");
  const areaOfTeam = (teamId: string | undefined) => recordById(index, "teams", teamId)?.areaId;
  const opsManagersByArea = new Map<string, number[]>();
  staff.forEach((s, at) => {
    if (s.role !== "operations-manager" || s.areaId === undefined) return;
    const list = opsManagersByArea.get(s.areaId);
    if (list) list.push(at);
    else opsManagersByArea.set(s.areaId, [at]);
  });
  const opsManagerOfStaffOn = (staffId: string, day: Day): string | undefined => {
    const at = index.positions.staff.get(staffId);
    if (at === undefined) return undefined;
    const seen = new Set<number>([at]);
    for (let up = lineManagerOn(index, at, day); up !== undefined && !seen.has(up); up = lineManagerOn(index, up, day)) {
      seen.add(up);
      if (staff[up]?.role !== "operations-manager") continue;
      if (inPostOn(up, day)) return staff[up]?.id;
      break;
    }
    const area = referenced(index, "staff", "teamId", at)?.areaId ?? staff[at]?.areaId;
    const candidates = (area === undefined ? [] : opsManagersByArea.get(area) ?? []).filter((m) => inPostOn(m, day));
    return candidates.map((m) => staff[m]?.id as string).sort()[0];
  };
  const standIns = new Map<string, Party | null>();
  const standInFor = (named: Party & { staffId: string }): Party | null => {
    let known = standIns.get(named.staffId);
    if (known === undefined) {
      const up = activeAbove(named.staffId)[0];
      const stand = up === undefined ? undefined : party(up);
      // Shared by every result the stand-in owns, as a party is: frozen, the named one too.
      known = stand === undefined ? null : Object.freeze({ ...stand, named: Object.freeze(named) });
      standIns.set(named.staffId, known);
    }
    return known;
  };
  return {
    party,
    opsManagerOfStaffOn,
    lineManagerOf: (staffId) => party(managerOf(staffId)),
    activeAbove: (staffId, n) => activeAbove(staffId).slice(0, n),
    inPost(p) {
      if (p.staffId === undefined || isActiveId(p.staffId)) return p;
      return standInFor({ ...p, staffId: p.staffId }) ?? p;
    },
    opsManagerOfArea,
    opsManagerOfTeam: (teamId) => opsManagerOfArea(areaOfTeam(teamId)),
    opsManagerOfStaff(staffId) {
      const up = opsManagerAbove(staffId)[0];
      if (up !== undefined) return party(up) as Party;
      const at = index.positions.staff.get(staffId);
      if (at === undefined) return opsManagerOfArea(undefined);
      return opsManagerOfArea(referenced(index, "staff", "teamId", at)?.areaId ?? staff[at]?.areaId);
    },
    teamManagerOf: (teamId) => named(`team:${teamId}`, "team-manager"),
    holderOf: (role) => named(`role:${role}`, role),
  };
}
