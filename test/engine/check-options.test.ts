/** Dates in options are bounded to 1900-01-01 .. 2199-12-31, for evaluate and every function that reads an asOf. */
import { describe, expect, it } from "vitest";
import { evaluate, explain, InvalidOptionsError, InvalidPolicyError, qafPolicy, type Policy, type QafError } from "../../src";
import { dueSoon } from "../../src/query";
import { dataset } from "../fixtures/org";

const auditPolicy: Policy = { ...qafPolicy, rules: qafPolicy.rules.filter((r) => r.id.startsWith("audit.")) };

async function failure(run: () => unknown): Promise<QafError> {
  try {
    await run();
  } catch (e) {
    return e as QafError;
  }
  throw new Error("expected an error");
}

describe("date options are bounded to 1900-01-01 .. 2199-12-31", () => {
  it.each(["9999-12-31", "2200-01-01", "1899-12-31", "1000-01-01"])("evaluate refuses asOf %s with its path", async (asOf) => {
    const e = await failure(() => evaluate(dataset(), { asOf, policy: auditPolicy }));
    expect(e).toBeInstanceOf(InvalidOptionsError);
    expect(e.issues).toEqual([{ path: ["asOf"], message: "must be a real date written YYYY-MM-DD, from 1900-01-01 to 2199-12-31" }]);
  });

  it("evaluate refuses a from out of range, and a default window that would start before 1900", async () => {
    const e = await failure(() => evaluate(dataset(), { asOf: "2025-03-31", from: "1899-04-01", policy: auditPolicy }));
    expect(e.issues.map((i) => i.path)).toEqual([["from"]]);
    const early = await failure(() => evaluate(dataset(), { asOf: "1900-03-31", policy: auditPolicy }));
    expect(early).toBeInstanceOf(InvalidOptionsError);
    expect(early.issues.map((i) => i.path)).toEqual([["asOf"]]);
  });

  it("accepts the first and last days of the range", async () => {
    const first = await evaluate(dataset(), { asOf: "1900-04-01", policy: auditPolicy });
    expect(first.window).toEqual({ from: "1900-04-01", to: "1900-04-01" });
    const last = await evaluate(dataset(), { asOf: "2199-12-31", from: "2199-12-01", policy: auditPolicy });
    expect(last.window).toEqual({ from: "2199-12-01", to: "2199-12-31" });
  });

  it("dueSoon refuses an evaluation dated out of range, and a within beyond ten years", async () => {
    expect((await failure(() => dueSoon({ asOf: "9999-12-31", obligations: [] }, { within: 14 }))).issues.map((i) => i.path)).toEqual([["asOf"]]);
    const e = await failure(() => dueSoon({ asOf: "2025-03-31", obligations: [] }, { within: 1e9 }));
    expect(e).toBeInstanceOf(InvalidOptionsError);
    expect(e.issues.map((i) => i.path)).toEqual([["within"]]);
  });

  it("explain refuses an evaluation dated out of range", async () => {
    const result = await evaluate(dataset(), { asOf: "2025-03-31", policy: auditPolicy });
    const id = result.obligations[0]?.id as string;
    const e = await failure(() => explain({ ...result, asOf: "9999-12-31" }, id, { dataset: dataset(), policy: auditPolicy }));
    expect(e).toBeInstanceOf(InvalidOptionsError);
    expect(e.issues.map((i) => i.path)).toEqual([["asOf"]]);
  });

  it("a policy with a fractional yearStartMonth is an InvalidPolicyError, not a RangeError (found by the fuzz suite)", async () => {
    const policy = { ...auditPolicy, calendar: { ...auditPolicy.calendar, yearStartMonth: 1.5 } };
    const e = await failure(() => evaluate(dataset(), { asOf: "2025-03-31", policy }));
    expect(e).toBeInstanceOf(InvalidPolicyError);
    expect(e.issues.map((i) => i.path)).toEqual([["calendar", "yearStartMonth"]]);
  });
});

describe("options evaluate does not know", () => {
  it("are an InvalidOptionsError naming the nearest option, never silently ignored", async () => {
    const e = await failure(() => evaluate(dataset(), { asOf: "2025-03-31", form: "2024-04-01", policy: auditPolicy } as Parameters<typeof evaluate>[1]));
    expect(e).toBeInstanceOf(InvalidOptionsError);
    expect(e.issues).toEqual([{ path: ["form"], message: "is not an option of evaluate; did you mean from? (options: asOf, from, policy, signal, onProgress)" }]);
  });
});
