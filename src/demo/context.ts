/**
 * Shared working state of one `generateCounty` run: options, the seeded generator, the
 * time frame as day numbers, the organisation in a form that is quick to walk, and the
 * output collections, which every section only pushes onto (linear, in order).
 */
import type { Day } from "../calendar/day";
import type { Rng } from "./random";
import type { DatasetInput, DemoCase, DemoMeeting, DemoStaff, DemoTeam } from "./types";
import { atIndex } from "../util/at-index";

/** Options of `generateCounty`, all optional. */
export interface GenerateCountyOptions {
  /** Seed of the pseudo-random generator; default 2026. */
  seed?: number;
  /** Number of OPS areas; default 4 (north, south, east, west). */
  areas?: number;
  /** Teams per area, about 60% IFST and 40% FCT; default 5. */
  teamsPerArea?: number;
  /** Staff per team, give or take one; default 7. */
  staffPerTeam?: number;
  /** Financial years of history, ending with the year that contains `endOn`; default 3. */
  years?: number;
  /** The last day of the data (nothing is dated after it); default "2026-03-31". */
  endOn?: string;
}

/** A staff member with day numbers and links, for the generator's own use. */
export interface StaffInfo {
  rec: DemoStaff;
  start: Day;
  /** Last active day (`leftOn`), or the end of the data for those who stay. */
  last: Day;
  /** Line manager: the one of the staff record, the latest when the line changed. */
  lineManager: StaffInfo | null;
  /** Line managers by the day each took over, sorted, when the line changed (see `lineManagement`). */
  lineHistory?: { from: Day; manager: StaffInfo }[];
  team: TeamInfo | null;
  area: AreaInfo | null;
  /** Absences as `[from, to]` inclusive, sorted, not overlapping. */
  absences: [Day, Day][];
  /** Contract segments, sorted by start. */
  contracts: { from: Day; partTime: boolean }[];
  /** Cases this person is key worker of, in order of opening. */
  cases: CaseInfo[];
  /** Fixed planted lapses for this person. */
  plant: { longGap?: boolean; noPdrAfterFirst?: boolean; noGenericAbsence?: Day };
}

/** A team with its people. */
export interface TeamInfo {
  rec: DemoTeam;
  index: number;
  area: AreaInfo;
  manager: StaffInfo;
  members: StaffInfo[];
}

/** An area with its operations manager and teams. */
export interface AreaInfo {
  id: string;
  index: number;
  ops: StaffInfo;
  teams: TeamInfo[];
  /** Case clinics of this area's operations manager, in date order. */
  clinics: { day: Day; meeting: DemoMeeting }[];
}

/** A case with day numbers. */
export interface CaseInfo {
  rec: DemoCase;
  team: TeamInfo;
  open: Day;
  /** Closure day, or `null` while open at the end of the data. */
  close: Day | null;
  /** Children's dates of birth, in the order of `rec.children`. */
  dobs: Day[];
  /** Day neglect was identified, if it was. */
  neglect: Day | null;
  /** Planted: closed on the last day, surveys not yet offered. */
  noSurvey: boolean;
}

/** The generator's working state. */
export interface Ctx {
  rng: Rng;
  /** First day of the data: 1 April of the first financial year. */
  start: Day;
  /** Last day of the data. */
  end: Day;
  /** 1 April of the financial year containing `end`. */
  finalFy: Day;
  /** 1 April of each financial year covered, plus the one after the last. */
  fyStarts: Day[];
  teamsPerArea: number;
  staffPerTeam: number;
  out: DatasetInput;
  areas: AreaInfo[];
  teams: TeamInfo[];
  staff: StaffInfo[];
  strategic: StaffInfo;
  qim: StaffInfo;
  counters: Record<string, number>;
}

/**
 * The next id with a prefix ("sup" gives "sup1", "sup2", ...).
 *
 * @param ctx - The working state holding the counters.
 * @param prefix - The id prefix, one per collection.
 * @returns A new id, unique for that prefix.
 * @example
 * nextId(ctx, "sup"); // "sup1"
 */
export function nextId(ctx: Ctx, prefix: string): string {
  const n = (ctx.counters[prefix] ?? 0) + 1;
  ctx.counters[prefix] = n;
  return `${prefix}${n}`;
}

/**
 * Whether a staff member is absent (a recorded absence) on a day.
 *
 * @param s - The staff member.
 * @param day - The day.
 * @returns The absence containing the day, or `null`.
 * @example
 * absenceOn(s, day) ?? "present";
 */
export function absenceOn(s: StaffInfo, day: Day): [Day, Day] | null {
  for (const a of s.absences) {
    if (a[0] > day) return null;
    if (a[1] >= day) return a;
  }
  return null;
}

/**
 * A staff member's line manager on a day: from their line history when the line changed,
 * else their staff record's.
 *
 * @param s - The staff member.
 * @param day - The day.
 * @returns The line manager that day, or `null` for the top of the service.
 * @example
 * managerOn(s, day)?.rec.id; // "s12"
 */
export function managerOn(s: StaffInfo, day: Day): StaffInfo | null {
  let manager = s.lineManager;
  for (const h of s.lineHistory ?? []) {
    if (h.from > day) break;
    manager = h.manager;
  }
  return manager;
}

/**
 * Whether a staff member is on a part-time contract on a day.
 *
 * @param s - The staff member.
 * @param day - The day.
 * @returns `true` when the contract in force that day is part-time.
 * @example
 * isPartTime(s, day) ? 6 : 9;
 */
export function isPartTime(s: StaffInfo, day: Day): boolean {
  let pt = false;
  for (const c of s.contracts) {
    if (c.from > day) break;
    pt = c.partTime;
  }
  return pt;
}

/**
 * Picks a weighted option.
 *
 * @param rng - The generator.
 * @param options - `[value, weight]` pairs with positive weights.
 * @returns One value, with probability proportional to its weight.
 * @example
 * weighted(rng, [["closed", 8], ["transfer", 1]]);
 */
export function weighted<T>(rng: Rng, options: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const o of options) total += o[1];
  let r = rng.next() * total;
  for (const o of options) {
    r -= o[1];
    if (r < 0) return o[0];
  }
  return atIndex(options, options.length - 1)[0];
}

/**
 * The index of the first element whose key is at least `key` (binary search).
 *
 * @param items - Items sorted by `keyOf`.
 * @param key - The key searched for.
 * @param keyOf - Reads an item's key.
 * @returns An index in `[0, items.length]`.
 * @example
 * lowerBound([1, 3, 5], 4, (x) => x); // 2
 */
export function lowerBound<T>(items: readonly T[], key: number, keyOf: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyOf(atIndex(items, mid)) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
