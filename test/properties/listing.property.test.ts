/**
 * A listing judges records through one reused view and builds only the subjects kept: what it
 * keeps must be exactly what a list of every subject, filtered, would hold, in order, and a
 * subject two rules keep must be the one object.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Listing } from "../../src/engine/subjects/listing";
import { dateNames, type SubjectInstance } from "../../src/engine/subjects/subject";
import { finish } from "../../src/model/steps";
import { atIndex } from "../../src/util/at-index";

/** A listing of records, some of which do not exist yet (`exists: false`): walked as a source walks its collection. */
function listingOf(records: readonly { id: string; n: number; exists: boolean }[]): Listing {
  return new Listing({
    type: "audit", names: dateNames([], 0), derives: true, lapses: true, size: records.length,
    walk(from, to, emit) {
      for (let i = from; i < to; i++) {
        const r = atIndex(records, i);
        if (r.exists) emit(r.id, r, { odd: r.n % 2 === 1 }, i);
      }
    },
  }, true);
}

const records = fc.array(fc.record({ n: fc.nat(9), exists: fc.boolean() }), { maxLength: 3000 })
  .map((rs) => rs.map((r, i) => ({ ...r, id: `r${i}` })));

describe("a listing", () => {
  it("keeps exactly the subjects a keep-rule judged on its view keeps, in order, each built once for every rule", () => {
    fc.assert(
      fc.property(records, fc.nat(9), (rs, threshold) => {
        const listing = listingOf(rs);
        const seen: { n: unknown; odd: unknown }[] = [];
        finish(listing.probe((s) => seen.push({ n: s.fact("n"), odd: s.fact("odd") })));
        const existing = rs.filter((r) => r.exists);
        expect(seen).toEqual(existing.map((r) => ({ n: r.n, odd: r.n % 2 === 1 })));

        const small: SubjectInstance[] = [];
        finish(listing.select((place) => (atIndex(seen, place).n as number) < threshold, small));
        expect(small.map((s) => s.subject.id)).toEqual(existing.filter((r) => r.n < threshold).map((r) => r.id));

        const all: SubjectInstance[] = [];
        finish(listing.select(undefined, all));
        expect(all.map((s) => s.subject.id)).toEqual(existing.map((r) => r.id));
        expect(all.map((s) => s.fact("odd"))).toEqual(existing.map((r) => r.n % 2 === 1));
        // The subjects the first rule kept are the ones the second gets, not copies.
        const byId = new Map(all.map((s) => [s.subject.id, s]));
        for (const s of small) expect(byId.get(s.subject.id)).toBe(s);
      }),
      { numRuns: 100 },
    );
  });
});
