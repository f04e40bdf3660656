/**
 * fast-check arbitraries of VALID datasets: a small organisation (1-3 areas, IFST and FCT
 * teams, a strategic manager, a quality improvement manager, one operations manager per area,
 * team managers and practitioners with starters, leavers, part-time contracts, contract
 * changes and absences) and records of every collection of the dataset contract that refer
 * to it. Every record stays inside one area (or refers only to the service-level staff), so a
 * dataset can be split by area. Dates fall in about 2023-01-01..2025-12-31.
 */
import fc from "fast-check";
import { calendar } from "../../src";
import { areaRecords, type Org } from "./arbitrary-records";
import { FIRST, LAST, chance, date, dayOf, emptyData, int, pick, subset, supervision, type Data, type Gen, type Rec } from "./generators";

export type { Data, Rec } from "./generators";

function person(g: Gen, id: string, role: string, extra: Rec, manager: boolean): Rec {
  const early = chance(g, manager ? 85 : 55);
  const startedOn = early ? date(g, calendar.makeDay(2019, 1, 1), FIRST - 1) : date(g, FIRST, LAST - 60);
  const start = dayOf(startedOn);
  const staff: Rec = { id, role, ...extra, contract: chance(g, 75) ? "full-time" : "part-time", startedOn };
  if (chance(g, manager ? 5 : 25)) staff["leftOn"] = date(g, Math.max(start, FIRST), LAST);
  if (chance(g, 20)) staff["qualityImprovementChampion"] = chance(g, 50);
  if (chance(g, 25)) {
    const days = [...new Set([date(g, start + 1, LAST), date(g, start + 1, LAST)])].sort();
    staff["contractChanges"] = days.map((from) => ({ from, contract: chance(g, 50) ? "full-time" : "part-time" }));
  }
  return staff;
}

function organisation(g: Gen, data: Data): Org[] {
  data.staff.push(person(g, "sm", "strategic-manager", {}, true));
  data.staff.push(person(g, "qim", "quality-improvement-manager", { lineManagerId: "sm" }, true));
  const orgs: Org[] = [];
  const areas = int(g, 1, 3);
  for (let a = 1; a <= areas; a++) {
    const areaId = `a${a}`;
    data.areas.push(chance(g, 50) ? { id: areaId, name: `Area ${a}` } : { id: areaId });
    const om = `om${a}`;
    data.staff.push(person(g, om, "operations-manager", { areaId, lineManagerId: "sm" }, true));
    const org: Org = { areaId, om, teams: [], staff: [om], workers: [] };
    const teams = int(g, 1, 2);
    let previous = "";
    for (let t = 1; t <= teams; t++) {
      const teamId = `t${a}${t}`;
      const type = previous === "IFST" ? "FCT" : previous === "FCT" ? "IFST" : pick(g, ["IFST", "FCT"]);
      previous = type;
      data.teams.push({ id: teamId, areaId, type, ...(chance(g, 30) ? { name: `Team ${teamId}` } : {}) });
      const tm = `tm${a}${t}`;
      const tmRole = type === "IFST" ? "team-manager" : "family-centre-team-manager";
      data.staff.push(person(g, tm, tmRole, { teamId, lineManagerId: om }, true));
      const practitioners: string[] = [];
      for (let p = 1, n = int(g, 1, 3); p <= n; p++) {
        const id = `p${a}${t}${p}`;
        const role = chance(g, 25) ? "senior-key-worker" : "practitioner";
        data.staff.push(person(g, id, role, { teamId, lineManagerId: tm, ...(chance(g, 20) ? { areaId } : {}) }, false));
        practitioners.push(id);
      }
      org.teams.push({ id: teamId, type, tm, practitioners, cases: [] });
      org.staff.push(tm, ...practitioners);
      org.workers.push(...practitioners);
    }
    orgs.push(org);
  }
  for (let i = 0, n = int(g, 0, 4); i < n; i++) {
    const staff = pick(g, data.staff);
    const from = int(g, FIRST - 200, LAST);
    const absence: Rec = { staffId: staff["id"], from: calendar.formatDay(from), to: date(g, from, from + int(g, 0, 120)) };
    if (chance(g, 70)) absence["reason"] = pick(g, ["sickness", "maternity", "leave", "other"]);
    data.absences.push(absence);
  }
  return orgs;
}

/**
 * Builds one valid dataset from a `fc.gen()` generator.
 *
 * @param g - the generator
 * @returns a dataset in which every record is valid and every reference resolves
 */
export function buildDataset(g: Gen): Data {
  const data = emptyData();
  const orgs = organisation(g, data);
  for (const org of orgs) areaRecords(g, data, org);
  serviceRecords(g, data);
  return data;
}

function serviceRecords(g: Gen, data: Data): void {
  const serviceKinds = ["quality-performance-clinic", "optf-development-day", "practitioner-development-day", "ehivc-management-team", "practice-week"];
  for (let i = 0, n = int(g, 0, 6); i < n; i++) {
    const heldOn = date(g, FIRST, LAST);
    const kind = pick(g, serviceKinds);
    const m: Rec = { id: `ms${i}`, kind, heldOn, scope: { type: "service" } };
    if (kind === "practice-week" && chance(g, 50)) m["endsOn"] = date(g, dayOf(heldOn), dayOf(heldOn) + 13);
    if (chance(g, 40)) m["attendeeIds"] = ["sm", "qim"];
    data.meetings.push(m);
  }
  const kinds: [string, calendar.PeriodKind][] = [
    ["service-improvement", "quarter"], ["stronger-families-progress", "quarter"], ["population-outcomes", "half"],
    ["kpi", "month"], ["survey-results", "quarter"],
  ];
  const bodies = ["ops-management-team", "ehivcmt", "cscqib", "cscmt", "cmt", "mhclg", "ops-smt-emt"];
  const topics = ["audits", "representations", "mp-letters", "surveys", "qic-topics", "iic-membership"];
  for (let i = 0, n = int(g, 0, 6); i < n; i++) {
    const [kind, periodKind] = pick(g, kinds);
    const p = calendar.periodContaining(chance(g, 85) ? periodKind : pick(g, ["month", "quarter", "half", "year"] as const), int(g, FIRST - 100, LAST - 30));
    const r: Rec = {
      id: `rep${i}`, kind, period: { from: calendar.formatDay(p.from), to: calendar.formatDay(p.to) },
      publishedOn: date(g, p.to, p.to + int(g, 0, 70)), sharedWith: subset(g, bodies, 70),
    };
    if (chance(g, 70)) r["covers"] = subset(g, topics, 75);
    data.reports.push(r);
  }
  for (let i = 0, n = int(g, 0, 2); i < n; i++) {
    data.youngCarersCharterReviews.push({ id: `ycc${i}`, reviewedOn: date(g, FIRST - 900, LAST) });
  }
  for (let i = 0, n = int(g, 0, 2); i < n; i++) {
    data.supervisions.push(supervision(g, `sq${i}`, "qim", "sm", []));
  }
}

/** An arbitrary valid dataset. */
export const datasetArb: fc.Arbitrary<Data> = fc.gen().map((g) => buildDataset(g));

/** An evaluation window: `asOf`, and `from` (absent: the default, the FY start). */
export interface Window {
  asOf: string;
  from?: string;
}

/** An arbitrary window inside the generated period: `from` absent or up to two years before `asOf`. */
export const windowArb: fc.Arbitrary<Window> = fc.gen().map((g) => {
  const asOf = int(g, calendar.makeDay(2023, 4, 1), LAST);
  if (chance(g, 40)) return { asOf: calendar.formatDay(asOf) };
  if (chance(g, 15)) return { asOf: calendar.formatDay(asOf), from: calendar.formatDay(asOf) };
  return { asOf: calendar.formatDay(asOf), from: date(g, Math.max(asOf - 730, calendar.makeDay(2022, 6, 1)), asOf) };
});
