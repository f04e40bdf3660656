/** Malformed `when` conditions are InvalidPolicyErrors at their paths when a policy is read, never a crash when it runs. */
import { describe, expect, it } from "vitest";
import { InvalidPolicyError } from "../../src/errors";
import { issuesOf, paths } from "./refusals";
import { evaluate } from "../../src/engine/run/evaluate";
import { checkPolicy } from "../../src/engine/compile/compile-policy";
import { parsePolicy } from "../../src/engine/compile/parse-policy";
import { qafPolicy } from "../../src/policy/qaf-policy";
import type { Policy } from "../../src/policy/policy";
import { dataset } from "../fixtures/org";

const qisp = qafPolicy.rules.findIndex((r) => r.id === "audit.qisp");

/** The default policy with audit.qisp's condition replaced. */
function withWhen(when: unknown): Policy {
  const policy = JSON.parse(JSON.stringify(qafPolicy));
  policy.rules[qisp].when = when;
  return policy;
}


const at = (...p: (string | number)[]) => ["rules", qisp, "when", ...p].join(".");

function nested(depth: number): unknown {
  let node: unknown = { fact: "grade", operator: "equal", value: 1 };
  for (let i = 0; i < depth; i++) node = { all: [node] };
  return node;
}

describe("conditions", () => {
  it.each<[string, unknown, string[]]>([
    ["a missing value", { all: [{ fact: "grade", operator: "equal" }] }, [at("all", 0, "value")]],
    ["a missing operator", { all: [{ fact: "grade", value: 1 }] }, [at("all", 0, "operator")]],
    ["a missing fact", { all: [{ operator: "equal", value: 1 }] }, [at("all", 0, "fact")]],
    ["all not a list", { all: { fact: "grade", operator: "equal", value: 1 } }, [at("all")]],
    ["not as a list", { not: [{ fact: "grade", operator: "equal", value: 1 }] }, [at("not")]],
    ["an empty condition inside a group", { any: [{}] }, [at("any", 0, "fact"), at("any", 0, "operator"), at("any", 0, "value")]],
    ["an empty condition", {}, [at()]],
    ["a leaf at the root", { fact: "grade", operator: "equal", value: 1 }, [at()]],
    ["two groups in one", { all: [], any: [] }, [at()]],
    ["a condition that is not an object", { all: [7] }, [at("all", 0)]],
    ["an unknown key", { all: [{ fact: "grade", operator: "equal", value: 1, opertor: "x" }] }, [at("all", 0, "opertor")]],
    ["a JSONPath filter", { all: [{ fact: "parameters", path: "$..[?(@.x)]", operator: "equal", value: 1 }] }, [at("all", 0, "path")]],
    ["a shared condition reference", { all: [{ condition: "elsewhere" }] }, [at("all", 0, "condition"), at("all", 0, "fact"), at("all", 0, "operator"), at("all", 0, "value")]],
  ])("%s is an InvalidPolicyError at its path, from parsePolicy, checkPolicy and evaluate", async (_, when, expected) => {
    const policy = withWhen(when);
    expect(paths(issuesOf(() => parsePolicy(JSON.stringify(policy))))).toEqual(expected);
    expect(paths(issuesOf(() => checkPolicy(policy)))).toEqual(expected);
    await expect(evaluate(dataset(), { asOf: "2025-03-31", policy })).rejects.toBeInstanceOf(InvalidPolicyError);
  });

  it("allows groups 32 deep and refuses 33, saying so", () => {
    expect(() => checkPolicy(withWhen(nested(32)))).not.toThrow();
    const issues = issuesOf(() => checkPolicy(withWhen(nested(33))));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toBe("conditions may nest at most 32 groups deep");
  });

  it.each([3_000, 100_000])("a condition nested %i deep is refused quickly, naming where", async (depth) => {
    const policy = withWhen(nested(depth));
    const started = performance.now();
    const issues = issuesOf(() => checkPolicy(policy));
    expect(issues).toEqual([{ path: ["rules", qisp, "when", "all"], message: expect.stringMatching(/^nested more than 100 levels deep below here/) }]);
    await expect(evaluate(dataset(), { asOf: "2025-03-31", policy })).rejects.toBeInstanceOf(InvalidPolicyError);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("a policy object that contains itself is refused, not walked forever", () => {
    const when: Record<string, unknown> = { all: [] };
    (when["all"] as unknown[]).push(when);
    expect(issuesOf(() => checkPolicy(withWhenObject(when)))[0]?.message).toMatch(/^nested more than 100 levels/);
  });
});

describe("lists built in code", () => {
  it("a list with a named key such as constructor is refused at its path, not a TypeError (found by the fuzz suite)", () => {
    const rules = [...qafPolicy.rules];
    Object.defineProperty(rules, "constructor", { value: {}, enumerable: true });
    const issues = issuesOf(() => checkPolicy({ ...qafPolicy, rules }));
    expect(issues).toEqual([{ path: ["rules", "constructor"], message: "a list may hold only items, not named keys" }]);
  });
});

/** Like withWhen, without a JSON round trip (which a cycle cannot survive). */
function withWhenObject(when: unknown): Policy {
  const rules = qafPolicy.rules.map((r, i) => (i === qisp ? { ...r, when } : r));
  return { ...qafPolicy, rules } as Policy;
}
