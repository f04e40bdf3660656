import { atIndex } from "../util/at-index";
/** The least a line-management lookup needs of a staff record. */
export interface LineManaged {
  id: string;
  lineManagerId?: string | undefined;
}

/** The least a look-up of the line on a day needs of a line management record: who, by whom, from and to (inclusive, `YYYY-MM-DD`). */
export interface LineRecord {
  staffId: string;
  lineManagerId: string;
  from: string;
  to?: string | undefined;
}

/** Each manager's direct reports, by the manager's staff id. */
export type DirectReports = ReadonlyMap<string, readonly string[]>;

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
  return new Set(downTheLine(directReportsOn(staff, [], undefined), managerId));
}

/**
 * Each manager's direct reports on a day, as the engine reads the line: a staff member's line
 * management record covering the day, else their own `lineManagerId`.
 *
 * @param staff - staff records with `id` and `lineManagerId`
 * @param lineManagement - line management records (none: each staff record's `lineManagerId`)
 * @param day - the day, `YYYY-MM-DD`; undefined reads only the staff records
 * @returns the direct reports of each manager, in staff order
 * @example
 * directReportsOn(dataset.staff, dataset.lineManagement, "2026-03-31").get("tm-1"); // ["p1", "p2"]
 */
export function directReportsOn(staff: readonly LineManaged[], lineManagement: readonly LineRecord[], day: string | undefined): Map<string, string[]> {
  const onTheDay = new Map<string, string>();
  if (day !== undefined) {
    for (const r of lineManagement) if (r.from <= day && (r.to === undefined || r.to >= day)) onTheDay.set(r.staffId, r.lineManagerId);
  }
  const reports = new Map<string, string[]>();
  for (const s of staff) {
    const manager = onTheDay.get(s.id) ?? s.lineManagerId;
    if (manager === undefined) continue;
    const list = reports.get(manager);
    if (list === undefined) reports.set(manager, [s.id]);
    else list.push(s.id);
  }
  return reports;
}

/**
 * A manager and everyone under them, nearest first (breadth first). Safe with cycles in bad
 * data: each person is listed once. Takes time in proportion to the people listed.
 *
 * @param reports - each manager's direct reports (see {@link directReportsOn})
 * @param managerId - the manager's staff id
 * @returns `managerId`, then their reports, then their reports' reports, ...
 * @example
 * downTheLine(directReportsOn(dataset.staff, dataset.lineManagement, asOf), "om-1");
 */
export function downTheLine(reports: DirectReports, managerId: string): string[] {
  const seen = new Set<string>([managerId]);
  const queue = [managerId];
  for (let i = 0; i < queue.length; i++) {
    for (const r of reports.get(atIndex(queue, i)) ?? []) {
      if (seen.has(r)) continue;
      seen.add(r);
      queue.push(r);
    }
  }
  return queue;
}
