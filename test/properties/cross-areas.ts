/**
 * Records that cross areas, mixed into a dataset: staff who move to a team of another area,
 * line managers (and line management records) in another area, practice records by staff of
 * another area, surveys naming a child of another area's case, meetings listing cases and
 * attendees of several areas, a child shared by two cases, and records repeating another
 * area's id. Some of these are valid, some rejected (a line management cycle, a duplicate):
 * either way an evaluation split by area must give what the whole gives.
 */
import fc from "fast-check";
import type { Data, Rec } from "./arbitraries";
import { chance, date, FIRST, int, LAST, pick, type Gen } from "./generators";

/** Points a field of a few records of a collection at a random record of another. */
function rewire(g: Gen, records: Rec[], field: string, targets: readonly Rec[], percent: number): void {
  if (targets.length === 0) return;
  for (const r of records) if (chance(g, percent)) r[field] = pick(g, targets)["id"];
}

/**
 * A copy of a dataset with records crossing areas.
 *
 * @param data - a valid dataset
 * @returns an arbitrary of the crossed dataset
 */
export function crossAreas(data: Data): fc.Arbitrary<Data> {
  return fc.gen().map((g) => {
    const out = Object.fromEntries(Object.entries(data).map(([c, list]) => [c, list.map((r) => structuredClone(r))])) as Data;
    const { staff, teams, cases } = out;
    // Staff who move area: a practitioner now on another area's team, their records left behind.
    rewire(g, staff.filter((s) => s["teamId"] !== undefined), "teamId", teams, 10);
    // Line managers in another area, on the staff record and in line management history.
    rewire(g, staff.filter((s) => s["lineManagerId"] !== undefined), "lineManagerId", staff, 8);
    for (let i = 0, n = int(g, 0, 3); i < n && staff.length > 1; i++) {
      const from = int(g, FIRST, LAST);
      const lm: Rec = { id: `xlm${i}`, staffId: pick(g, staff)["id"], lineManagerId: pick(g, staff)["id"], from: date(g, from, from) };
      if (chance(g, 50)) lm["to"] = date(g, from, from + int(g, 0, 200));
      out.lineManagement.push(lm);
    }
    rewire(g, out.supervisions, "supervisorId", staff, 10);
    rewire(g, out.audits, "auditorId", staff, 10);
    rewire(g, out.pdrs, "reviewerId", staff, 10);
    rewire(g, out.observations, "observerId", staff, 10);
    rewire(g, cases, "keyWorkerId", staff, 5);
    // A survey naming another case's child; a meeting listing other areas' cases and staff.
    const children = cases.flatMap((c) => ((c["children"] as Rec[] | undefined) ?? []).map((child) => child["id"]));
    for (const s of out.surveys) if (children.length > 0 && chance(g, 5)) s["childId"] = pick(g, children);
    for (const m of out.meetings) {
      if (cases.length > 0 && chance(g, 10)) m["caseIds"] = [...((m["caseIds"] as unknown[] | undefined) ?? []), pick(g, cases)["id"]];
      if (staff.length > 0 && chance(g, 10)) m["attendeeIds"] = [...((m["attendeeIds"] as unknown[] | undefined) ?? []), pick(g, staff)["id"]];
    }
    // A child shared by two cases, and records repeating an id, placed in another area.
    if (cases.length > 1 && chance(g, 50)) {
      const [a, b] = [pick(g, cases), pick(g, cases)];
      const child = ((a["children"] as Rec[] | undefined) ?? [])[0];
      if (child !== undefined) b["children"] = [...((b["children"] as Rec[] | undefined) ?? []), structuredClone(child)];
    }
    for (const c of ["cases", "supervisions", "audits", "surveys"] as const) {
      const list = out[c];
      if (list.length === 0 || !chance(g, 40)) continue;
      const copy = structuredClone(pick(g, list));
      if (c === "cases" && teams.length > 0) copy["teamId"] = pick(g, teams)["id"];
      if (c === "supervisions" && staff.length > 0) copy["superviseeId"] = pick(g, staff)["id"];
      list.splice(int(g, 0, list.length), 0, copy);
    }
    return out;
  });
}
