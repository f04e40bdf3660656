import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src";
import type { Evaluation } from "../../../src/model/evaluation";
import {
  OFFENDING_TEXT, RULES, dataset, expectedBreaches, expectedEscalations, expectedObligations, options, owesNothing,
} from "./small-team-year";

const ours = <T extends { ruleId: string }>(list: readonly T[]) => list.filter((x) => RULES.includes(x.ruleId));

describe("scenario: a small team over FY 2024/25 (supervision, PDR, observation)", async () => {
  const evaluation: Evaluation = await evaluate(dataset, options);

  it("accepts every record", () => {
    expect(evaluation.rejected).toEqual([]);
  });

  it.each(expectedObligations.map((e) => [e.id ?? `${e.ruleId} ${e.subject?.id} ${e.period?.from}`, e] as const))(
    "obligation %s is as worked out by hand",
    (_name, expected) => {
      const matches = evaluation.obligations.filter((o) => {
        try {
          expect(o).toMatchObject(expected);
          return true;
        } catch {
          return false;
        }
      });
      expect(matches, JSON.stringify(expected)).toHaveLength(1);
    },
  );

  it("owes nothing where the rules ask nothing", () => {
    for (const none of owesNothing) {
      const found = ours(evaluation.obligations).filter(
        (o) => o.subject.id === none.subject.id
          && (none.ruleId === undefined || o.ruleId === none.ruleId)
          && (none.period === undefined || o.period?.from === none.period.from),
      );
      expect(found, none.why).toEqual([]);
    }
  });

  it("has exactly the expected breaches of these rules, each as worked out by hand", () => {
    const actual = ours(evaluation.breaches);
    expect(actual.map((b) => b.id).sort()).toEqual(expectedBreaches.map((b) => b.id).sort());
    for (const expected of expectedBreaches) {
      expect(actual.find((b) => b.id === expected.id)).toMatchObject(expected);
    }
  });

  it("has exactly the expected escalations of these rules", () => {
    const actual = ours(evaluation.escalations).filter((e) => e.kind === "breach");
    expect(actual.map((e) => e.breachId).sort()).toEqual(expectedEscalations.map((e) => e.breachId).sort());
    for (const expected of expectedEscalations) {
      expect(actual.find((e) => e.breachId === expected.breachId)).toMatchObject(expected);
    }
    expect(ours(evaluation.escalations).filter((e) => e.kind === "referral")).toEqual([]);
  });

  it("never repeats the text written where only URNs belong", () => {
    expect(JSON.stringify(evaluation)).not.toContain(OFFENDING_TEXT);
    expect(JSON.stringify(evaluation)).not.toContain("Oak Road");
  });

  it("writes one plain sentence per breach, naming the subject", () => {
    for (const b of ours(evaluation.breaches)) {
      expect(b.message).not.toMatch(/\{[a-zA-Z]+\}/);
      expect(b.message).toContain(b.subject.id);
    }
  });
});
