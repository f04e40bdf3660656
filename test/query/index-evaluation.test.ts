import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPlacer, evaluate } from "../../src";
import type { Breach, Escalation, Obligation } from "../../src";
import { generateCounty } from "../../src/demo";
import { dueSoon, indexEvaluation, type Scope } from "../../src/query";

const asOf = "2025-03-31";
const people = ["om", "tm", "p1", "p2", "p3"];
const teams = ["t1", "t2"];
const areas = ["a1", "a2"];
const types = ["staff", "case"] as const;

const arbSubject = fc.record({ type: fc.constantFrom(...types), id: fc.constantFrom("s1", "s2", "s3") });
const arbPlace = fc.record({ team: fc.constantFrom(...teams), area: fc.constantFrom(...areas) }, { requiredKeys: [] });
const arbOwner = fc.option(fc.constantFrom(...people), { nil: undefined });
const arbDue = fc.option(fc.integer({ min: 0, max: 40 }).map((d) => `2025-04-${String(1 + (d % 30)).padStart(2, "0")}`), { nil: null });

const arbObligation = fc.record({
  subject: arbSubject, place: arbPlace, owner: arbOwner, dueBy: fc.oneof(arbDue, fc.constant(asOf)),
  status: fc.constantFrom("open", "met", "overdue", "excused") as fc.Arbitrary<Obligation["status"]>,
  ruleId: fc.constantFrom("r.a", "r.b"),
});
const arbBreach = fc.record({
  subject: arbSubject, place: arbPlace, owner: arbOwner,
  status: fc.constantFrom("active", "resolved", "lapsed") as fc.Arbitrary<Breach["status"]>,
});
/** A line: each person's manager (a staff record's own), and line management records that cover asOf or not. */
const arbLine = fc.record({
  own: fc.array(fc.option(fc.constantFrom(...people), { nil: undefined }), { minLength: people.length, maxLength: people.length }),
  records: fc.array(fc.record({
    staffId: fc.constantFrom(...people), lineManagerId: fc.constantFrom(...people),
    from: fc.constantFrom("2025-01-01", "2025-04-01"), to: fc.option(fc.constantFrom("2025-03-30", "2025-12-31"), { nil: undefined }),
  }), { maxLength: 4 }),
});

const arbEvaluation = fc.record({
  obligations: fc.array(arbObligation, { maxLength: 30 }),
  breaches: fc.array(arbBreach, { maxLength: 15 }),
  escalationOwners: fc.array(arbOwner, { maxLength: 15 }),
  line: arbLine,
}).map(({ obligations, breaches, escalationOwners, line }) => {
  const common = { source: { section: "s", quote: "q" }, basis: "qaf" as const, assumptions: [] };
  const owned = (staffId: string | undefined) => (staffId === undefined ? { body: "ehivcmt" as const } : { staffId });
  const obs: Obligation[] = obligations.map((o, i) => ({
    id: `o${i}`, ruleId: o.ruleId, subject: o.subject, owner: owned(o.owner), ...o.place, dueBy: o.dueBy, status: o.status, evidence: [], ...common,
  }));
  const bs: Breach[] = breaches.map((b, i) => ({
    id: `b${i}`, ruleId: "r.a", subject: b.subject, owner: owned(b.owner), ...b.place, severity: "high", since: "2025-03-01",
    status: b.status, message: "m", details: {}, ...common,
  }));
  const es: Escalation[] = escalationOwners.map((to, i) => {
    const b = bs[i % Math.max(bs.length, 1)];
    return {
      id: `e${i}`, kind: "breach", ruleId: "r.a", ...(b ? { breachId: b.id } : {}), subject: b?.subject ?? { type: "service", id: "service" },
      level: 1, to: owned(to), raisedOn: "2025-03-02", reason: "r", ...common,
    };
  });
  // Records that would overlap are kept simple: the last one covering the day wins in neither model, so keep one per person.
  const records = [...new Map(line.records.map((r, i) => [r.staffId, { id: `lm${i}`, ...r }])).values()];
  const staff = people.map((id, i) => ({ id, ...(line.own[i] === undefined || line.own[i] === id ? {} : { lineManagerId: line.own[i] }) }));
  return { evaluation: { asOf, obligations: obs, breaches: bs, escalations: es }, dataset: { staff, lineManagement: records } };
});

/** Whether `id` is `manager` or under them on asOf, walking up the line (the manager on the day: a record covering it, else the staff record's). */
function isUnder(dataset: { staff: { id: string; lineManagerId?: string }[]; lineManagement: { staffId: string; lineManagerId: string; from: string; to?: string | undefined }[] }, id: string, manager: string): boolean {
  const managerOf = (who: string) => dataset.lineManagement.find((r) => r.staffId === who && r.from <= asOf && (r.to === undefined || r.to >= asOf))?.lineManagerId
    ?? dataset.staff.find((s) => s.id === who)?.lineManagerId;
  const seen = new Set<string>();
  for (let at: string | undefined = id; at !== undefined && !seen.has(at); at = managerOf(at)) {
    if (at === manager) return true;
    seen.add(at);
  }
  return false;
}

describe("indexEvaluation", () => {
  it("answers every scope as a filter of the evaluation would, in the same order", () => {
    fc.assert(fc.property(arbEvaluation, fc.constantFrom(...people), ({ evaluation, dataset }, who) => {
      const index = indexEvaluation(evaluation, dataset);
      const scopes: [Scope, (r: { owner: { staffId?: string }; subject: { type: string; id: string }; team?: string; area?: string }) => boolean][] = [
        [{ owner: who }, (r) => r.owner.staffId === who],
        [{ under: who }, (r) => r.owner.staffId !== undefined && isUnder(dataset, r.owner.staffId, who)],
        [{ subject: { type: "case", id: "s2" } }, (r) => r.subject.type === "case" && r.subject.id === "s2"],
        [{ team: "t1" }, (r) => r.team === "t1"],
        [{ area: "a2" }, (r) => r.area === "a2"],
      ];
      const placeOfBreach = new Map(evaluation.breaches.map((b) => [b.id, b]));
      for (const [scope, keep] of scopes) {
        expect(index.activeBreaches(scope)).toEqual(evaluation.breaches.filter((b) => b.status === "active" && keep(b)));
        const open = index.openObligations(scope);
        expect(new Set(open)).toEqual(new Set(evaluation.obligations.filter((o) => o.status === "open" && keep(o))));
        const dues = open.map((o) => o.dueBy ?? "~");
        expect(dues).toEqual([...dues].sort());
        // An escalation goes to its `to`, and is placed where its breach is.
        const escalated = evaluation.escalations.filter((e) => {
          const b = e.breachId === undefined ? undefined : placeOfBreach.get(e.breachId);
          return keep({ owner: e.to, subject: e.subject, ...(b?.team ? { team: b.team } : {}), ...(b?.area ? { area: b.area } : {}) });
        });
        expect(index.escalations(scope)).toEqual(escalated);
        for (const within of [0, 3, 14]) {
          expect(index.dueSoon(within, scope)).toEqual(dueSoon(evaluation, { within }).filter(keep));
        }
      }
      expect(index.dueSoon(14)).toEqual(dueSoon(evaluation, { within: 14 }));
      expect(index.view(who, { line: true }).activeBreaches).toEqual(index.activeBreaches({ under: who }));
      expect(index.view(who).openObligations).toEqual(index.openObligations({ owner: who }));
    }), { numRuns: 150 });
  });

  it("counts active breaches per team, most first", () => {
    fc.assert(fc.property(arbEvaluation, ({ evaluation }) => {
      const counts = indexEvaluation(evaluation).activeBreachCounts("team");
      for (const { id, count } of counts) expect(count).toBe(evaluation.breaches.filter((b) => b.status === "active" && b.team === id).length);
      expect(counts.reduce((n, c) => n + c.count, 0)).toBe(evaluation.breaches.filter((b) => b.status === "active" && b.team !== undefined).length);
      expect(counts.map((c) => -c.count)).toEqual(counts.map((c) => -c.count).sort((a, b) => a - b));
    }));
  });

  it("rejects a window that is not a whole number of days, and an asOf that is not a date", () => {
    const index = indexEvaluation({ asOf, obligations: [], breaches: [], escalations: [] });
    expect(() => index.dueSoon(-1)).toThrow(/within/);
    expect(() => indexEvaluation({ asOf: "2025-02-30", obligations: [], breaches: [], escalations: [] })).toThrow(/asOf/);
  });

  it("places a result written before results carried team and area as the dataset places it", async () => {
    const dataset = generateCounty({ areas: 2, teamsPerArea: 2, staffPerTeam: 4, years: 1 });
    const result = await evaluate(dataset, { asOf: "2025-03-31" });
    const strip = <T extends { team?: string; area?: string }>(r: T): T => {
      const copy = { ...r };
      delete copy.team;
      delete copy.area;
      return copy;
    };
    const old = { ...result, obligations: result.obligations.map(strip), breaches: result.breaches.map(strip) };
    const [now, before] = [indexEvaluation(result, dataset), indexEvaluation(old, dataset)];
    expect(before.activeBreachCounts("team")).toEqual(now.activeBreachCounts("team"));
    expect(now.activeBreachCounts("area").length).toBeGreaterThan(0);
  });
});

describe("evaluate: team and area", () => {
  it("places every obligation and breach as createPlacer places it", async () => {
    const dataset = generateCounty({ areas: 2, teamsPerArea: 2, staffPerTeam: 4, years: 2 });
    const result = await evaluate(dataset, { asOf: "2025-03-31" });
    const place = createPlacer(dataset);
    const types = new Set<string>();
    for (const r of [...result.obligations, ...result.breaches]) {
      const p = place(r.subject, r.owner);
      expect({ team: r.team, area: r.area }).toEqual({ team: p.teamId, area: p.areaId });
      types.add(r.subject.type);
    }
    // Every way of placing is covered: a subject's own team, through a case or a member of staff, and by the owner.
    for (const type of ["staff", "team", "area", "case", "child", "audit", "action", "supervision", "pdr", "observation", "service", "meeting"]) expect(types).toContain(type);
  });
});
