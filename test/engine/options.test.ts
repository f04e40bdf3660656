/**
 * evaluate's options: bad options throw typed errors naming their paths; `from` defaults to
 * the start of the financial year containing `asOf` (rules.md, "Window").
 */
import { describe, expect, it } from "vitest";
import {
  evaluate, InvalidOptionsError, InvalidPolicyError, policyDigest, QafError, qafPolicy, withParameters, type Policy,
} from "../../src";
import { dataset } from "../fixtures/org";

const auditPolicy: Policy = { ...qafPolicy, rules: qafPolicy.rules.filter((r) => r.id.startsWith("audit.")) };

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error("expected a rejection");
}

const paths = (e: unknown) => (e as QafError).issues.map((i) => i.path);

describe("options errors", () => {
  it.each(["2025-02-30", "2025-13-01", "2025-2-3", "31/03/2025", "", "2023-02-29"])("asOf %j is not a real date", async (asOf) => {
    const e = await failure(evaluate(dataset(), { asOf }));
    expect(e).toBeInstanceOf(InvalidOptionsError);
    expect(e).toBeInstanceOf(QafError);
    expect((e as QafError).code).toBe("invalid_options");
    expect(paths(e)).toEqual([["asOf"]]);
    expect((e as Error).message).toContain("asOf");
  });

  it("a missing asOf, or options that are not an object, throw InvalidOptionsError", async () => {
    expect(await failure(evaluate(dataset(), {} as never))).toBeInstanceOf(InvalidOptionsError);
    expect(await failure(evaluate(dataset(), null as never))).toBeInstanceOf(InvalidOptionsError);
  });

  it("from after asOf is named by path from; from equal to asOf is fine", async () => {
    const e = await failure(evaluate(dataset(), { asOf: "2025-03-31", from: "2025-04-01" }));
    expect(e).toBeInstanceOf(InvalidOptionsError);
    expect(paths(e)).toEqual([["from"]]);
    const r = await evaluate(dataset(), { asOf: "2025-03-31", from: "2025-03-31", policy: auditPolicy });
    expect(r.window).toEqual({ from: "2025-03-31", to: "2025-03-31" });
  });

  it("an unreal from is named by path from; both bad are both named", async () => {
    expect(paths(await failure(evaluate(dataset(), { asOf: "2025-03-31", from: "2024-04-31" })))).toEqual([["from"]]);
    expect(paths(await failure(evaluate(dataset(), { asOf: "2025-02-29", from: "nope" })))).toEqual([["asOf"], ["from"]]);
  });

  it("an invalid parameter in a policy is an InvalidPolicyError naming its path", async () => {
    const bad = {
      ...auditPolicy,
      parameters: { ...auditPolicy.parameters, audit: { ...auditPolicy.parameters.audit, qispMaxGrade: 11 } },
    };
    const e = await failure(evaluate(dataset(), { asOf: "2025-03-31", policy: bad }));
    expect(e).toBeInstanceOf(InvalidPolicyError);
    expect((e as QafError).code).toBe("invalid_policy");
    expect(paths(e)).toContainEqual(["parameters", "audit", "qispMaxGrade"]);
  });

  it("a rule using a name the engine does not know is named by its path in the policy", async () => {
    const rules = auditPolicy.rules.map((r) => (r.id === "audit.qisp" ? { ...r, fulfilment: "carrier-pigeon" } : r));
    const index = rules.findIndex((r) => r.id === "audit.qisp");
    const e = await failure(evaluate(dataset(), { asOf: "2025-03-31", policy: { ...auditPolicy, rules } }));
    expect(e).toBeInstanceOf(InvalidPolicyError);
    expect(paths(e)).toEqual([["rules", index, "fulfilment"]]);
  });

  it("a policy that is not a policy at all is an InvalidPolicyError", async () => {
    const e = await failure(evaluate(dataset(), { asOf: "2025-03-31", policy: { id: "x" } as never }));
    expect(e).toBeInstanceOf(InvalidPolicyError);
    expect(paths(e).length).toBeGreaterThan(0);
  });

  it("withParameters names each bad path of a patch and leaves the input policy alone", () => {
    const before = JSON.stringify(auditPolicy);
    let caught: unknown;
    try {
      withParameters(auditPolicy, { audit: { qispMaxGrade: 0, feedbackWorkingDays: -1 } });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InvalidPolicyError);
    expect(paths(caught)).toEqual(expect.arrayContaining([
      ["parameters", "audit", "qispMaxGrade"], ["parameters", "audit", "feedbackWorkingDays"],
    ]));
    expect(JSON.stringify(auditPolicy)).toBe(before);
  });
});

describe("the window", () => {
  it.each([
    ["2025-03-31", "2024-04-01"],
    ["2024-04-01", "2024-04-01"],
    ["2024-03-31", "2023-04-01"],
    ["2025-01-15", "2024-04-01"],
    ["2024-12-31", "2024-04-01"],
  ])("asOf %s: from defaults to %s, the start of its financial year", async (asOf, from) => {
    const r = await evaluate(dataset(), { asOf, policy: auditPolicy });
    expect(r.asOf).toBe(asOf);
    expect(r.window).toEqual({ from, to: asOf });
  });

  it("a policy whose year starts in January defaults from to 1 January", async () => {
    const r = await evaluate(dataset(), { asOf: "2025-03-31", policy: { ...auditPolicy, calendar: { ...auditPolicy.calendar, yearStartMonth: 1 } } });
    expect(r.window.from).toBe("2025-01-01");
  });

  it("reports the policy's id and version", async () => {
    const policy = { ...auditPolicy, id: "test-policy", version: "9.9.9" };
    const r = await evaluate(dataset(), { asOf: "2025-03-31", policy });
    expect(r.policy).toEqual({ id: "test-policy", version: "9.9.9", digest: policyDigest(policy) });
    // The digest tells apart two policies that differ only in a parameter.
    const stricter = await evaluate(dataset(), { asOf: "2025-03-31", policy: withParameters(policy, { audit: { qispWorkingDays: 3 } }) });
    expect(stricter.policy.digest).toMatch(/^[0-9a-f]{16}$/);
    expect(stricter.policy.digest).not.toBe(r.policy.digest);
  });

  it("defaults to the QAF policy", async () => {
    const r = await evaluate(dataset(), { asOf: "2024-04-30" });
    expect(r.policy).toEqual({ id: qafPolicy.id, version: qafPolicy.version, digest: policyDigest(qafPolicy) });
  });
});
