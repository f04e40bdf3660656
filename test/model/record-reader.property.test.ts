/**
 * The reader compiled from the record schemas accepts exactly the records zod accepts, and
 * parses them exactly as zod does (defaults applied, extra fields stripped, key order, fields
 * present as `undefined` kept), so that `parseDataset`'s fast path changes no result.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateCounty } from "../../src/demo";
import { COLLECTIONS, recordSchemas, type CollectionName } from "../../src/model";
import { recordReader, UNREAD } from "../../src/model/record-reader";

type Rec = Record<string, unknown>;
const county = generateCounty({ seed: 5, areas: 1, teamsPerArea: 2, staffPerTeam: 4, years: 1, endOn: "2025-03-31" }) as unknown as Record<string, Rec[]>;
const present = COLLECTIONS.filter((c) => (county[c] ?? []).length > 0);

const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(undefined, null, "", 0, 1, -1, 1.5, 11, 1e21, Number.NaN, Number.POSITIVE_INFINITY, true, false, [], {}, [""], [1], [null],
    "2025-02-30", "2024-02-29", "0999-12-31", "2025-06-30T23:30:00Z", "s1", "case", "service", "team", "IFST", "Full-time", "full-time",
    "practitioner", "parent-carer", { type: "service" }, { type: "team", id: "t" }, { type: "team" }, { from: "2025-01-01", to: "2024-01-01" },
    [{ id: "c", dateOfBirth: "2020-01-01" }], [{ id: "x", ownerId: "s1", dueOn: "2025-01-01" }], [{ from: "2024-01-01", contract: "part-time" }]),
  fc.string({ maxLength: 6 }),
  fc.integer(),
  fc.jsonValue({ maxDepth: 2 }),
);

type Change = { at: readonly string[]; value: unknown } | { at: readonly string[]; remove: true };

/** A path into a record: one of its keys (or a new one), and maybe a key one level down. */
function change(record: Rec): fc.Arbitrary<Change> {
  const keys = [...Object.keys(record), "extra", "__proto__"];
  const path = fc.constantFrom(...keys).chain((k) => {
    const inner = Object.hasOwn(record, k) ? record[k] : undefined; // never down into Object.prototype
    const item = Array.isArray(inner) ? inner[0] : inner;
    if (typeof item !== "object" || item === null) return fc.constant<readonly string[]>([k]);
    const down = fc.constantFrom(...Object.keys(item), "extra").map((s): readonly string[] => (Array.isArray(inner) ? [k, "0", s] : [k, s]));
    return fc.oneof(fc.constant<readonly string[]>([k]), down);
  });
  return fc.oneof(fc.record({ at: path, value: hostile }), fc.record({ at: path, remove: fc.constant(true as const) }));
}

function apply(record: Rec, changes: readonly Change[]): unknown {
  const copy = structuredClone(record);
  for (const c of changes) {
    let node: Rec = copy;
    for (const k of c.at.slice(0, -1)) {
      const next = Object.hasOwn(node, k) ? node[k] : undefined;
      if (typeof next !== "object" || next === null) { node = {}; break; }
      node = next as Rec;
    }
    const last = c.at[c.at.length - 1] as string;
    if ("remove" in c) Reflect.deleteProperty(node, last);
    else Object.defineProperty(node, last, { value: c.value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

const records = fc.constantFrom(...present).chain((collection) =>
  fc.nat({ max: (county[collection] as Rec[]).length - 1 }).chain((i) => {
    const record = (county[collection] as Rec[])[i] as Rec;
    return fc.tuple(fc.constant(collection), fc.oneof(fc.constant(record), fc.array(change(record), { minLength: 1, maxLength: 3 }).map((cs) => apply(record, cs))));
  }));

describe("the reader compiled from the record schemas", () => {
  it("accepts what zod accepts, giving what zod gives; anything else is left to zod", () => {
    fc.assert(fc.property(records, ([collection, record]) => {
      const schema = recordSchemas[collection as CollectionName];
      const read = recordReader(schema).read(record);
      const zod = schema.safeParse(record);
      expect(read !== UNREAD).toBe(zod.success);
      if (zod.success) expect(read).toStrictEqual(zod.data);
      if (zod.success) expect(Object.keys(read as Rec)).toEqual(Object.keys(zod.data));
    }), { numRuns: 3000 });
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it("reads every record of the demo county without zod", () => {
    for (const collection of present) {
      const reader = recordReader(recordSchemas[collection]);
      for (const record of county[collection] as Rec[]) expect(reader.read(record)).not.toBe(UNREAD);
    }
  });

  it("gives each record its own default lists", () => {
    const reader = recordReader(recordSchemas.meetings);
    const bare = { id: "m", kind: "team-briefing", heldOn: "2025-01-01", scope: { type: "service" } };
    const [a, b] = [reader.read(bare) as Rec, reader.read(bare) as Rec];
    expect(a.attendeeIds).toEqual([]);
    expect(a.attendeeIds).not.toBe(b.attendeeIds);
  });

  it("reads lists of any length, short (copied by code of their length) or long, as zod does", () => {
    // Ids (a meeting's attendees) and objects (a case's children), around the longest list
    // copied by code of its own length (32), some with a bad item or a hole.
    const child = (county.cases as Rec[])[0]?.children as Rec[];
    const lists = [
      { collection: "meetings", field: "attendeeIds", item: fc.oneof({ weight: 19, arbitrary: fc.string({ minLength: 1, maxLength: 2 }) }, { weight: 1, arbitrary: hostile }) },
      { collection: "cases", field: "children", item: fc.oneof({ weight: 19, arbitrary: fc.constantFrom(...child) }, { weight: 1, arbitrary: hostile }) },
    ] as const;
    const list = fc.constantFrom(...lists).chain(({ collection, field, item }) => fc.tuple(
      fc.constant(collection), fc.constant(field), fc.oneof(fc.array(item, { maxLength: 40 }), fc.sparseArray(item, { maxLength: 40 })),
    ));
    fc.assert(fc.property(list, ([collection, field, items]) => {
      const schema = recordSchemas[collection];
      const record = { ...(county[collection] as Rec[])[0], [field]: items };
      const read = recordReader(schema).read(record);
      const zod = schema.safeParse(record);
      expect(read !== UNREAD).toBe(zod.success);
      if (zod.success) expect(read).toStrictEqual(zod.data);
    }), { numRuns: 1000 });
  });

  it("reads a record with any set of its optional fields, present, absent or undefined, as zod does", () => {
    // Audits have the most optional fields: every set of them (more sets than the reader builds
    // code for, past which it builds the record field by field), from a record that has them all.
    const schema = recordSchemas.audits;
    const shape = (schema as unknown as { _zod: { def: { shape: Record<string, { _zod: { def: { type: string } } }> } } })._zod.def.shape;
    const optional = Object.keys(shape).filter((k) => shape[k]?._zod.def.type === "optional");
    const full = (county.audits as Rec[]).reduce((a, b) => (optional.filter((k) => b[k] !== undefined).length > optional.filter((k) => a[k] !== undefined).length ? b : a));
    expect(optional.length).toBeGreaterThan(6);
    const reader = recordReader(schema);
    fc.assert(fc.property(fc.array(fc.constantFrom("keep", "drop", "undefined"), { minLength: optional.length, maxLength: optional.length }), (fates) => {
      const record: Rec = { ...full };
      optional.forEach((k, i) => {
        if (fates[i] === "drop") Reflect.deleteProperty(record, k);
        else if (fates[i] === "undefined") record[k] = undefined;
      });
      const read = reader.read(record);
      const zod = schema.safeParse(record);
      expect(read !== UNREAD).toBe(zod.success);
      if (zod.success) {
        expect(read).toStrictEqual(zod.data);
        expect(Object.keys(read as Rec)).toEqual(Object.keys(zod.data));
      }
    }), { numRuns: 2000 });
  });
});
