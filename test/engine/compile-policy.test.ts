import { describe, expect, it } from "vitest";
import { toDay } from "../../src/calendar/day";
import { compilePolicy, InvalidPolicyError, qafPolicy, readParameter, withParameters } from "../../src";

describe("compilePolicy", () => {
  it("compiles every rule of the policy, in catalogue order", () => {
    const compiled = compilePolicy(qafPolicy);
    expect(compiled.rules.map((r) => r.definition.id)).toEqual(qafPolicy.rules.map((r) => r.id));
    expect(compiled.policy).toEqual(qafPolicy);
  });

  it("rejects a name it cannot resolve, with its path", () => {
    const rules = qafPolicy.rules.map((r, i) => (i === 2 ? { ...r, owner: "line-manger" } : r));
    expect(() => compilePolicy({ ...qafPolicy, rules })).toThrow(InvalidPolicyError);
    try {
      compilePolicy({ ...qafPolicy, rules });
    } catch (e) {
      expect((e as InvalidPolicyError).issues.map((i) => i.path)).toEqual([["rules", 2, "owner"]]);
    }
  });

  it("reads each parameter as readParameter does, on every day around each change", () => {
    const policy = withParameters(qafPolicy, {
      survey: { targetRate: [{ from: "2024-04-01", value: 0.1 }, { from: "2025-04-01", value: 0.15 }] },
      supervision: {
        perYear: [
          { from: "2024-01-01", value: { "full-time": 9, "part-time": 6 } },
          { from: "2024-09-01", value: { "full-time": [{ from: "2024-09-01", value: 10 }, { from: "2025-01-01", value: 11 }], "part-time": 7 } },
        ],
      },
    });
    const { parameters } = compilePolicy(policy);
    const refs = [
      { param: "survey.targetRate" },
      { param: "supervision.perYear", by: "contract" },
      { param: "audit.qispMaxGrade" },
      { param: "supervision" },
    ];
    const days = ["2023-06-01", "2024-03-31", "2024-04-01", "2024-08-31", "2024-09-01", "2024-12-31", "2025-01-01", "2025-04-01", "2030-01-01"].map(toDay);
    for (const ref of refs) {
      for (const key of ref.by ? ["full-time", "part-time", "zero-hours"] : [undefined]) {
        for (const day of [...days, Number.POSITIVE_INFINITY]) {
          expect(parameters.read(ref, key, day), `${ref.param} ${key} ${day}`).toEqual(readParameter(policy.parameters, ref, key, day));
        }
      }
    }
  });
});
