/**
 * The index of ids the parse keeps per collection answers as a `Map` does (the first number
 * added for each id stays), with ids spread over its table or crowding one part of it.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IdIndex, idHash } from "../../src/model/id-index";

type Op = { add: string; value: number } | { get: string };

/** Runs the operations on an index and on a Map model, comparing every answer. */
function expectLikeMap(index: IdIndex, ops: readonly Op[]): void {
  const model = new Map<string, number>();
  for (const op of ops) {
    if ("add" in op) {
      const known = model.get(op.add);
      if (known === undefined) model.set(op.add, op.value);
      expect(index.add(op.add, op.value)).toBe(known);
    } else {
      expect(index.get(op.get)).toBe(model.get(op.get));
      expect(index.has(op.get)).toBe(model.has(op.get));
    }
    expect(index.size).toBe(model.size);
  }
}

/** Ids of the form `id<n>` whose hashes share their lowest `bits` bits: they all want one slot. */
function colliding(count: number, bits: number): string[] {
  const ids: string[] = [];
  const mask = (1 << bits) - 1;
  const target = idHash("id0") & mask;
  for (let n = 0; ids.length < count; n++) if ((idHash(`id${n}`) & mask) === target) ids.push(`id${n}`);
  return ids;
}

describe("IdIndex", () => {
  it("answers as a Map does, keeping the first number of each id", () => {
    const id = fc.string({ maxLength: 4, unit: fc.constantFrom("a", "b", "1", "é", "\u{1F600}") });
    const op: fc.Arbitrary<Op> = fc.oneof(fc.record({ add: id, value: fc.nat() }), fc.record({ get: id }));
    fc.assert(fc.property(fc.array(op, { maxLength: 300 }), fc.nat({ max: 100 }), (ops, expected) => {
      expectLikeMap(new IdIndex(expected), ops);
    }), { numRuns: 500 });
  });

  it("still answers as a Map does once ids crowd one part of its table", () => {
    // 80 ids wanting the same slot of a table of 256 (the room for 80 ids): the table gives
    // way to a Map after 64 tries, and then answers for every id added before and after.
    const ids = colliding(80, 8);
    const ops: Op[] = ids.flatMap((add, value): Op[] => [{ add, value }, { get: add }, { add, value: value + 1 }, { get: `${add}x` }]);
    expectLikeMap(new IdIndex(), ops);
    expectLikeMap(new IdIndex(ids.length), ops);
  });

  it("puts ids numbered in turn two slots apart, whatever comes before the number", () => {
    const prefix = fc.string({ maxLength: 6 }).filter((p) => !/[0-9]$/.test(p));
    fc.assert(fc.property(prefix, fc.nat({ max: 999_999_998 }), (p, n) => {
      expect((idHash(`${p}${n + 1}`) - idHash(`${p}${n}`)) | 0).toBe(2);
    }));
  });

  it("holds a million ids", () => {
    const index = new IdIndex();
    for (let i = 0; i < 1_000_000; i++) index.add(`s${i}`, i);
    expect(index.size).toBe(1_000_000);
    expect([index.get("s0"), index.get("s999999"), index.get("s1000000")]).toEqual([0, 999_999, undefined]);
  });
});
