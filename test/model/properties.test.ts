import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COLLECTIONS, parseDataset } from "../../src/model";
import { expectNothingLost } from "../properties/support";
import { validDataset } from "./fixtures";

const base = validDataset();
const ids = fc.constantFrom("north", "t-ifst-n", "s1", "s9", "s20", "100234", "c1", "sup1", "ghost", "");

/** A record that is valid, damaged (one field replaced), or junk. */
const record = (name: string): fc.Arbitrary<unknown> => {
  const examples = (base[name] ?? []) as Record<string, unknown>[];
  const valid = examples.length > 0 ? fc.constantFrom(...examples) : fc.constant({});
  const damaged = fc
    .tuple(valid, fc.string({ maxLength: 12 }), fc.oneof(ids, fc.anything({ maxDepth: 1 })))
    .map(([r, key, value]) => {
      const keys = Object.keys(r as object);
      const field = keys.length > 0 ? (keys[key.length % keys.length] as string) : key;
      return { ...(r as object), [field]: value, id: key.length > 2 ? key : (r as { id?: unknown }).id };
    });
  return fc.oneof(valid, damaged, fc.anything({ maxDepth: 2 }));
};

const dataset = fc.record(
  Object.fromEntries(COLLECTIONS.map((n) => [n, fc.array(record(n), { maxLength: 6 })])),
  { requiredKeys: [] },
).filter((d) => Object.keys(d).length > 0);

describe("parseDataset properties", () => {
  it("nothing is lost: received = evaluated + rejected, for any input that is a dataset at all", () => {
    fc.assert(
      fc.property(fc.oneof(dataset, fc.anything()), (input) => {
        expectNothingLost(input);
      }),
      { numRuns: 300 },
    );
  });

  it("rejections are sorted by collection order then index, and deterministic", () => {
    fc.assert(
      fc.property(dataset, (input) => {
        const first = parseDataset(input);
        expect(parseDataset(input)).toEqual(first);
        const order = (c: string): number => COLLECTIONS.indexOf(c as never);
        for (let i = 1; i < first.rejected.length; i++) {
          const a = first.rejected[i - 1];
          const b = first.rejected[i];
          if (a === undefined || b === undefined) continue;
          const d = order(a.collection) - order(b.collection);
          expect(d < 0 || (d === 0 && a.index < b.index)).toBe(true);
        }
        for (const r of first.rejected) expect(r.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("accepted references always name a record of the export, accepted or not", () => {
    const idsOf = (input: Record<string, unknown>, name: string): Set<unknown> =>
      new Set((Array.isArray(input[name]) ? (input[name] as unknown[]) : []).map((r) => (r as { id?: unknown } | null)?.id));
    fc.assert(
      fc.property(dataset, (input) => {
        const { dataset: out } = parseDataset(input);
        const staff = idsOf(input, "staff");
        for (const s of out.staff) if (s.lineManagerId !== undefined) expect(staff.has(s.lineManagerId)).toBe(true);
        for (const s of out.supervisions) expect(staff.has(s.superviseeId) && staff.has(s.supervisorId)).toBe(true);
        const teams = idsOf(input, "teams");
        for (const c of out.cases) expect(teams.has(c.teamId)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
