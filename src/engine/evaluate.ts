import { parseDay, formatDay, type Day } from "../calendar/day";
import { createWorkingCalendar } from "../calendar/working-days";
import type { DatasetInput } from "../model/dataset";
import type { Breach, Escalation, Evaluation, Obligation } from "../model/evaluation";
import { parseDataset } from "../model/parse-dataset";
import type { Policy } from "../policy/policy";
import { closureDaysOf } from "../policy/closure-days";
import { checkOptions } from "./check-options";
import { createContext } from "./context";
import { escalateBreaches, resolveReferrals } from "./escalate";
import { indexDataset } from "./index-dataset";
import { byDue, byRaised, bySince } from "./order";
import { createPeople } from "./people";
import { runRule } from "./run-rule";

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  /** The day of the evaluation, `YYYY-MM-DD`: nothing after it has happened yet. */
  asOf: string;
  /** The window's first day; defaults to the start of the financial year containing `asOf`. */
  from?: string;
  /** The policy to apply; defaults to {@link qafPolicy}. */
  policy?: Policy;
}

/**
 * Evaluates a dataset against the QAF: validates the records, runs every rule of the policy,
 * and returns the obligations, breaches and escalations in the window `[from, asOf]`.
 *
 * Bad records never throw: they are listed in `rejected`. Bad options do: an
 * {@link InvalidOptionsError} or {@link InvalidPolicyError} says what to fix.
 *
 * @param dataset - the council's export, one JSON-compatible object (typed {@link DatasetInput}
 *   for completion; any value is accepted and checked record by record)
 * @param options - `asOf`, and optionally `from` and `policy`
 * @returns the evaluation
 * @example
 * const result = await evaluate(dataset, { asOf: "2025-03-31" });
 * for (const b of result.breaches) console.log(b.message);
 */
export function evaluate(dataset: DatasetInput, options: EvaluateOptions): Promise<Evaluation>;
/** Any value is accepted at run time (JSON from a file, say): what is not a dataset is rejected record by record. */
// Two signatures on purpose: `DatasetInput | unknown` is just `unknown`, which gives no completion.
// eslint-disable-next-line @typescript-eslint/unified-signatures
export function evaluate(dataset: unknown, options: EvaluateOptions): Promise<Evaluation>;
export async function evaluate(dataset: unknown, options: EvaluateOptions): Promise<Evaluation> {
  const { asOf, from, policy } = checkOptions(options);
  const parsed = parseDataset(dataset);
  const index = indexDataset(parsed.dataset);
  const ctx = createContext({
    asOf, from, policy, index,
    calendar: createWorkingCalendar(closureDaysOf(policy)),
    people: createPeople(index, asOf),
  });
  const obligations: Obligation[] = [];
  const breaches: Breach[] = [];
  const referrals: Escalation[] = [];
  for (const rule of policy.rules) {
    const out = await runRule(rule, ctx);
    for (const o of out.outcomes) {
      if (!o.reported) continue;
      obligations.push(o.obligation);
      if (o.breach) breaches.push(o.breach);
    }
    breaches.push(...out.checkBreaches.filter((b) => (parseDay(b.since) as Day) >= from));
    referrals.push(...resolveReferrals(rule, out.referrals, ctx));
  }
  return {
    asOf: formatDay(asOf),
    window: { from: formatDay(from), to: formatDay(asOf) },
    policy: { id: policy.id, version: policy.version },
    obligations: obligations.sort(byDue),
    breaches: breaches.sort(bySince),
    escalations: [...referrals, ...escalateBreaches(breaches, ctx)].sort(byRaised),
    rejected: parsed.rejected,
    counts: parsed.counts,
  };
}
