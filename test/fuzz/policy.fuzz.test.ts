/**
 * Fuzzing policies: mutations of the default policy (keys deleted or renamed, values of the
 * wrong type, huge or fractional numbers, deep nesting, hostile keys such as `__proto__`,
 * backtracking patterns) through parsePolicy, checkPolicy, withParameters and evaluate.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/run/evaluate";
import { InvalidPolicyError } from "../../src/errors";
import { checkPolicy } from "../../src/engine/compile/compile-policy";
import { parsePolicy } from "../../src/engine/compile/parse-policy";
import { qafPolicy } from "../../src/policy/qaf-policy";
import type { Policy } from "../../src/policy/policy";
import { withParameters, type ParameterPatch } from "../../src/policy/with-parameters";
import { dataset } from "../fixtures/org";
import {
  expectPrototypesUntouched, expectSaneOutput, expectWindowInRange, fuzzRuns, hunting, onlyTypedErrors, RUN_TIMEOUT_MS, testTimeout, fuzzSeed,
} from "./support";

const defaultJson = JSON.stringify(qafPolicy);
const smallDataset = JSON.stringify(dataset());

const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null, "", 0, -1, 0.5, 1.5, 1e9, 1e15, 1e308, -1e308, true, [], {}, [1, 1e9], [10, 20], "9999-12-31", "2025-02-30",
    "^(a+)+$", "^[0-9]{1,12}$", "(a|aa)*", "equal", "grade", "parameters", "$..[?(@)]",
    { all: [] }, { not: [] }, { all: {} }, { fact: "grade" }, { param: "audit.qispMaxGrade" }, { param: "nope" },
    [{ from: "2024-04-01", value: 1e9 }], [{ from: "9999-01-01", value: 1 }],
  ),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}}')),
  fc.constant(JSON.parse('{"constructor": {"prototype": {"polluted": true}}}')),
  fc.integer({ min: 1, max: 3_000 }).map((depth) => JSON.parse(`${'{"all":['.repeat(depth)}{"fact":"grade","operator":"equal","value":1}${"]}".repeat(depth)}`)),
  fc.string({ maxLength: 12 }),
  fc.double(),
  fc.jsonValue({ maxDepth: 3 }),
);

type Step =
  | { at: number[]; kind: "set"; value: unknown }
  | { at: number[]; kind: "delete" }
  | { at: number[]; kind: "rename"; to: string }
  | { at: number[]; kind: "when"; value: unknown };

/** Conditions, broken and deep, for a rule's `when` (on `id`, a fact every subject has, so the vocabulary lets them through). */
const condition: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      {}, { all: {} }, { any: "x" }, { not: [] }, { all: [], any: [] }, { fact: "id", operator: "equal", value: 1 },
      { all: [{ fact: "id", operator: "equal" }] }, { all: [{ fact: "id", value: 1 }] }, { all: [{ operator: "equal", value: 1 }] },
      { all: [{}] }, { all: [null] }, { all: [{ condition: "x" }] }, { all: [{ fact: "parameters", path: "$..*", operator: "equal", value: 1 }] },
      { all: [{ fact: "id", operator: "equal", value: { fact: "parameters", path: 7 } }] }, { not: { any: [{ fact: "id", operator: "in", value: ["a"] }] } },
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 3_000 }).map((depth) => JSON.parse(`${'{"all":['.repeat(depth)}{"fact":"id","operator":"equal","value":1}${"]}".repeat(depth)}`)) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 40 }).map((depth) => JSON.parse(`${'{"not":'.repeat(depth)}{"all":[]}${"}".repeat(depth)}`)) },
);

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ at: fc.array(fc.nat(), { minLength: 1, maxLength: 7 }), kind: fc.constant("set" as const), value: hostile }),
  fc.record({ at: fc.array(fc.nat(), { minLength: 1, maxLength: 7 }), kind: fc.constant("delete" as const) }),
  fc.record({ at: fc.array(fc.nat(), { minLength: 1, maxLength: 7 }), kind: fc.constant("rename" as const), to: fc.constantFrom("__proto__", "constructor", "prototype", "Fact", "all ", "x") }),
  fc.record({ at: fc.tuple(fc.nat()), kind: fc.constant("when" as const), value: condition }),
);

/** For evaluate, mostly one change at a time, so that a change which runs is not hidden by another which is refused. */
const runnableSteps = fc.array(
  fc.oneof(
    { weight: 2, arbitrary: fc.record({ at: fc.tuple(fc.nat()), kind: fc.constant("when" as const), value: condition }) as fc.Arbitrary<Step> },
    { weight: 2, arbitrary: fc.record({ at: fc.tuple(fc.constant(3), fc.nat(), fc.nat()), kind: fc.constant("set" as const), value: hostile }) as fc.Arbitrary<Step> },
    { weight: 1, arbitrary: step },
  ),
  { minLength: 1, maxLength: 2 },
);

/** Follows `at` down the document (each number picks a key or index modulo the count), then applies the step there. */
function apply(doc: unknown, s: Step): void {
  if (s.kind === "when") {
    const rules = (doc as { rules?: unknown }).rules; // an earlier step may have renamed or replaced them
    const rule: unknown = Array.isArray(rules) && rules.length > 0 ? rules[(s.at[0] as number) % rules.length] : undefined;
    if (rule !== null && typeof rule === "object") (rule as Record<string, unknown>)["when"] = s.value;
    return;
  }
  let node = doc;
  for (let d = 0; d < s.at.length; d++) {
    if (node === null || typeof node !== "object") return;
    const keys = Object.keys(node);
    if (keys.length === 0) return;
    const key = keys[(s.at[d] as number) % keys.length] as string;
    const last = d === s.at.length - 1;
    const holder = node as Record<string, unknown>;
    if (!last) {
      node = holder[key];
      continue;
    }
    if (s.kind === "set") holder[key] = s.value;
    else if (s.kind === "delete") Reflect.deleteProperty(holder, key);
    else {
      Object.defineProperty(holder, s.to, { value: holder[key], enumerable: true, configurable: true, writable: true });
      Reflect.deleteProperty(holder, key);
    }
  }
}

describe("fuzz: policies", () => {
  it("checkPolicy and parsePolicy: a mutated default policy is valid or an InvalidPolicyError, never anything else", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 4 }), async (steps) => {
        const doc = JSON.parse(defaultJson);
        for (const s of steps) apply(doc, s);
        const started = performance.now();
        await onlyTypedErrors(() => checkPolicy(doc), [InvalidPolicyError]);
        await onlyTypedErrors(() => parsePolicy(JSON.stringify(doc)), [InvalidPolicyError]);
        expect(performance.now() - started).toBeLessThan(RUN_TIMEOUT_MS);
        expectPrototypesUntouched();
      }),
      { seed: fuzzSeed, numRuns: fuzzRuns(150), ...(hunting ? {} : { interruptAfterTimeLimit: 2_500 }) },
    );
  }, testTimeout);

  it("withParameters: any patch is applied or refused with InvalidPolicyError", () => {
    const patch = fc.dictionary(
      fc.constantFrom("audit", "supervision", "survey", "escalation", "pdr", "case", "__proto__", "nope"),
      fc.oneof(hostile, fc.dictionary(fc.constantFrom("qispWorkingDays", "targetRate", "urnPattern", "levelAfterWorkingDays", "maxIntervalDays", "intervalMonths", "__proto__", "x"), hostile, { maxKeys: 3 })),
      { maxKeys: 3 },
    );
    fc.assert(
      fc.property(patch, (p) => {
        try {
          withParameters(qafPolicy, p as ParameterPatch);
        } catch (e) {
          expect(e).toBeInstanceOf(InvalidPolicyError);
        }
        expectPrototypesUntouched();
      }),
      { seed: fuzzSeed, numRuns: fuzzRuns(300) },
    );
  }, testTimeout);

  it("evaluate: a mutated policy that is accepted runs quickly to a sane evaluation", async () => {
    await fc.assert(
      fc.asyncProperty(runnableSteps, fc.nat(), fc.constantFrom("2025-03-31", "2199-12-31"), async (steps, offset, asOf) => {
        const doc = JSON.parse(defaultJson);
        const start = offset % doc.rules.length;
        doc.rules = doc.rules.slice(start, start + 3); // three rules at a time: many more runs in the time
        for (const s of steps) apply(doc, s);
        const started = performance.now();
        const result = await onlyTypedErrors(() => evaluate(JSON.parse(smallDataset), { asOf, policy: doc as Policy }));
        expect(performance.now() - started).toBeLessThan(RUN_TIMEOUT_MS);
        expectPrototypesUntouched();
        if (result === undefined) return;
        expectWindowInRange(result.window);
        expectSaneOutput(result);
      }),
      { seed: fuzzSeed, numRuns: fuzzRuns(40), ...(hunting ? {} : { interruptAfterTimeLimit: 3_000 }) },
    );
  }, testTimeout);
});
