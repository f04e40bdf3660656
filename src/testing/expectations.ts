import type { Evaluation } from "../model/evaluation";
import { mismatches, type Mismatch } from "./match";
import type { scenarioSchema } from "./scenario";
import type { z } from "zod/mini";

/** What a scenario expects about: one kind of result, or the records rejected. */
export type ResultKind = "obligation" | "breach" | "escalation" | "rejection";

/** One expectation a scenario's evaluation did not meet. */
export interface ScenarioFailure {
  kind: ResultKind;
  /**
   * `present`: an expected result is missing or differs; `absent`: a forbidden one is there;
   * `complete`: a result is not among those a complete list expects; `count`: a rule has
   * another number of results than expected.
   */
  expectation: "present" | "absent" | "complete" | "count";
  ruleId?: string;
  /** `type:id` of the subject, as far as the expectation or the nearest result says. */
  subject?: string;
  /** The id of the nearest result, when one was found. */
  id?: string;
  /** The fields that differ from the nearest result (empty when none was near). */
  fields: Mismatch[];
  /** One plain sentence naming rule, subject, field, expected and actual. */
  message: string;
}

type Expect = z.output<typeof scenarioSchema>["expect"];
type Item = Record<string, unknown>;
type Plural = "obligations" | "breaches" | "escalations";

const IDENTITY = ["id", "ruleId", "subject", "period", "obligationId", "breachId", "kind", "collection", "index"];
const KINDS: readonly [Exclude<ResultKind, "rejection">, Plural][] = [
  ["obligation", "obligations"], ["breach", "breaches"], ["escalation", "escalations"],
];

const show = (v: unknown) => (v === undefined ? "(absent)" : JSON.stringify(v));
const subjectOf = (x: Item | undefined) => {
  const s = x?.["subject"] as { type?: string; id?: string } | undefined;
  return s?.id === undefined ? undefined : s.type === undefined ? s.id : `${s.type}:${s.id}`;
};
const matches = (e: Item) => (x: Item) => mismatches(e, x).length === 0;
const describeItem = (kind: ResultKind, x: Item) =>
  `${kind} ${String(x["id"])} (rule ${String(x["ruleId"])}, subject ${subjectOf(x)})`;

/**
 * Checks an evaluation against a scenario's expectations.
 *
 * @param expect - the scenario's `expect`
 * @param evaluation - the evaluation of its dataset
 * @returns every expectation not met; empty when all are
 */
export function checkExpectations(expect: Expect, evaluation: Evaluation): ScenarioFailure[] {
  const failures: ScenarioFailure[] = [];
  for (const [kind, plural] of KINDS) {
    const items = evaluation[plural] as unknown as Item[];
    const expected = expect[plural] ?? [];
    for (const e of expected) {
      const failure = present(kind, plural, e, items);
      if (failure) failures.push(failure);
    }
    for (const e of expect.absent?.[plural] ?? []) {
      for (const found of items.filter(matches(e))) {
        failures.push({
          kind, expectation: "absent", ruleId: String(found["ruleId"]), subject: subjectOf(found), id: String(found["id"]), fields: [],
          message: `${describeItem(kind, found)} should be absent, but it is there, matching ${JSON.stringify(e)}.`,
        });
      }
    }
    if (expect.complete?.includes(plural)) {
      for (const extra of items.filter((x) => !expected.some((e) => matches(e)(x)))) {
        failures.push({
          kind, expectation: "complete", ruleId: String(extra["ruleId"]), subject: subjectOf(extra), id: String(extra["id"]), fields: [],
          message: `${describeItem(kind, extra)} is not among the expected ${plural}, which the scenario lists completely.`,
        });
      }
    }
    failures.push(...countFailures(kind, plural, expect.counts?.[plural] ?? {}, items));
  }
  failures.push(...rejectionFailures(expect.rejected, evaluation.rejected as unknown as Item[]));
  return failures;
}

function present(kind: ResultKind, plural: string, e: Item, items: Item[]): ScenarioFailure | undefined {
  if (items.some(matches(e))) return undefined;
  const identity = Object.fromEntries(Object.entries(e).filter(([k]) => IDENTITY.includes(k)));
  const near = items
    .filter(matches(identity))
    .map((x) => ({ x, diff: mismatches(e, x) }))
    .sort((a, b) => a.diff.length - b.diff.length)[0];
  const ruleId = (e["ruleId"] ?? near?.x["ruleId"]) as string | undefined;
  const subject = subjectOf(near?.x) ?? subjectOf(e);
  const what = `${kind}${ruleId ? ` of rule ${ruleId}` : ""}${subject ? ` for ${subject}` : ""}`;
  const found = { kind, expectation: "present" as const, ...(ruleId ? { ruleId } : {}), ...(subject ? { subject } : {}) };
  if (!near) {
    const others = items.filter((x) => ruleId === undefined || x["ruleId"] === ruleId).map(subjectOf).slice(0, 5);
    return {
      ...found, fields: [],
      message: `no ${what} matching ${JSON.stringify(identity)}; ${others.length ? `found ${plural}${ruleId ? " of that rule" : ""} for: ${others.join(", ")}` : `there are no ${plural}${ruleId ? " of that rule" : ""}`}.`,
    };
  }
  const fields = near.diff.map((d) => `${d.field} expected ${show(d.expected)}, actual ${show(d.actual)}`).join("; ");
  return { ...found, id: String(near.x["id"]), fields: near.diff, message: `${what} (${String(near.x["id"])}): ${fields}.` };
}

function countFailures(kind: ResultKind, plural: Plural, expected: Record<string, number>, items: Item[]): ScenarioFailure[] {
  return Object.entries(expected).flatMap(([ruleId, count]) => {
    const actual = items.filter((x) => x["ruleId"] === ruleId).length;
    if (actual === count) return [];
    const field = { field: `counts.${plural}.${ruleId}`, expected: count, actual };
    return [{ kind, expectation: "count", ruleId, fields: [field], message: `rule ${ruleId}: expected ${count} ${plural}, actual ${actual}.` }];
  });
}

function rejectionFailures(expected: Item[] | undefined, rejected: Item[]): ScenarioFailure[] {
  const where = (r: Item) => `record ${String(r["index"])} of ${String(r["collection"])}${r["id"] ? ` (id ${String(r["id"])})` : ""}`;
  const paths = (r: Item) => (r["issues"] as { path: (string | number)[] }[]).map((i) => i.path.join(".") || "(record)").join(", ");
  const unexpected = rejected
    .filter((r) => !(expected ?? []).some((e) => matches(e)(r)))
    .map((r): ScenarioFailure => ({
      kind: "rejection", expectation: "complete", fields: [],
      message: `${where(r)} was rejected (${paths(r)}); fix it, or list it under expect.rejected.`,
    }));
  const missing = (expected ?? [])
    .filter((e) => !rejected.some(matches(e)))
    .map((e): ScenarioFailure => ({
      kind: "rejection", expectation: "present", fields: [],
      message: `no rejected record matches ${JSON.stringify(e)}.`,
    }));
  return [...unexpected, ...missing];
}
