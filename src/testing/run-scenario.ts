import { evaluate } from "../engine/evaluate";
import type { Evaluation } from "../model/evaluation";
import { checkPolicy } from "../policy/check-policy";
import { toIssues } from "../policy/issues";
import { parsePolicy } from "../policy/parse-policy";
import { qafPolicy } from "../policy/qaf-policy";
import type { Policy } from "../policy/policy";
import { withParameters, type ParameterPatch } from "../policy/with-parameters";
import { InvalidScenarioError } from "./errors";
import { mismatches, type Mismatch } from "./match";
import { patchDataset } from "./patch-dataset";
import { scenarioSchema, type DatasetPatch, type Scenario } from "./scenario";

/** What a scenario expects about: one kind of result. */
export type ResultKind = "obligation" | "breach" | "escalation";

/** One expectation a scenario's evaluation did not meet. */
export interface ScenarioFailure {
  kind: ResultKind;
  /** `present`: an expected result is missing or differs; `absent`: a forbidden one is there. */
  expectation: "present" | "absent";
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

/** The outcome of one scenario. */
export interface ScenarioResult {
  name: string;
  passed: boolean;
  failures: ScenarioFailure[];
  evaluation: Evaluation;
}

type Item = Record<string, unknown>;
const IDENTITY = ["id", "ruleId", "subject", "period", "obligationId", "breachId", "kind"];
const plural: Record<ResultKind, "obligations" | "breaches" | "escalations"> = {
  obligation: "obligations", breach: "breaches", escalation: "escalations",
};

const show = (v: unknown) => (v === undefined ? "(absent)" : JSON.stringify(v));
const subjectOf = (x: Item | undefined) => {
  const s = x?.["subject"] as { type?: string; id?: string } | undefined;
  return s?.id === undefined ? undefined : s.type === undefined ? s.id : `${s.type}:${s.id}`;
};

/**
 * Evaluates a scenario and checks its expectations: each expected obligation, breach and
 * escalation must partially match one result; each `absent` one must match none.
 *
 * @param input - the scenario (datasets and policies inline; see `loadScenarioFile` for files)
 * @returns the failures, and the evaluation for a closer look
 * @throws InvalidScenarioError when the scenario is malformed; InvalidPolicyError for a bad policy
 * @example
 * const result = await runScenario(scenario);
 * if (!result.passed) console.error(formatFailures(result));
 */
export async function runScenario(input: Scenario): Promise<ScenarioResult> {
  const parsed = scenarioSchema.safeParse(input);
  if (!parsed.success) throw new InvalidScenarioError(toIssues(parsed.error.issues), (input as { name?: string })?.name);
  const s = parsed.data;
  const given = s.dataset as Record<string, unknown>;
  const dataset = "base" in given && Object.keys(given).every((k) => k === "base" || k === "patch")
    ? patchDataset(baseOf(given["base"] as Record<string, unknown> | string, s.name), given["patch"] as DatasetPatch | undefined)
    : given;
  let policy: Policy = s.policy === undefined ? qafPolicy : typeof s.policy === "string" ? notLoaded(s.name, "policy") : parsePolicy(s.policy);
  if (s.parameters) policy = withParameters(policy, s.parameters as ParameterPatch);
  const evaluation = await evaluate(dataset, { asOf: s.asOf, ...(s.from ? { from: s.from } : {}), policy });
  checkPolicy(policy, { from: evaluation.window.from });
  const failures: ScenarioFailure[] = [];
  for (const kind of ["obligation", "breach", "escalation"] as const) {
    const items = evaluation[plural[kind]] as unknown as Item[];
    for (const e of s.expect[plural[kind]] ?? []) {
      const failure = present(kind, e, items);
      if (failure) failures.push(failure);
    }
    for (const e of s.expect.absent?.[plural[kind]] ?? []) {
      for (const found of items.filter((x) => mismatches(e, x).length === 0)) {
        failures.push({
          kind, expectation: "absent", ruleId: String(found["ruleId"]), subject: subjectOf(found), id: String(found["id"]), fields: [],
          message: `${kind} ${String(found["id"])} (rule ${String(found["ruleId"])}, subject ${subjectOf(found)}) should be absent, but it is there, matching ${JSON.stringify(e)}.`,
        });
      }
    }
  }
  return { name: s.name, passed: failures.length === 0, failures, evaluation };
}

function present(kind: ResultKind, e: Item, items: Item[]): ScenarioFailure | undefined {
  if (items.some((x) => mismatches(e, x).length === 0)) return undefined;
  const identity = Object.fromEntries(Object.entries(e).filter(([k]) => IDENTITY.includes(k)));
  const near = items
    .filter((x) => mismatches(identity, x).length === 0)
    .map((x) => ({ x, diff: mismatches(e, x) }))
    .sort((a, b) => a.diff.length - b.diff.length)[0];
  const ruleId = (e["ruleId"] ?? near?.x["ruleId"]) as string | undefined;
  const subject = subjectOf(near?.x) ?? subjectOf(e);
  const what = `${kind}${ruleId ? ` of rule ${ruleId}` : ""}${subject ? ` for ${subject}` : ""}`;
  if (!near) {
    const others = items.filter((x) => ruleId === undefined || x["ruleId"] === ruleId).map(subjectOf).slice(0, 5);
    return {
      kind, expectation: "present", ...(ruleId ? { ruleId } : {}), ...(subject ? { subject } : {}), fields: [],
      message: `no ${what} matching ${JSON.stringify(identity)}; ${others.length ? `found ${plural[kind]}${ruleId ? " of that rule" : ""} for: ${others.join(", ")}` : `there are no ${plural[kind]}${ruleId ? " of that rule" : ""}`}.`,
    };
  }
  const fields = near.diff.map((d) => `${d.field} expected ${show(d.expected)}, actual ${show(d.actual)}`).join("; ");
  return {
    kind, expectation: "present", ...(ruleId ? { ruleId } : {}), ...(subject ? { subject } : {}), id: String(near.x["id"]), fields: near.diff,
    message: `${what} (${String(near.x["id"])}): ${fields}.`,
  };
}

function baseOf(base: Record<string, unknown> | string, name: string): Record<string, unknown> {
  return typeof base === "string" ? notLoaded(name, "dataset.base") : base;
}

function notLoaded(name: string, field: string): never {
  throw new InvalidScenarioError([{ path: field.split("."), message: "is a file path: load the scenario with loadScenarioFile, which reads it" }], name);
}

/**
 * Formats a scenario's failures for a test report, one line each.
 *
 * @param result - the scenario's result
 * @returns the text; empty when it passed
 */
export function formatFailures(result: ScenarioResult): string {
  if (result.passed) return "";
  return [`Scenario "${result.name}" failed:`, ...result.failures.map((f) => `  - ${f.message}`)].join("\n");
}
