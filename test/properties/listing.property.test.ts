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

/** A listing of the records' subjects: `copies` of each (as a case lists its children; none, as one not opened yet). */
function listingOf(records: readonly { id: string; n: number; copies: number }[]): Listing {
  return new Listing({
    type: "audit", names: dateNames([], 0), derives: true, lapses: true, size: records.length,
    walk(from, to, emit) {
      for (let i = from; i < to; i++) {
        const r = atIndex(records, i);
        for (let c = 0; c < r.copies; c++) emit(`${r.id}.${c}`, r, { odd: r.n % 2 === 1 }, i);
      }
    },
  }, true);
}

const records = fc.array(fc.record({ n: fc.nat(9), copies: fc.nat(2) }), { maxLength: 3000 })
  .map((rs) => rs.map((r, i) => ({ ...r, id: `r${i}` })));

describe("a listing", () => {
  it("keeps exactly the subjects a keep-rule judged on its view keeps, in order, each built once for every rule", () => {
    fc.assert(
      fc.property(records, fc.nat(9), (rs, threshold) => {
        const listing = listingOf(rs);
        const seen: { n: unknown; odd: unknown }[] = [];
        finish(listing.probe((s) => seen.push({ n: s.fact("n"), odd: s.fact("odd") })));
        const existing = rs.flatMap((r) => Array.from({ length: r.copies }, (_, c) => ({ ...r, id: `${r.id}.${c}` })));
        expect(seen).toEqual(existing.map((r) => ({ n: r.n, odd: r.n % 2 === 1 })));

        // Judged on the view, with its place (some copies of one record kept, others not).
        const kept = (n: number, place: number) => (n + place % 3) < threshold;
        const keep = (place: number) => kept(atIndex(seen, place).n as number, place);
        const small: SubjectInstance[] = [];
        finish(listing.select(keep, small));
        expect(small.map((s) => s.subject.id)).toEqual(existing.filter((r, place) => kept(r.n, place)).map((r) => r.id));

        const all: SubjectInstance[] = [];
        finish(listing.select(undefined, all));
        expect(all.map((s) => s.subject.id)).toEqual(existing.map((r) => r.id));
        expect(all.map((s) => s.fact("odd"))).toEqual(existing.map((r) => r.n % 2 === 1));
        // The subjects the first rule kept are the ones the second gets, not copies.
        const byId = new Map(all.map((s) => [s.subject.id, s]));
        for (const s of small) expect(byId.get(s.subject.id)).toBe(s);

        // Without a probe first, a selection walks every record: the same subjects.
        const unprobed: SubjectInstance[] = [];
        finish(listingOf(rs).select(keep, unprobed));
        expect(unprobed.map((s) => s.subject.id)).toEqual(small.map((s) => s.subject.id));
      }),
      { numRuns: 100 },
    );
  });
});
