/**
 * Fuzzing scenarios: mutations of a small valid scenario (fields of the wrong type, hostile
 * keys, deep nesting, unknown rules and switches, odd dates), through runScenario, and scenario
 * files through loadScenarioFile: each runs, or is refused with a typed error, never anything else.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, it } from "vitest";
import { loadScenarioFile, runScenario } from "../../src/testing";
import type { Scenario } from "../../src/testing";
import { dataset } from "../fixtures/org";
import { expectPrototypesUntouched, fuzzRuns, fuzzSeed, onlyTypedErrors, testTimeout } from "./support";

const base = { name: "fuzz", asOf: "2024-09-30", dataset: dataset(), expect: { breaches: [{ ruleId: "pdr.annual" }] } };

const odd: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null, "", 0, -1, 1e308, true, [], {}, "2025-02-30", "9999-12-31", "supervision.intervals", "audit.qisp",
    { "supervision.interval": { enabled: true } }, { "no.such": { enabled: true } }, { "audit.qisp": { enabled: "yes" } },
    ["audit.qisp"], ["supervision.interval"], { survey: { targetRate: 2 } }, { case: { clinicWithinMonths: 3 } },
    { base: "/dev/zero" }, { base: {}, patch: { staff: [{ id: "p-n", $remove: true }] } },
  ),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}}')),
  fc.integer({ min: 50, max: 5_000 }).map((depth) => JSON.parse(`${"[".repeat(depth)}${"]".repeat(depth)}`)),
  fc.jsonValue({ maxDepth: 3 }),
);

const FIELDS = ["name", "asOf", "from", "dataset", "policy", "parameters", "switches", "rules", "expect", "description", "extra"] as const;

describe("scenario fuzz", () => {
  it("runScenario: a mutated scenario runs or is refused with a typed error, never anything else", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...FIELDS), odd), { maxLength: 3 }), async (changes) => {
        const scenario: Record<string, unknown> = { ...base };
        for (const [field, value] of changes) scenario[field] = value;
        await onlyTypedErrors(() => runScenario(scenario as Scenario));
        expectPrototypesUntouched();
      }),
      { numRuns: fuzzRuns(40), ...(fuzzSeed === undefined ? {} : { seed: fuzzSeed }) },
    );
  }, testTimeout);

  it("loadScenarioFile: bytes that are not a scenario file are refused with a typed error", async () => {
    const dir = mkdtempSync(join(tmpdir(), "qaf-fuzz-scenario-"));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 200 }), fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v))), fc.boolean(), async (text, yaml) => {
        const path = join(dir, yaml ? "x.scenario.yaml" : "x.scenario.json");
        writeFileSync(path, text);
        await onlyTypedErrors(async () => runScenario(loadScenarioFile(path)));
        expectPrototypesUntouched();
      }),
      { numRuns: fuzzRuns(60), ...(fuzzSeed === undefined ? {} : { seed: fuzzSeed }) },
    );
  }, testTimeout);
});
