import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src";
import { generateCounty } from "../../src/demo";
import { COLLECTIONS, parseDataset } from "../../src/model";
import { runs } from "./generators";

/** A small demo county (about 1,500 records), generated once. */
const county = generateCounty({ areas: 2, teamsPerArea: 2, staffPerTeam: 4, years: 1 });
const data = county as unknown as Record<string, Record<string, unknown>[]>;
const places = COLLECTIONS.flatMap((name) => (data[name] ?? []).map((_, index) => ({ name, index })));
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The record with one of its own fields made wrong in a way no forgiving reading accepts: its
 * first date becomes 31 February; a record with no date gets a team type or an area name no
 * schema allows.
 */
function corrupt(record: Record<string, unknown>): Record<string, unknown> {
  const date = Object.keys(record).find((k) => typeof record[k] === "string" && ISO.test(record[k]));
  if (date !== undefined) return { ...record, [date]: "31/02/2025" };
  if ("type" in record) return { ...record, type: "Overlord" };
  return { ...record, name: { not: "a name" } };
}

const evaluated = (input: unknown): number =>
  Object.values(parseDataset(input).counts).reduce((a, c) => a + c.evaluated, 0);

describe("rejection never cascades (docs/rejections.md)", () => {
  it("corrupting k records' own fields reduces the records evaluated by exactly k", () => {
    const clean = evaluated(county);
    expect(clean).toBe(places.length);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: places.length - 1 }), { minLength: 1, maxLength: 12 }), (picked) => {
        const copy: Record<string, Record<string, unknown>[]> = Object.fromEntries(COLLECTIONS.map((n) => [n, [...(data[n] ?? [])]]));
        for (const p of picked) {
          const { name, index } = places[p] as { name: string; index: number };
          const list = copy[name] as Record<string, unknown>[];
          list[index] = corrupt(list[index] as Record<string, unknown>);
        }
        const parsed = parseDataset(copy);
        expect(parsed.rejected).toHaveLength(picked.length);
        expect(evaluated(copy)).toBe(clean - picked.length);
      }),
      { numRuns: runs(40) },
    );
  });

  it("evaluates the rest when the top manager is rejected: their staff, cases and supervisions stay", async () => {
    const copy = structuredClone(data);
    const top = (copy["staff"] ?? []).find((s) => s["role"] === "strategic-manager") as Record<string, unknown>;
    top["role"] = "Strategic Overlord";
    const e = await evaluate(copy, { asOf: "2026-03-31" });
    expect(e.rejected.map((r) => `${r.collection}:${r.id ?? ""}`)).toEqual([`staff:${String(top["id"])}`]);
    for (const name of COLLECTIONS) expect(e.counts[name]?.evaluated).toBe((data[name]?.length ?? 0) - (name === "staff" ? 1 : 0));
    const clean = await evaluate(county, { asOf: "2026-03-31" });
    // Only what needs the top manager is lost: most breaches still stand.
    expect(e.breaches.length).toBeGreaterThan(clean.breaches.length / 2);
    // Those they manage are still owed supervision; who owes it (their line manager) is unknown.
    const managed = new Set((copy["staff"] ?? []).filter((s) => s["lineManagerId"] === top["id"]).map((s) => s["id"]));
    const owed = e.obligations.filter((o) => o.ruleId === "supervision.frequency" && managed.has(o.subject.id));
    expect(owed.length).toBe(clean.obligations.filter((o) => o.ruleId === "supervision.frequency" && managed.has(o.subject.id)).length);
    expect(owed.length).toBeGreaterThan(0);
    expect(owed.every((o) => o.owner.staffId === undefined)).toBe(true);
    // Nothing that turns on them becomes a breach: their audits may be the strategic manager's, their attendance may fill a role.
    const byRule = (ev: typeof e): Map<string, number> => {
      const m = new Map<string, number>();
      for (const b of ev.breaches) m.set(b.ruleId, (m.get(b.ruleId) ?? 0) + 1);
      return m;
    };
    const before = byRule(clean);
    for (const [rule, n] of byRule(e)) expect([rule, n]).toEqual([rule, Math.min(n, before.get(rule) ?? 0)]);
    // A meeting they attended can no longer be said to lack a role: its attendance check is undecided, not a breach.
    const attended = new Set((copy["meetings"] ?? []).filter((m) => (m["attendeeIds"] as string[] | undefined)?.includes(String(top["id"]))).map((m) => m["id"]));
    const attendance = (ev: typeof e): number => ev.breaches.filter((b) => b.ruleId === "governance.attendance" && attended.has(b.subject.id)).length;
    expect(attendance(clean)).toBeGreaterThan(0);
    expect(attendance(e)).toBe(0);
  });
});
