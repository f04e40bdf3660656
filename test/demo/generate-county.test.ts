import { describe, expect, it } from "vitest";
import { generateCounty } from "../../src/demo";
import type { DatasetInput } from "../../src/demo";
import { counts, integrityProblems } from "./integrity";

const SMALL = { areas: 1, teamsPerArea: 2, staffPerTeam: 5, years: 2 } as const;
const def = generateCounty();
const byStaff = (staffId: string): DatasetInput["lineManagement"] => def.lineManagement.filter((r) => r.staffId === staffId);
const total = (d: DatasetInput): number => Object.values(counts(d)).reduce((a, b) => a + b, 0);

describe("generateCounty: determinism", () => {
  it("gives a deeply equal dataset for the same seed and options", () => {
    expect(generateCounty({ ...SMALL, seed: 11 })).toStrictEqual(generateCounty({ ...SMALL, seed: 11 }));
  });

  it("gives different datasets for different seeds", () => {
    const a = generateCounty({ ...SMALL, seed: 1 });
    const b = generateCounty({ ...SMALL, seed: 2 });
    expect(JSON.stringify(a.cases)).not.toBe(JSON.stringify(b.cases));
    expect(JSON.stringify(a.supervisions)).not.toBe(JSON.stringify(b.supervisions));
  });

  it("does not depend on earlier runs (no hidden state between calls)", () => {
    const first = generateCounty({ ...SMALL, seed: 5 });
    generateCounty({ ...SMALL, seed: 6 });
    expect(generateCounty({ ...SMALL, seed: 5 })).toStrictEqual(first);
  });

  it("is JSON-compatible: a JSON round trip changes nothing", () => {
    const d = generateCounty({ ...SMALL, seed: 3 });
    expect(JSON.parse(JSON.stringify(d))).toStrictEqual(d);
  });
});

describe("generateCounty: the dataset contract", () => {
  it("has every collection of the contract, none empty at default size", () => {
    const c = counts(def);
    expect(Object.keys(c).sort()).toEqual(
      [
        "absences",
        "areas",
        "audits",
        "cases",
        "iicAwards",
        "lineManagement",
        "meetings",
        "observations",
        "oversight",
        "pdrs",
        "qualityImprovementPlans",
        "reports",
        "representations",
        "staff",
        "supervisions",
        "surveys",
        "teams",
        "youngCarerAssessments",
        "youngCarersCharterReviews",
      ].sort(),
    );
    for (const [name, n] of Object.entries(c)) expect(n, name).toBeGreaterThan(0);
  });

  it("has unique ids, resolving references, real dates and nothing after endOn (default)", () => {
    expect(integrityProblems(def, "2026-03-31")).toEqual([]);
  });

  it.each([
    { seed: 1, areas: 1, teamsPerArea: 1, staffPerTeam: 3, years: 1 },
    { seed: 9, areas: 6, teamsPerArea: 2, staffPerTeam: 9, years: 2, endOn: "2024-11-15" },
    { seed: 42, areas: 2, teamsPerArea: 3, staffPerTeam: 6, years: 4, endOn: "2025-03-31" },
  ])("has unique ids and resolving references for %o", (options) => {
    expect(integrityProblems(generateCounty(options), options.endOn ?? "2026-03-31")).toEqual([]);
  });

  it("has the default shape: four areas, 3 IFST + 2 FCT teams each, one manager per role", () => {
    expect(def.areas.map((a) => a.id)).toEqual(["north", "south", "east", "west"]);
    for (const area of def.areas) {
      const teams = def.teams.filter((t) => t.areaId === area.id);
      expect(teams.filter((t) => t.type === "IFST")).toHaveLength(3);
      expect(teams.filter((t) => t.type === "FCT")).toHaveLength(2);
      const ops = def.staff.filter((s) => s.role === "operations-manager" && s.areaId === area.id);
      expect(ops).toHaveLength(1);
    }
    const top = def.staff.filter((s) => s.lineManagerId === undefined);
    expect(top.map((s) => s.role)).toEqual(["strategic-manager"]);
    const byId = new Map(def.staff.map((s) => [s.id, s]));
    const role = (id: string | undefined): string | undefined => (id === undefined ? undefined : byId.get(id)?.role);
    // The restructured team (the last) is managed by the manager of the team before it, bar leavers before the day.
    const [last, before] = [def.teams[def.teams.length - 1]?.id, def.teams[def.teams.length - 2]?.id];
    for (const s of def.staff) {
      if (s.role === "operations-manager" || s.role === "quality-improvement-manager") expect(role(s.lineManagerId)).toBe("strategic-manager");
      if (s.role === "team-manager" || s.role === "family-centre-team-manager") expect(role(s.lineManagerId)).toBe("operations-manager");
      if (s.role === "practitioner" || s.role === "senior-key-worker") {
        const manager = byId.get(s.lineManagerId ?? "");
        expect(manager?.teamId).toBe(s.teamId === last && (s.leftOn ?? "9999") >= "2024-09-30" ? before : s.teamId);
        expect(manager?.role).toMatch(/team-manager$/);
      }
    }
    for (const t of def.teams) {
      const managers = def.staff.filter((s) => s.teamId === t.id && /team-manager$/.test(s.role));
      expect(managers).toHaveLength(1);
      expect(managers[0]?.role).toBe(t.type === "IFST" ? "team-manager" : "family-centre-team-manager");
    }
  });

  it("has a restructure: one team's staff move from their team manager to another's, as lineManagement records", () => {
    const last = def.teams[def.teams.length - 1]?.id;
    const managerOf = (teamId: string | undefined): string | undefined => def.staff.find((s) => s.teamId === teamId && /team-manager$/.test(s.role))?.id;
    const [old, next] = [managerOf(last), managerOf(def.teams[def.teams.length - 2]?.id)];
    const moved = new Set(def.lineManagement.map((r) => r.staffId));
    expect(moved.size).toBeGreaterThan(3);
    for (const staffId of moved) {
      expect(byStaff(staffId).map((r) => [r.lineManagerId, r.to ?? r.from])).toEqual([[old, "2024-09-29"], [next, "2024-09-30"]]);
      expect(def.staff.find((s) => s.id === staffId)?.teamId).toBe(last);
    }
    const supervisedBy = (day: (heldOn: string) => boolean): Set<string> =>
      new Set(def.supervisions.filter((s) => moved.has(s.superviseeId) && day(s.heldOn)).map((s) => s.supervisorId));
    expect([supervisedBy((d) => d < "2024-09-30"), supervisedBy((d) => d >= "2024-09-30")]).toEqual([new Set([old]), new Set([next])]);
  });

  it("contains no personal names: staff and children are ids only", () => {
    for (const s of def.staff) expect(Object.keys(s).some((k) => /name/i.test(k))).toBe(false);
    for (const c of def.cases) for (const ch of c.children) expect(Object.keys(ch).sort()).toEqual(expect.arrayContaining(["dateOfBirth", "id"]));
  });
});

describe("generateCounty: scale", () => {
  it("grows with every size option", () => {
    const base = counts(generateCounty(SMALL));
    const more = {
      areas: counts(generateCounty({ ...SMALL, areas: 3 })),
      teams: counts(generateCounty({ ...SMALL, teamsPerArea: 5 })),
      staff: counts(generateCounty({ ...SMALL, staffPerTeam: 10 })),
      years: counts(generateCounty({ ...SMALL, years: 4 })),
    };
    for (const c of Object.values(more)) {
      for (const key of ["staff", "cases", "surveys", "supervisions", "audits", "oversight"] as const) {
        expect(c[key], key).toBeGreaterThan(base[key] ?? 0);
      }
    }
    expect(more.areas.areas).toBe(3);
    expect(more.teams.teams).toBe(5);
    expect(more.years.iicAwards).toBeGreaterThan(base.iicAwards ?? 0);
  });

  it("has hundreds of cases a year per area at the default size", () => {
    const perAreaYear = def.cases.filter((c) => c.openedOn >= "2025-04-01").length / 4;
    expect(perAreaYear).toBeGreaterThan(150);
  });

  it("is linear: ten times the teams is about ten times the records", () => {
    const one = total(generateCounty({ areas: 2, teamsPerArea: 2, staffPerTeam: 8, years: 1 }));
    const ten = total(generateCounty({ areas: 2, teamsPerArea: 20, staffPerTeam: 8, years: 1 }));
    expect(ten / one).toBeGreaterThan(7);
    expect(ten / one).toBeLessThan(13);
  });

  it("rejects sizes that are not positive integers and unreal end dates", () => {
    expect(() => generateCounty({ areas: 0 })).toThrow(RangeError);
    expect(() => generateCounty({ staffPerTeam: 2.5 })).toThrow(RangeError);
    expect(() => generateCounty({ endOn: "2026-02-30" })).toThrow(RangeError);
  });
});
