import { describe, expect, it } from "vitest";
import { atLeast, defaultParameters, footingsOf, parameterInfo, parameterInfoOf, qafPolicy, RULE_ELEMENTS } from "../../src";
import { parametersReadBy } from "../../src/engine/compile/rule-vocabulary";

describe("every rule and every parameter says what it rests on", () => {
  it("every rule of the default policy declares all six elements; a reading or an assumption says what it is", () => {
    for (const rule of qafPolicy.rules) {
      expect(rule.basis, rule.id).toBeDefined();
      for (const element of RULE_ELEMENTS) {
        const e = rule.basis?.[element];
        expect(e, `${rule.id} ${element}`).toBeDefined();
        if (e && e.basis !== "qaf") expect(e.note, `${rule.id} ${element} needs a note`).toBeTruthy();
        for (const name of e?.parameters ?? []) expect(parameterInfoOf(name), `${rule.id} ${element}: ${name}`).toBeDefined();
      }
    }
  });

  it("every parameter of the default policy, and every one a rule reads, has a description, a unit and a basis", () => {
    const names = Object.entries(defaultParameters).flatMap(([group, values]) => Object.keys(values ?? {}).map((key) => `${group}.${key}`));
    const documented = Object.entries(parameterInfo).flatMap(([group, values]) => Object.keys(values).map((key) => `${group}.${key}`));
    expect(documented.sort()).toEqual(names.sort());
    for (const rule of qafPolicy.rules) for (const name of parametersReadBy(rule)) expect(parameterInfoOf(name), `${rule.id} reads ${name}`).toBeDefined();
    for (const name of names) {
      const info = parameterInfoOf(name);
      expect(info?.description, name).toBeTruthy();
      expect(info?.unit, name).toBeTruthy();
      if (info?.basis === "qaf") expect(info.quote, `${name} rests on the QAF: quote it`).toBeTruthy();
      else expect(info?.note, `${name} is the library's: say what it chose`).toBeTruthy();
    }
  });

  it("a result's basis is the weakest of its rule's subjects, due and fulfilment; a referral adds its escalation; a ladder is an assumption", () => {
    const rule = (due: "qaf" | "reading" | "assumption", escalation: "qaf" | "reading" | "assumption") => ({
      basis: {
        subjects: { basis: "qaf" as const }, due: { basis: due, parameters: ["x.y"] }, fulfilment: { basis: "qaf" as const },
        owner: { basis: "assumption" as const }, escalation: { basis: escalation }, severity: { basis: "assumption" as const },
      },
    });
    expect(footingsOf(rule("qaf", "qaf")).result).toEqual({ basis: "qaf", assumptions: [] });
    expect(footingsOf(rule("reading", "qaf")).result).toEqual({ basis: "reading", assumptions: ["x.y"] });
    expect(footingsOf(rule("qaf", "reading")).referral).toEqual({ basis: "reading", assumptions: ["escalation"] });
    expect(footingsOf(rule("qaf", "qaf")).ladder).toEqual({ basis: "assumption", assumptions: ["escalation.levelAfterWorkingDays"] });
    // The owner and the severity route and grade a result; they do not make it.
    expect(footingsOf(rule("qaf", "qaf")).result.basis).toBe("qaf");
  });

  it("orders the bases qaf, reading, assumption", () => {
    expect([atLeast("qaf", "reading"), atLeast("reading", "reading"), atLeast("assumption", "reading")]).toEqual([true, true, false]);
  });
});
