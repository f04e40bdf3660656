import { describe, expect, it } from "vitest";
import { InvalidOptionsError, evaluate, scorecard, scorecardOf, type Scorecard } from "../../src";
import { generateCounty } from "../../src/demo";

const data = generateCounty({ areas: 2, teamsPerArea: 2, years: 2, endOn: "2025-03-31" }) as {
  audits: { id: string; completedOn: string; grade?: number }[];
};
const span = { from: "2024-04", to: "2025-03" };

describe("scorecard", () => {
  it("rejects bad options, naming each", async () => {
    await expect(scorecard(data, { from: "2024-13", to: "2024" })).rejects.toThrow(InvalidOptionsError);
    await expect(scorecard(data, { from: "2024-05", to: "2024-04" })).rejects.toThrow(/to: must not be before from/);
    await expect(scorecard(data, { ...span, asOf: "2024-03-31" })).rejects.toThrow(/asOf/);
    const late = await evaluate(data, { from: "2024-05-01", asOf: "2025-03-31" });
    expect(() => scorecardOf(late, data, span)).toThrow(/window starts on 2024-05-01/);
  });

  const evaluation = evaluate(data, { from: "2024-04-01", asOf: "2025-03-31" });
  const by = async (place: "team" | "area" | "service"): Promise<Scorecard> => scorecardOf(await evaluation, data, { ...span, by: place });

  it("states every rate with its numerator and denominator, and counts each obligation once", async () => {
    const card = await by("team");
    expect(card.asOf).toBe("2025-03-31");
    expect(card.months.map((m) => m.label)).toHaveLength(12);
    for (const row of card.rows) {
      expect(row.due).toBe(row.metOnTime + row.metLate + row.overdue + row.open);
      expect(row.onTime.denominator).toBe(row.metOnTime + row.metLate + row.overdue);
      expect(row.onTime.rate).toBe(row.onTime.denominator === 0 ? null : row.onTime.numerator / row.onTime.denominator);
      expect(["qaf", "reading", "assumption"]).toContain(row.basis);
    }
  });

  it("keeps service-level rules to the service, and teams' results add up to their areas'", async () => {
    const [team, area, service] = [await by("team"), await by("area"), await by("service")];
    const subjects = new Map((await evaluation).obligations.map((o) => [o.ruleId, o.subject.type]));
    const serviceRules = [...subjects].filter(([, t]) => t === "service").map(([r]) => r);
    expect(serviceRules.length).toBeGreaterThan(0);
    for (const r of serviceRules) {
      expect(team.rows.some((row) => row.ruleId === r)).toBe(false);
      expect(area.rows.some((row) => row.ruleId === r)).toBe(false);
      expect(service.rows.some((row) => row.ruleId === r)).toBe(true);
    }
    const sum = (card: Scorecard, rule: string) => card.rows.filter((r) => r.ruleId === rule).reduce((s, r) => s + r.due, 0);
    // A case is always in a team; an operations manager's own audits and PDRs are in an area only, the
    // strategic manager's in neither (the service counts them).
    expect(sum(team, "survey.offer")).toBe(sum(area, "survey.offer"));
    for (const rule of ["audit.feedback", "survey.offer", "pdr.annual"]) {
      expect(sum(team, rule)).toBeLessThanOrEqual(sum(area, rule));
      expect(sum(area, rule)).toBeLessThanOrEqual(sum(service, rule));
    }
    expect(service.places).toEqual([{ key: "service", id: "service", label: "Service" }]);
  });

  it("counts audit grades per month, and the share at 5 or below", async () => {
    const card = await by("service");
    const graded = data.audits.filter((a) => a.grade !== undefined && a.completedOn >= "2024-04-01" && a.completedOn <= "2025-03-31");
    expect(card.quality.reduce((s, q) => s + q.audits.atOrBelow5.denominator, 0)).toBe(graded.length);
    expect(card.quality.reduce((s, q) => s + q.audits.atOrBelow5.numerator, 0)).toBe(graded.filter((a) => (a.grade ?? 0) <= 5).length);
    const june = card.quality.find((q) => q.period.label === "2024-06");
    expect(june?.audits.grades.reduce((s, n) => s + n, 0)).toBe(graded.filter((a) => a.completedOn.startsWith("2024-06")).length);
  });

  it("measures survey completion per quarter as the target does", async () => {
    const card = await by("service");
    const ev = await evaluation;
    for (const s of card.surveys.filter((x) => x.final)) {
      const target = ev.obligations.find((o) => o.ruleId === "survey.completion-target" && o.period?.from === s.period.from);
      if (target?.progress) expect(s.completion.numerator).toBe(target.progress.done);
      expect(s.target).toBe(0.1);
    }
    expect(card.surveys.length).toBeGreaterThan(0);
  });
});
