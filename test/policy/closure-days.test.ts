import { describe, expect, it } from "vitest";
import { toDay } from "../../src/calendar/day";
import { InvalidPolicyError } from "../../src/errors";
import { checkPolicy } from "../../src/engine/compile/compile-policy";
import { closureDaysOf } from "../../src/policy/closure-days";
import { qafPolicy } from "../../src/policy/qaf-policy";
import { withParameters } from "../../src/policy/with-parameters";

describe("calendar.closureDays, the council's closure days (rules.md, Working day)", () => {
  it("is a parameter: withParameters sets it, and the default policy has none", () => {
    expect(closureDaysOf(qafPolicy)).toEqual([]);
    const policy = withParameters(qafPolicy, { calendar: { closureDays: ["2024-12-27"] } });
    expect(policy.parameters.calendar).toEqual({ closureDays: ["2024-12-27"] });
    expect(closureDaysOf(policy)).toEqual([toDay("2024-12-27")]);
  });

  it("adds to the policy calendar's own closureDays: a day in either list is closed, each once, in order", () => {
    const base = { ...qafPolicy, calendar: { ...qafPolicy.calendar, closureDays: ["2025-01-02", "2024-12-27"] } };
    const policy = withParameters(base, { calendar: { closureDays: ["2024-12-27", "2024-12-24"] } });
    expect(closureDaysOf(policy)).toEqual(["2024-12-24", "2024-12-27", "2025-01-02"].map(toDay));
  });

  it("rejects a date that is not real, naming its path", () => {
    try {
      withParameters(qafPolicy, { calendar: { closureDays: ["2024-02-30"] } });
      expect.unreachable("an unreal date must throw");
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidPolicyError);
      expect((e as InvalidPolicyError).issues.map((i) => i.path.join("."))).toEqual(["parameters.calendar.closureDays.0"]);
    }
  });

  it("may be left out of a policy file written before it existed", () => {
    const older: Record<string, unknown> = { ...qafPolicy.parameters };
    delete older["calendar"];
    expect(() => checkPolicy({ ...qafPolicy, parameters: older })).not.toThrow();
    expect(closureDaysOf(checkPolicy({ ...qafPolicy, parameters: older }))).toEqual([]);
  });
});
