import { endsStep } from "./steps";
import * as z from "zod/mini";
import type { Issue } from "../errors";
import { breachSchema, escalationSchema, evaluationSchema, obligationSchema } from "./evaluation";
import { qafErrorMap } from "./messages";
import { atIndex } from "../util/at-index";
import { isoDateSchema } from "./primitives";

/** An evaluation's three lists, each item checked on its own (so a large one is checked a step at a time). */
const LISTS = [
  ["obligations", "obligation", obligationSchema],
  ["breaches", "breach", breachSchema],
  ["escalations", "escalation", escalationSchema],
] as const;

/** Everything of an evaluation but the items of its three lists. */
const envelopeSchema = z.extend(evaluationSchema, {
  obligations: z.array(z.unknown()),
  breaches: z.array(z.unknown()),
  escalations: z.array(z.unknown()),
});

/** Items checked between two steps. */
const PER_STEP = 256;

/**
 * Checks that a value is an evaluation as `evaluate` returns it (and `evaluate --format json`
 * writes it), a step at a time: its shape, then each obligation, breach and escalation, then
 * what the shape lets through but an evaluation never holds (a day that is not a real date,
 * an id twice in one list). The messages name paths, never values.
 *
 * @param value - the value, as parsed from JSON
 * @returns steps, then every problem found (none: it is an evaluation)
 * @example
 * const issues = finish(evaluationIssuesSteps(JSON.parse(text)));
 */
export function* evaluationIssuesSteps(value: unknown): Generator<void, Issue[]> {
  const envelope = envelopeSchema.safeParse(value, { error: qafErrorMap });
  if (!envelope.success) return envelope.error.issues.map(toIssue);
  const issues: Issue[] = [];
  for (const [list, , schema] of LISTS) {
    const items = envelope.data[list];
    for (let i = 0; i < items.length; i++) {
      if (endsStep(i, PER_STEP)) yield;
      const item = schema.safeParse(items[i], { error: qafErrorMap });
      if (!item.success) for (const issue of item.error.issues) issues.push(toIssue({ ...issue, path: [list, i, ...issue.path] }));
    }
  }
  if (issues.length > 0) return issues;
  const day = (v: string, path: string[]) => {
    if (!isoDateSchema.safeParse(v).success) issues.push({ path, message: "must be a real date written YYYY-MM-DD" });
  };
  day(envelope.data.asOf, ["asOf"]);
  day(envelope.data.window.from, ["window", "from"]);
  day(envelope.data.window.to, ["window", "to"]);
  for (const [list, one] of LISTS) {
    const items = envelope.data[list] as readonly { id: string }[];
    const seen = new Set<string>();
    for (let i = 0; i < items.length; i++) {
      if (endsStep(i, PER_STEP)) yield;
      const id = atIndex(items, i).id;
      if (seen.has(id)) issues.push({ path: [list, i, "id"], message: `repeats an earlier ${one}'s id` });
      seen.add(id);
    }
  }
  return issues;
}

function toIssue(issue: { path: PropertyKey[]; message: string }): Issue {
  return { path: issue.path.filter((p): p is string | number => typeof p !== "symbol"), message: issue.message };
}
