import { atIndex } from "../util/at-index";
/** The least a line-management lookup needs of a staff record. */
export interface LineManaged {
  id: string;
  lineManagerId?: string | undefined;
}

/**
 * Everyone a manager manages, directly or down the line (their reports, their reports'
 * reports, ...), and the manager themself. Safe with cycles in bad data: each person is
 * visited once.
 *
 * @param staff - staff records with `id` and `lineManagerId`
 * @param managerId - the manager's staff id
 * @returns the set of staff ids: `managerId` and everyone under them
 * @example
 * staffUnder([{ id: "tm" }, { id: "p1", lineManagerId: "tm" }], "tm"); // Set { "tm", "p1" }
 */
export function staffUnder(staff: readonly LineManaged[], managerId: string): Set<string> {
  const reports = new Map<string, string[]>();
  for (const s of staff) {
    if (s.lineManagerId === undefined) continue;
    const list = reports.get(s.lineManagerId);
    if (list === undefined) reports.set(s.lineManagerId, [s.id]);
    else list.push(s.id);
  }
  const seen = new Set<string>([managerId]);
  const queue = [managerId];
  for (let i = 0; i < queue.length; i++) {
    for (const r of reports.get(atIndex(queue, i)) ?? []) {
      if (seen.has(r)) continue;
      seen.add(r);
      queue.push(r);
    }
  }
  return seen;
}
