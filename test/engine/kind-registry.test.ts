import { describe, expect, it } from "vitest";
import { bindKind, kinds } from "../../src/engine/kinds";
import type { KindModule, RuleKind } from "../../src/engine/kinds/kind";
import { qafPolicy } from "../../src/policy/qaf-policy";
import { ruleDefinitionSchema } from "../../src/model/policy";

/** Every piece of knowledge a kind module declares, by name: what the rest of the code asks of a kind. */
const PIECES = [
  "listsOwnSubjects", "wholeNumbers", "assertions", "resolve", "namesUsed", "run", "decidingDay", "describe", "explainDue",
] as const satisfies readonly (keyof KindModule<RuleKind>)[];

describe("the kind registry", () => {
  it("has a module for every kind the policy schema accepts", () => {
    const schemaKinds = ruleDefinitionSchema.def.options.flatMap((o) => o.shape.kind.def.values);
    expect(Object.keys(kinds).sort()).toEqual([...schemaKinds].sort());
  });

  it.each(Object.entries(kinds))("%s declares each piece of knowledge", (_kind, module) => {
    for (const piece of PIECES) {
      const value: unknown = module[piece];
      expect(typeof value, piece).toBe(piece === "listsOwnSubjects" ? "boolean" : "function");
    }
  });

  it("gives, for each rule of the default policy, number and assertion sites that are its own values", () => {
    for (const rule of qafPolicy.rules) {
      const bound = bindKind(rule);
      const read = (path: (string | number)[]) => path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], rule);
      for (const [path, spec] of bound.wholeNumbers()) expect(read(path)).toEqual(spec);
      for (const [path, assertion] of bound.assertions()) expect(read(path)).toEqual(assertion);
    }
  });
});
