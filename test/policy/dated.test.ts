import { describe, expect, it } from "vitest";
import { toDay } from "../../src/calendar/day";
import { InvalidPolicyError } from "../../src/errors";
import { checkPolicy } from "../../src/engine/compile/compile-policy";
import { changeDays, isDated } from "../../src/policy/dated";
import { defaultParameters } from "../../src/policy/parameters";
import { parameterOn, parametersOn } from "../../src/policy/parameter-on";
import { qafPolicy } from "../../src/policy/qaf-policy";
import { readParameter } from "../../src/policy/read-parameter";
import { withParameters } from "../../src/policy/with-parameters";

const fromApril = withParameters(qafPolicy, {
  survey: { targetRate: [{ from: "2024-04-01", value: 0.1 }, { from: "2025-04-01", value: 0.15 }] },
});

describe("dated parameters", () => {
  it("reads the value in force on the deciding day: the old one the day before, the new one from its first day", () => {
    const ref = { param: "survey.targetRate" };
    expect(readParameter(fromApril.parameters, ref, undefined, toDay("2025-03-31"))).toBe(0.1);
    expect(readParameter(fromApril.parameters, ref, undefined, toDay("2025-04-01"))).toBe(0.15);
    expect(readParameter(fromApril.parameters, ref, undefined, toDay("2026-01-01"))).toBe(0.15);
  });

  it("dates a keyed value per key, and a keyed parameter as a whole", () => {
    const perKey = withParameters(qafPolicy, {
      supervision: { perYear: { "part-time": [{ from: "2020-01-01", value: 6 }, { from: "2024-10-01", value: 7 }] } },
    });
    const ref = { param: "supervision.perYear", by: "contract" };
    expect(readParameter(perKey.parameters, ref, "part-time", toDay("2024-09-30"))).toBe(6);
    expect(readParameter(perKey.parameters, ref, "part-time", toDay("2024-10-01"))).toBe(7);
    expect(readParameter(perKey.parameters, ref, "full-time", toDay("2024-10-01"))).toBe(9);
    const whole = withParameters(qafPolicy, {
      supervision: { perYear: [{ from: "2020-01-01", value: { "full-time": 9, "part-time": 6 } }, { from: "2024-10-01", value: { "full-time": 10, "part-time": 6 } }] },
    });
    expect(readParameter(whole.parameters, ref, "full-time", toDay("2024-09-30"))).toBe(9);
    expect(readParameter(whole.parameters, ref, "full-time", toDay("2024-10-01"))).toBe(10);
  });

  it("types and resolves the engine's direct reads by name", () => {
    const ladder: [number, number] = parameterOn(qafPolicy, "escalation.levelAfterWorkingDays", toDay("2025-01-01"));
    expect(ladder).toEqual([10, 20]);
    expect(parameterOn(fromApril, "survey", toDay("2025-04-01")).targetRate).toBe(0.15);
  });

  it("gives a plain snapshot of every parameter on a day", () => {
    const snapshot = parametersOn(fromApril.parameters, toDay("2024-06-01"));
    expect(snapshot).toEqual(defaultParameters);
    expect(isDated(snapshot.survey.targetRate)).toBe(false);
  });

  it("lists the days on which some value changes", () => {
    expect(changeDays(fromApril.parameters)).toEqual([toDay("2024-04-01"), toDay("2025-04-01")]);
    expect(changeDays(qafPolicy.parameters)).toEqual([]);
  });

  it("rejects dated values out of order or on the same day, and out-of-range dated values", () => {
    const bad = () =>
      withParameters(qafPolicy, {
        survey: { targetRate: [{ from: "2025-04-01", value: 1.5 }, { from: "2025-04-01", value: 0.1 }] },
      });
    expect(bad).toThrow(InvalidPolicyError);
    try {
      bad();
    } catch (e) {
      expect((e as InvalidPolicyError).issues.map((i) => i.path.join("."))).toEqual([
        "parameters.survey.targetRate.0.value", "parameters.survey.targetRate.1.from",
      ]);
    }
    expect(() => withParameters(qafPolicy, { survey: { targetRate: [] } })).toThrow(InvalidPolicyError);
    expect(() => withParameters(qafPolicy, { survey: { targetRate: [{ from: "2025-02-30", value: 0.1 }] } })).toThrow(InvalidPolicyError);
  });

  it("rejects at load time a dated value that starts after the window does", () => {
    const late = withParameters(qafPolicy, { survey: { targetRate: [{ from: "2025-04-01", value: 0.15 }] } });
    expect(() => checkPolicy(late, { from: "2025-04-01" })).not.toThrow();
    expect(() => checkPolicy(late, { from: "2025-03-31" })).toThrow(InvalidPolicyError);
    try {
      checkPolicy(late, { from: "2024-04-01" });
    } catch (e) {
      const [issue] = (e as InvalidPolicyError).issues;
      expect(issue?.path).toEqual(["parameters", "survey", "targetRate", 0, "from"]);
      expect(issue?.message).toContain("2024-04-01");
    }
    expect(() => checkPolicy(fromApril, { from: "2024-04-01" })).not.toThrow();
  });
});
