import { describe, expect, it } from "vitest";
import { checkPolicy, qafPolicy, ruleDefinitionSchema } from "../../src";
import { familyRules } from "../../src/rules/families";

/** Every number written in a value, with its path. */
const numbersIn = (node: unknown, path = ""): string[] =>
  typeof node === "number" ? [path]
    : node !== null && typeof node === "object" ? Object.entries(node).flatMap(([k, v]) => numbersIn(v, `${path}.${k}`))
      : [];

// What each rule says (its kind, owner, parameters, quote) is checked by what it does, in the
// families-*.test.ts files and the scenarios, not by copying its literal here.
describe("families rules as data", () => {
  it("are each a valid definition, all in the default QAF policy, which still validates", () => {
    for (const rule of familyRules) expect(ruleDefinitionSchema.safeParse(rule).success).toBe(true);
    const ids = qafPolicy.rules.map((r) => r.id);
    for (const rule of familyRules) expect(ids).toContain(rule.id);
    expect(() => checkPolicy(qafPolicy)).not.toThrow();
  });

  it("are plain JSON: they survive a round trip unchanged", () => {
    expect(JSON.parse(JSON.stringify(familyRules))).toEqual(familyRules);
  });

  it("read every number from the parameters, never a number written in", () => {
    expect(familyRules.flatMap((rule) => numbersIn(rule, rule.id))).toEqual([]);
  });
});
