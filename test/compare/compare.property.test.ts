import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { comparePolicies } from "../../src/compare/compare-policies";
import { defaultParameters } from "../../src/policy/parameters";
import { qafPolicy } from "../../src/policy/qaf-policy";
import { withParameters, type ParameterPatch } from "../../src/policy/with-parameters";
import { examples } from "../model/fixtures";
import { auditDataset } from "./fixture";

/** Every parameter leaf: [group, name, value]. */
const leaves = Object.entries(defaultParameters).flatMap(([group, values]) =>
  Object.entries(values as Record<string, unknown>).map(([name, value]) => [group, name, value] as const),
);

/** A patch that sets a chosen subset of parameters to the values they already have. */
const samePatch = fc.subarray(leaves).map((chosen) => {
  const patch: Record<string, Record<string, unknown>> = {};
  for (const [group, name, value] of chosen) (patch[group] ??= {})[name] = structuredClone(value);
  return patch as ParameterPatch;
});

const asOf = fc.integer({ min: 0, max: 400 }).map((n) => new Date(Date.UTC(2024, 3, 1 + n)).toISOString().slice(0, 10));

describe("comparePolicies, properties", () => {
  it("an empty patch changes nothing", async () => {
    const impact = await comparePolicies(auditDataset, qafPolicy, withParameters(qafPolicy, {}), { asOf: "2025-03-31" });
    expect(impact.empty).toBe(true);
    expect(impact.parameters).toEqual([]);
  });

  it("a patch setting parameters to what they already are changes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(auditDataset, examples), samePatch, asOf, async (dataset, patch, day) => {
        const impact = await comparePolicies(dataset, qafPolicy, withParameters(qafPolicy, patch), { asOf: day });
        expect(impact.parameters).toEqual([]);
        expect(impact.empty).toBe(true);
      }),
      { numRuns: 15 },
    );
  });
});
