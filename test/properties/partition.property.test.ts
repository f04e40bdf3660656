import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src";
import type { Breach, Obligation } from "../../src";
import { COLLECTIONS } from "../../src/model";
import { datasetArb, windowArb, type Data } from "./arbitraries";
import { runs } from "./generators";
import { areaPart, firstDifference } from "./support";

const local = (x: Obligation | Breach): boolean => x.subject.type === "team" || x.subject.type === "staff";

/** Merges lists by id; a result seen in several parts must be the same in each. */
function merge<T extends { id: string }>(parts: readonly T[][]): { merged: Map<string, T>; conflicts: string[] } {
  const merged = new Map<string, T>();
  const conflicts: string[] = [];
  for (const list of parts) {
    for (const x of list) {
      const known = merged.get(x.id);
      const diff = known === undefined ? undefined : firstDifference(known, x);
      if (diff !== undefined) conflicts.push(`${x.id}: ${diff}`);
      merged.set(x.id, x);
    }
  }
  return { merged, conflicts };
}

/** Every record of the dataset lands in at least one area's part (the arbitrary keeps records inside an area). */
function covered(data: Data, parts: readonly Data[]): string[] {
  return COLLECTIONS.flatMap((name) =>
    data[name].filter((r) => !parts.some((p) => p[name].includes(r))).map((r) => `${name}/${String(r["id"] ?? "?")}`),
  );
}

describe("evaluate is partitionable by area (api.md, Guarantees: partitionable)", () => {
  it("evaluating each area's teams, staff and cases separately and merging gives the team- and staff-level results of the whole", async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, windowArb, async (data, window) => {
        const parts = data.areas.map((a) => areaPart(data, String(a["id"])));
        expect(covered(data, parts)).toEqual([]);
        const whole = await evaluate(data, window);
        const each = await Promise.all(parts.map((p) => evaluate(p, window)));
        for (const e of each) expect(e.rejected).toEqual([]);
        const obligations = merge(each.map((e) => e.obligations.filter(local)));
        const breaches = merge(each.map((e) => e.breaches.filter(local)));
        expect(obligations.conflicts).toEqual([]);
        expect(breaches.conflicts).toEqual([]);
        const expectObligations = whole.obligations.filter(local);
        const expectBreaches = whole.breaches.filter(local);
        expect([...obligations.merged.keys()].sort()).toEqual(expectObligations.map((o) => o.id).sort());
        expect([...breaches.merged.keys()].sort()).toEqual(expectBreaches.map((b) => b.id).sort());
        for (const o of expectObligations) expect(firstDifference(o, obligations.merged.get(o.id))).toBeUndefined();
        for (const b of expectBreaches) expect(firstDifference(b, breaches.merged.get(b.id))).toBeUndefined();
      }),
      { numRuns: runs(25) },
    );
  });
});
