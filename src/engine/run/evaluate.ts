import { formatDay } from "../../calendar/day";
import type { DatasetArgument } from "../../model/define-dataset";
import type { Evaluation, Obligation } from "../../model/evaluation";
import { parseDatasetSteps } from "../../model/parse-dataset";
import { isEnabled } from "../../policy/basis";
import { policyDigest } from "../../policy/digest";
import type { CompiledPolicy } from "../compile/compile-policy";
import { checkOptions } from "./check-options";
import { createContext, type EngineContext } from "../context/engine-context";
import { datedBreach, escalateBreaches, resolveReferrals, type DatedBreach } from "./escalate";
import { createSlicer, finishInSlices, finishWithTurns, type Slicer } from "../slicing/host-turns";
import { indexDatasetSteps } from "../dataset-index/index-dataset";
import { byDue, byRaised, bySince, sortResultsInSlices } from "./order";
import { ConditionJudge, type Verdict } from "../vocabulary/conditions";
import { conditionDayOf, type SubjectSource } from "../subjects/define-source";
import type { SubjectInstance, SubjectProbe } from "../subjects/subject";
import type { Listing } from "../subjects/listing";
import type { RunnableRule } from "../kinds";
import { emptyOutput } from "../outcomes/rule-output";
import type { EvaluateOptions, EvaluateProgress } from "./evaluate-options";
import { atIndex } from "../../util/at-index";

/**
 * Evaluates a dataset against the QAF: validates the records, runs every rule of the policy,
 * and returns the obligations, breaches and escalations in the window `[from, asOf]`.
 *
 * Bad records never throw: they are listed in `rejected`. Bad options do: an
 * {@link InvalidOptionsError} or {@link InvalidPolicyError} says what to fix.
 *
 * It never freezes its host: the work runs in slices, and between two slices (at most about
 * 50 ms of work apart) the event loop gets a turn, so timers,
 * I/O and a user interface go on. Pass `signal` to stop it, `onProgress` to show how far it is.
 *
 * @param dataset - the council's export, one JSON-compatible object: typed `unknown` (read
 *   from a file), checked record by record when it runs; or typed (an object literal,
 *   {@link defineDataset}), when it must be a {@link DatasetInput}: see {@link DatasetArgument}
 * @param options - `asOf`, and optionally `from`, `policy`, `signal` and `onProgress`
 * @returns the evaluation
 * @example
 * const result = await evaluate(dataset, { asOf: "2025-03-31" });
 * for (const b of result.breaches) console.log(b.message);
 */
export async function evaluate<const T>(dataset: T & DatasetArgument<T>, options: EvaluateOptions): Promise<Evaluation> {
  // Options are checked below (a null is an InvalidOptionsError there, not a TypeError here).
  const slicer = createSlicer((options as EvaluateOptions | null | undefined)?.signal);
  // The policy compiles a phase at a time: its schema's first run in a process takes tens of milliseconds.
  const { asOf, from, compiled } = await finishWithTurns(checkOptions(options), slicer);
  const { policy } = compiled;
  const progress = options.onProgress ?? (() => undefined);
  await slicer.turn();
  progress({ stage: "parse", done: 0, total: 1 });
  const parsed = await finishInSlices(parseDatasetSteps(dataset), slicer);
  await slicer.turn();
  progress({ stage: "index", done: 0, total: 1 });
  const index = await finishInSlices(indexDatasetSteps(parsed.dataset), slicer);
  const ctx = createContext({ asOf, from, policy, index, parameters: compiled.parameters });
  await slicer.turn();
  const { obligations, breaches, referrals } = await runRules(compiled, ctx, slicer, progress);
  progress({ stage: "escalate", done: 0, total: 1 });
  const escalations = [...referrals];
  for (const escalation of escalateBreaches(breaches, ctx)) {
    escalations.push(escalation);
    if (slicer.due()) await slicer.turn();
  }
  await slicer.turn();
  progress({ stage: "sort", done: 0, total: 1 });
  return {
    asOf: formatDay(asOf),
    window: { from: formatDay(from), to: formatDay(asOf) },
    policy: { id: policy.id, version: policy.version, digest: policyDigest(policy) },
    obligations: await sortResultsInSlices(obligations, byDue, slicer),
    breaches: await sortResultsInSlices(breaches.map((b) => b.breach), bySince, slicer),
    escalations: await sortResultsInSlices(escalations, byRaised, slicer),
    rejected: parsed.rejected,
    counts: parsed.counts,
    coercions: parsed.coercions,
  };
}

/**
 * The subjects of a rule that its condition keeps, giving the host turns while it lists them:
 * the condition reads each record first (each distinct combination of the facts it reads
 * decided once), and only the subjects it keeps are built.
 */
async function listSubjects(rule: RunnableRule, listing: Listing, ctx: EngineContext, slicer: Slicer): Promise<SubjectInstance[]> {
  let keep: ((place: number) => boolean) | undefined;
  if (rule.condition.condition !== undefined) {
    const judge = new ConditionJudge(rule.condition, ctx.parameters);
    const verdicts: Verdict[] = [];
    const dayOf = (s: SubjectProbe) => conditionDayOf(rule.source, s, ctx.asOf);
    await finishInSlices(listing.probe((s) => verdicts.push(judge.verdictOf(s, dayOf))), slicer);
    await judge.decide(() => (slicer.due() ? slicer.turn() : undefined));
    keep = (place) => atIndex(verdicts, place).applies;
  }
  const list: SubjectInstance[] = [];
  await finishInSlices(listing.select(keep, list), slicer);
  return list;
}

/** Runs every rule of a compiled policy, a slice at a time. */
async function runRules(
  compiled: CompiledPolicy, ctx: EngineContext,
  slicer: Slicer, progress: (p: EvaluateProgress) => void,
) {
  const obligations: Obligation[] = [];
  const breaches: DatedBreach[] = [];
  const referrals = [];
  // A rule switched off (a suggested rule, by default) is checked with the policy but never run.
  const rules = compiled.rules.filter((rule) => isEnabled(rule.definition));
  const total = rules.length;
  // Each source's listing is made for the first rule that needs it, and let go after the last.
  // (A rule whose kind lists its own subjects, a target's scopes per period, needs none.)
  const listed = rules.filter((rule) => !rule.listsOwnSubjects);
  const lastUse = new Map(listed.map((rule) => [rule.source, rule]));
  const listings = new Map<SubjectSource, Listing>();
  progress({ stage: "rules", done: 0, total });
  for (const [i, rule] of rules.entries()) {
    let subjects: SubjectInstance[] = [];
    if (!rule.listsOwnSubjects) {
      const listing = listings.get(rule.source) ?? rule.source.listing(ctx, lastUse.get(rule.source) !== rule);
      if (lastUse.get(rule.source) === rule) listings.delete(rule.source);
      else listings.set(rule.source, listing);
      subjects = await listSubjects(rule, listing, ctx, slicer);
    }
    const out = emptyOutput();
    await finishInSlices(rule.run(subjects, ctx, out)[Symbol.iterator](), slicer);
    // Indexed: an async function's for-of makes an iterator result per outcome.
    for (let k = 0; k < out.outcomes.length; k++) {
      if (slicer.due()) await slicer.turn();
      const o = atIndex(out.outcomes, k);
      if (!o.reported) continue;
      obligations.push(o.obligation);
      if (o.breach && o.since !== undefined) breaches.push(datedBreach(rule.definition, o.breach, o.since, false));
    }
    for (const c of out.checkBreaches) if (c.on >= ctx.from) breaches.push(datedBreach(rule.definition, c.breach, c.on, true));
    for (const referral of resolveReferrals(rule, out.referrals, ctx)) {
      referrals.push(referral);
      if (slicer.due()) await slicer.turn();
    }
    progress({ stage: "rules", rule: rule.definition.id, done: i + 1, total });
    if (slicer.due()) await slicer.turn();
  }
  return { obligations, breaches, referrals };
}
