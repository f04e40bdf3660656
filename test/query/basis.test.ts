import { describe, expect, it } from "vitest";
import { InvalidOptionsError, type Basis } from "../../src";
import { keepAtLeast } from "../../src/query";
import { handEvaluation } from "../report/fixtures";

const ids = (items: readonly { id: string }[]): string[] => items.map((i) => i.id);

describe("keepAtLeast", () => {
  // The fixture: audit.qisp rests on the QAF, survey.completion-target on a reading,
  // supervision.interval (and every breach escalation) on assumptions.
  it("keeps only the QAF's own words with qaf", () => {
    const firm = keepAtLeast(handEvaluation(), "qaf");
    expect(ids(firm.obligations)).toEqual(["o1", "o4"]);
    expect(ids(firm.breaches)).toEqual(["b1"]);
    expect(ids(firm.escalations)).toEqual(["e1"]);
  });

  it("adds the readings with reading", () => {
    const read = keepAtLeast(handEvaluation(), "reading");
    expect(ids(read.obligations)).toEqual(["o1", "o4", "o5"]);
    expect(ids(read.breaches)).toEqual(["b1"]);
    expect(ids(read.escalations)).toEqual(["e1"]);
  });

  it("keeps everything, in order, with assumption", () => {
    const all = keepAtLeast(handEvaluation(), "assumption");
    expect(all).toEqual(handEvaluation());
  });

  it("leaves the rest of the evaluation, and the evaluation given, as they were", () => {
    const ev = handEvaluation();
    const firm = keepAtLeast(ev, "qaf");
    expect({ ...firm, obligations: [], breaches: [], escalations: [] }).toEqual({ ...ev, obligations: [], breaches: [], escalations: [] });
    expect(ev).toEqual(handEvaluation());
  });

  it("keeps every result at least as firm as the floor, and only those, for each floor", () => {
    const ev = handEvaluation();
    const rank: Record<Basis, number> = { qaf: 0, reading: 1, assumption: 2 };
    for (const floor of ["qaf", "reading", "assumption"] as const) {
      const kept = keepAtLeast(ev, floor);
      for (const list of ["obligations", "breaches", "escalations"] as const) {
        expect(ids(kept[list])).toEqual(ids(ev[list].filter((r) => rank[r.basis] <= rank[floor])));
      }
    }
  });

  it("refuses a floor that is not a basis", () => {
    expect(() => keepAtLeast(handEvaluation(), "QAF" as Basis)).toThrow(InvalidOptionsError);
    expect(() => keepAtLeast(handEvaluation(), "firm" as Basis)).toThrow(/floor: must be one of qaf, reading, assumption/);
  });
});
