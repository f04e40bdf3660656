/**
 * The checks of line management records beyond their shape and references: a staff member's
 * records must not overlap, and no day may have a line management cycle once the records are
 * laid over the staff records' own `lineManagerId` (which stands on a day no record covers).
 *
 * @module
 */
import { formatDay, parseDay, type Day } from "../calendar/day";
import type { Issue } from "../errors";
import { escapeControl } from "../text/escape-control";
import { cycleMessage } from "./line-managers";
import type { LineManagement, Staff } from "./organisation";
import { atIndex } from "../util/at-index";
import { groupPositionsSteps } from "./grouped-positions";
import { finish } from "./steps";

/** The `to` of a record still in force: after every real day (year 9999 is about day 2.9 million). */
const OPEN = 0x7fffffff;

/** The last day a date can name: a record ending on it is as good as still in force. */
const LAST_DAY = parseDay("9999-12-31") as Day;

/**
 * Rounds of cycle checks before the last resort. Rejecting the records of a cycle brings back
 * the staff records' own line managers on those days, which can close another cycle; real
 * data needs one round or two. A dataset built to need more rounds than this has every record
 * overlapping in time one of the last round's cycles rejected with it, so the check stays
 * linear whatever the input.
 */
export const CYCLE_ROUNDS = 16;

/** A schema-valid record's date as a day (the schema has checked that it is a real date). */
const dayOf = (date: string): Day => parseDay(date) as Day;

/**
 * Rejects each line management record that overlaps an earlier record of the same staff
 * member (earlier by `from`, then by index), at its `from`, naming the earlier record that
 * reaches furthest. Every record with a valid shape counts, whatever else is wrong with it.
 * O(n log n) in the number of records.
 *
 * @param records - schema-valid records by index, `undefined` where the schema failed
 * @param issues - problems found so far, by index (`undefined`: none yet); added to in place
 */
export function rejectOverlaps(records: readonly (LineManagement | undefined)[], issues: (Issue[] | undefined)[]): void {
  const byStaff = new Map<string, number[]>();
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (r === undefined) continue;
    const list = byStaff.get(r.staffId);
    if (list === undefined) byStaff.set(r.staffId, [i]);
    else list.push(i);
  }
  for (const list of byStaff.values()) {
    if (list.length < 2) continue;
    const from = list.map((i) => dayOf(atIndex(records, i).from));
    const order = list.map((_, k) => k).sort((a, b) => atIndex(from, a) - atIndex(from, b) || a - b);
    let reach = -Infinity; // the last day covered by the records so far
    let furthest = -1; // the index of the record that covers it
    for (const k of order) {
      const i = atIndex(list, k);
      const r = atIndex(records, i);
      if (atIndex(from, k) <= reach) {
        const other = escapeControl(atIndex(records, furthest).id);
        (issues[i] ??= []).push({ path: ["from"], message: `overlaps ${other}, an earlier record of the same staff member: a staff member's records must not overlap` });
      }
      const to = r.to === undefined ? Infinity : dayOf(r.to);
      if (to > reach) {
        reach = to;
        furthest = i;
      }
    }
  }
}

/**
 * The records still in the running, laid out by staff member: slot `k` of staff member `x`
 * lies between `first[x]` and `first[x + 1]`, sorted by `from` (they do not overlap).
 */
interface Timeline {
  first: Int32Array;
  from: Int32Array;
  to: Int32Array;
  manager: Int32Array;
  record: Int32Array;
}

/** The live records' staff positions and days, by input index. */
interface Records {
  who: Int32Array;
  manager: Int32Array;
  from: Int32Array;
  to: Int32Array;
}

function timelineOf(live: readonly number[], rec: Records, staffCount: number): Timeline {
  const isLive = new Uint8Array(rec.who.length);
  for (const i of live) isLive[i] = 1;
  // The live records by staff member, in input order within each (then sorted by `from`).
  const { first, positions: bySlot } = finish(groupPositionsSteps(rec.who, staffCount, (i) => isLive[i] === 1));
  for (let x = 0; x < staffCount; x++) {
    const a = atIndex(first, x);
    const b = atIndex(first, x + 1);
    if (b - a > 1) bySlot.subarray(a, b).sort((p, q) => atIndex(rec.from, p) - atIndex(rec.from, q));
  }
  const t: Timeline = {
    first,
    from: new Int32Array(live.length),
    to: new Int32Array(live.length),
    manager: new Int32Array(live.length),
    record: bySlot,
  };
  for (let k = 0; k < live.length; k++) {
    const i = atIndex(bySlot, k);
    t.from[k] = atIndex(rec.from, i);
    t.to[k] = atIndex(rec.to, i);
    t.manager[k] = atIndex(rec.manager, i);
  }
  return t;
}

/** The slot of the record of staff member `x` covering `day`, or -1 when none does. */
function covering(t: Timeline, x: number, day: Day): number {
  let lo = atIndex(t.first, x);
  let hi = atIndex(t.first, x + 1);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (atIndex(t.from, mid) <= day) lo = mid + 1;
    else hi = mid;
  }
  const k = lo - 1;
  return k >= atIndex(t.first, x) && atIndex(t.to, k) >= day ? k : -1;
}

/** Days to walk up the line from a staff member on: parallel lists. */
interface Events {
  day: number[];
  who: number[];
}

/**
 * Rejects the line management records that make a line management cycle on some day: on day
 * D each staff member's line manager is the one their record covering D names, or their staff
 * record's `lineManagerId` when no record covers D. Staff records alone make no cycle (those
 * in one are rejected before), so a cycle needs a record, and it first appears on a day an
 * edge changes: a record's `from`, or the day after its `to`, when the staff record's line
 * manager comes back. Walking up the line from that staff member on that day finds it. Each
 * record of a cycle is rejected, at `lineManagerId`, with the day and the cycle named; then the
 * days those records covered are checked again, since their staff members' own line managers
 * are back there. Work is O(records × line depth), and a walk stops at anyone already walked
 * through that day, never O(days × staff).
 *
 * Records already rejected (bad shape, unknown staff, an overlap) take no part.
 *
 * @param records - schema-valid records by index, `undefined` where the schema failed
 * @param issues - problems found so far, by index (`undefined`: none yet); added to in place
 * @param staff - the accepted staff records, whose line managers make no cycle by themselves
 */
export function rejectLineManagementCycles(
  records: readonly (LineManagement | undefined)[],
  issues: (Issue[] | undefined)[],
  staff: readonly Staff[],
): void {
  const at = new Map<string, number>();
  for (let x = 0; x < staff.length; x++) at.set(atIndex(staff, x).id, x);
  const base = new Int32Array(staff.length).fill(-1);
  for (let x = 0; x < staff.length; x++) {
    const m = atIndex(staff, x).lineManagerId;
    if (m !== undefined) base[x] = at.get(m) ?? -1;
  }
  const n = records.length;
  const rec: Records = { who: new Int32Array(n), manager: new Int32Array(n), from: new Int32Array(n), to: new Int32Array(n) };
  let live: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = records[i];
    if (r === undefined || issues[i] !== undefined) continue;
    const who = at.get(r.staffId);
    const manager = at.get(r.lineManagerId);
    if (who === undefined || manager === undefined) continue;
    rec.who[i] = who;
    rec.manager[i] = manager;
    rec.from[i] = dayOf(r.from);
    const to = r.to === undefined ? OPEN : dayOf(r.to);
    rec.to[i] = to >= LAST_DAY ? OPEN : to;
    live.push(i);
  }
  if (live.length === 0) return;
  const walker = { walkOf: new Int32Array(staff.length), walks: 0 };
  let events = edgeChanges(live, rec, undefined);
  for (let round = 1; ; round++) {
    const t = timelineOf(live, rec, staff.length);
    const rejected = rejectCyclesOn(events, t, base, staff, walker, issues);
    if (rejected.length === 0) return;
    live = live.filter((i) => issues[i] === undefined);
    if (round === CYCLE_ROUNDS) {
      rejectOverlapping(rejected, live, rec, records, issues);
      return;
    }
    events = edgeChanges(live, rec, rejected);
  }
}

/**
 * The days, and whose line manager changes on each: every live record's `from` and the day
 * after its `to`. After a round that rejected records, only what can close a new cycle: the
 * `from` of each rejected record (its staff member's own line manager is back from then), and
 * the changes of live records inside the days a rejected record covered.
 */
function edgeChanges(live: readonly number[], rec: Records, rejected: readonly number[] | undefined): Events {
  const events: Events = { day: [], who: [] };
  const push = (day: number, who: number): void => {
    events.day.push(day);
    events.who.push(who);
  };
  const within = rejected === undefined ? () => true : coveredBy(rejected, rec);
  for (const i of rejected ?? []) push(atIndex(rec.from, i), atIndex(rec.who, i));
  for (const i of live) {
    const from = atIndex(rec.from, i);
    const to = atIndex(rec.to, i);
    if (within(from)) push(from, atIndex(rec.who, i));
    if (to !== OPEN && within(to + 1)) push(to + 1, atIndex(rec.who, i));
  }
  return events;
}

/** Whether a day falls inside one of the records' spans: their union, merged, searched in O(log n). */
function coveredBy(records: readonly number[], rec: Records): (day: number) => boolean {
  const spans = records.map((i) => [atIndex(rec.from, i), atIndex(rec.to, i)] as const).sort((a, b) => a[0] - b[0]);
  const from: number[] = [];
  const to: number[] = [];
  for (const [a, b] of spans) {
    const last = to.length - 1;
    if (last >= 0 && a <= atIndex(to, last) + 1) to[last] = Math.max(atIndex(to, last), b);
    else {
      from.push(a);
      to.push(b);
    }
  }
  return (day) => {
    let lo = 0;
    let hi = from.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (atIndex(from, mid) <= day) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && atIndex(to, lo - 1) >= day;
  };
}

/**
 * One round: walks up the line from each event's staff member on its day, in day order, and
 * rejects the records of every cycle a walk runs into. The records stay in place for the rest
 * of the round, so every cycle of the round's line is found. On each day, a walk stops at
 * anyone an earlier walk that day went through: that walk already found where the line led.
 *
 * @returns the input indexes of the records rejected
 */
function rejectCyclesOn(
  events: Events,
  t: Timeline,
  base: Int32Array,
  staff: readonly Staff[],
  walker: { walkOf: Int32Array; walks: number },
  issues: (Issue[] | undefined)[],
): number[] {
  const order = Array.from(events.day.keys()).sort((a, b) => atIndex(events.day, a) - atIndex(events.day, b) || atIndex(events.who, a) - atIndex(events.who, b));
  const { walkOf } = walker;
  const managerOn = (x: number, day: Day): number => {
    const k = covering(t, x, day);
    return k >= 0 ? atIndex(t.manager, k) : atIndex(base, x);
  };
  const rejected: number[] = [];
  for (let e = 0; e < order.length;) {
    const day = atIndex(events.day, atIndex(order, e));
    const firstWalk = walker.walks + 1;
    for (; e < order.length && events.day[atIndex(order, e)] === day; e++) {
      const w = ++walker.walks;
      let x = atIndex(events.who, atIndex(order, e));
      while (x >= 0) {
        const seen = atIndex(walkOf, x);
        if (seen >= firstWalk) {
          if (seen === w) rejectCycle(x, day);
          break;
        }
        walkOf[x] = w;
        x = managerOn(x, day);
      }
    }
  }
  return rejected;

  function rejectCycle(start: number, day: Day): void {
    const found: number[] = [];
    let x = start;
    do {
      const k = covering(t, x, day);
      if (k >= 0 && issues[atIndex(t.record, k)] === undefined) found.push(atIndex(t.record, k));
      x = k >= 0 ? atIndex(t.manager, k) : atIndex(base, x);
    } while (x !== start);
    if (found.length === 0) return; // found before, from another staff member or another day
    const ids: string[] = [];
    x = start;
    do {
      ids.push(atIndex(staff, x).id);
      x = managerOn(x, day);
    } while (x !== start);
    const message = cycleMessage(ids, formatDay(day));
    for (const i of found) {
      issues[i] = [{ path: ["lineManagerId"], message }];
      rejected.push(i);
    }
  }
}

/**
 * The last resort, after {@link CYCLE_ROUNDS} rounds: rejects every live record that overlaps
 * in time, directly or through others, a record the last round rejected. On the days those
 * cover only the staff records' own line managers are left, which make no cycle.
 */
function rejectOverlapping(
  seeds: readonly number[],
  live: readonly number[],
  rec: Records,
  records: readonly (LineManagement | undefined)[],
  issues: (Issue[] | undefined)[],
): void {
  const all = [...seeds, ...live].sort((a, b) => atIndex(rec.from, a) - atIndex(rec.from, b) || a - b);
  const isSeed = new Set(seeds);
  let group: number[] = [];
  let seed: number | undefined;
  let reach = -Infinity;
  const close = (): void => {
    if (seed !== undefined) {
      const message = `overlaps in time ${escapeControl(atIndex(records, seed).id)}, which is in a line management cycle: ` +
        `after ${CYCLE_ROUNDS} rounds of cycles, each brought on by rejecting the last, the records around them are rejected together`;
      for (const i of group) if (!isSeed.has(i)) issues[i] = [{ path: ["from"], message }];
    }
    group = [];
    seed = undefined;
  };
  for (const i of all) {
    if (atIndex(rec.from, i) > reach) close();
    group.push(i);
    if (seed === undefined && isSeed.has(i)) seed = i;
    reach = Math.max(reach, atIndex(rec.to, i));
  }
  close();
}
