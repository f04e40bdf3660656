import fc from "fast-check";
import { Engine } from "json-rules-engine";
import { describe, expect, it } from "vitest";
import { customOperators, prepareCondition } from "../../src/engine/vocabulary/conditions";
import { selectSubjects } from "../engine/select-subjects";
import { parameterTable } from "../../src/engine/context/parameter-table";
import { qafPolicy } from "../../src/policy/qaf-policy";

/** Whether one subject's facts meet a condition, asked of json-rules-engine alone. */
async function appliesAlone(condition: object, facts: Record<string, unknown>): Promise<boolean> {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const [name, fn] of Object.entries(customOperators)) engine.addOperator(name, fn);
  engine.addRule({ conditions: condition as never, event: { type: "applies" } });
  const input = Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined && v !== null));
  return (await engine.run(input)).events.length > 0;
}

/** A fact's value: plain values that look alike (1 and "1", null and absent), and lists. */
const value = fc.oneof(
  fc.constantFrom(undefined, null, 0, 1, "1", "a", "b", true, false),
  fc.constantFrom(["a"], ["a", "b"], [], ["b"]),
);

describe("selectSubjects", () => {
  it("keeps exactly the subjects whose own facts meet the condition, whatever facts they share", async () => {
    const parameters = parameterTable(qafPolicy.parameters);
    const condition = fc.constantFrom(
      { all: [{ fact: "x", operator: "equal", value: 1 }] },
      { any: [{ fact: "x", operator: "equal", value: "1" }, { fact: "y", operator: "in", value: ["a", "b"] }] },
      { all: [{ fact: "x", operator: "notEqual", value: null }, { fact: "y", operator: "equal", value: true }, { fact: "z", operator: "contains", value: "a" }] },
      { all: [{ fact: "y", operator: "isPresent", value: false }] },
      { all: [{ fact: "z", operator: "containsAll", value: ["a", "b"] }] },
    );
    await fc.assert(
      fc.asyncProperty(condition, fc.array(fc.record({ x: value, y: value, z: value }), { maxLength: 30 }), async (when, records) => {
        const subjects = records.map((r) => ({ ...r, fact: (name: string) => r[name as "x" | "y" | "z"] }));
        const selected = await selectSubjects(prepareCondition(when as never), subjects, () => 0, parameters);
        const expected: typeof subjects = [];
        for (const s of subjects) if (await appliesAlone(when, { x: s.x, y: s.y, z: s.z })) expected.push(s);
        expect(selected).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
