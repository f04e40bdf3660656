/**
 * Fuzzing datasets: arbitrary JSON-ish values and mutations of a small demo county (values
 * replaced by hostile ones, fields deleted, records duplicated, managers of themselves,
 * collections misspelt, `__proto__` keys) through parseDataset and evaluate.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/run/evaluate";
import { COLLECTIONS } from "../../src/model";
import { generateCounty } from "../../src/demo";
import { expectNothingLost } from "../properties/support";
import {
  expectPrototypesUntouched, expectSaneOutput, expectWindowInRange, fuzzRuns, hunting, onlyTypedErrors, RUN_TIMEOUT_MS, testTimeout, fuzzSeed,
} from "./support";

/** A small county: one area, one team of about three, one year; busy collections trimmed. */
const county = (() => {
  const full = generateCounty({ seed: 7, areas: 1, teamsPerArea: 1, staffPerTeam: 3, years: 1, endOn: "2025-03-31" }) as unknown as Record<string, unknown[]>;
  for (const name of ["meetings", "oversight", "absences", "supervisions", "surveys", "audits"]) full[name] = (full[name] ?? []).slice(0, 12);
  return JSON.stringify(full);
})();

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null, "", 0, -1, 1.5, 1e308, -1e308, true, [], {}, "9999-12-31", "0999-01-01", "2025-02-30", "1899-12-31",
    "__proto__", "constructor", "=HYPERLINK(\"x\")", "\x1b[2J\r", "s1", "t1", "north", "NaN", "full-time",
  ),
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double({ noNaN: false }).map((d) => (Number.isFinite(d) ? d : null)),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}}')),
  fc.integer({ min: 1, max: 2_000 }).map((depth) => JSON.parse(`${"[".repeat(depth)}${"]".repeat(depth)}`)),
  fc.jsonValue({ maxDepth: 3 }),
);

type Mutation =
  | { op: "set"; collection: number; index: number; field: number; value: unknown }
  | { op: "delete"; collection: number; index: number; field: number }
  | { op: "duplicate"; collection: number; index: number }
  | { op: "self-manager"; index: number }
  | { op: "rename"; collection: number; to: string }
  | { op: "replace-record"; collection: number; index: number; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant("set" as const), collection: fc.nat(), index: fc.nat(), field: fc.nat(), value: hostileValue }),
  fc.record({ op: fc.constant("delete" as const), collection: fc.nat(), index: fc.nat(), field: fc.nat() }),
  fc.record({ op: fc.constant("duplicate" as const), collection: fc.nat(), index: fc.nat() }),
  fc.record({ op: fc.constant("self-manager" as const), index: fc.nat() }),
  fc.record({ op: fc.constant("rename" as const), collection: fc.nat(), to: fc.constantFrom("Staff", "staf", "__proto__", "teams ", "x") }),
  fc.record({ op: fc.constant("replace-record" as const), collection: fc.nat(), index: fc.nat(), value: hostileValue }),
);

function mutate(base: Record<string, unknown[]>, mutations: readonly Mutation[]): Record<string, unknown> {
  const data: Record<string, unknown> = base;
  for (const m of mutations) {
    if (m.op === "self-manager") {
      const staff = (data["staff"] ?? []) as Record<string, unknown>[];
      const s = staff[m.index % Math.max(1, staff.length)];
      if (s && typeof s === "object") s["lineManagerId"] = s["id"];
      continue;
    }
    const name = COLLECTIONS[m.collection % COLLECTIONS.length] as string;
    const list = data[name];
    if (m.op === "rename") {
      Object.defineProperty(data, m.to, { value: list, enumerable: true, configurable: true, writable: true });
      Reflect.deleteProperty(data, name);
      continue;
    }
    if (!Array.isArray(list) || list.length === 0) continue;
    const i = m.index % list.length;
    if (m.op === "duplicate") list.push(structuredClone(list[i]));
    else if (m.op === "replace-record") list[i] = m.value;
    else {
      const record = list[i];
      if (record === null || typeof record !== "object") continue;
      const keys = Object.keys(record);
      const key = keys[m.field % Math.max(1, keys.length)] ?? "id";
      if (m.op === "delete") Reflect.deleteProperty(record, key);
      else (record as Record<string, unknown>)[key] = m.value;
    }
  }
  return data;
}

/** The properties every dataset must keep, whatever parseDataset makes of it. */
function expectNothingLostAndSane(input: unknown): void {
  const parsed = expectNothingLost(input);
  if (parsed) expectSaneOutput(parsed.rejected);
}

const collectionKey = fc.oneof(fc.constantFrom(...COLLECTIONS), fc.constantFrom("Staff", "staf", "$schema", "__proto__"), fc.string({ maxLength: 8 }));
const jsonish = fc.oneof(
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 3, arbitrary: fc.dictionary(collectionKey, fc.oneof(fc.array(fc.oneof(hostileValue, fc.dictionary(fc.string({ maxLength: 12 }), hostileValue)), { maxLength: 6 }), hostileValue), { maxKeys: 5 }) },
);

describe("fuzz: datasets", () => {
  it("parseDataset: only InvalidDatasetError escapes, nothing is lost, no prototype changes (arbitrary JSON-ish)", () => {
    fc.assert(
      fc.property(jsonish, (input) => {
        expectNothingLostAndSane(input);
        expectPrototypesUntouched();
      }),
      { seed: fuzzSeed, numRuns: fuzzRuns(300) },
    );
  }, testTimeout);

  it("evaluate: mutations of a demo county give an evaluation or a typed error, sane and quick", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.constantFrom("2025-03-31", "2024-10-15", "2199-12-31", "1900-04-01"), async (mutations, asOf) => {
        const input = mutate(JSON.parse(county), mutations);
        expectNothingLostAndSane(input);
        const started = performance.now();
        const result = await onlyTypedErrors(() => evaluate(input, { asOf }));
        expect(performance.now() - started).toBeLessThan(RUN_TIMEOUT_MS);
        expectPrototypesUntouched();
        if (result === undefined) return;
        for (const c of Object.values(result.counts)) expect(c.received).toBe(c.evaluated + c.rejected);
        expectWindowInRange(result.window);
        expectSaneOutput(result);
      }),
      { seed: fuzzSeed, numRuns: fuzzRuns(12), ...(hunting ? {} : { interruptAfterTimeLimit: 4_000 }) },
    );
  }, testTimeout);
});
