import type { Evaluation } from "../model/evaluation";
import { escapeControl as shown } from "../text/escape-control";
import { BASES } from "../policy/basis";
import { finish } from "../model/steps";
import { runInSlices, type SlicedOptions } from "../util/sliced";
import { incompleteWarning } from "./rejection-losses";
import { summariseSteps } from "./summary";

/**
 * A short plain-text summary for a terminal: headline numbers, the results by how firmly
 * they rest on the QAF's words (basis), and the rules with the most active breaches, with a
 * warning under the records when rejection cost a collection more than 5% of its records
 * (see `rejectionLosses`). Text from the data or the policy (ids, versions) is shown with its control
 * characters escaped, so nothing in it can drive the terminal.
 *
 * @param evaluation - the result of `evaluate`
 * @param topRules - how many rules to list; default 10
 * @returns the text, ending with a line feed
 * @example
 * process.stdout.write(textSummary(result));
 */
export function textSummary(evaluation: Evaluation, topRules = 10): string {
  return finish(textSummarySteps(evaluation, topRules));
}

/**
 * {@link textSummary}, giving the host's event loop a turn every few milliseconds while it
 * counts the results: the same text.
 *
 * @param evaluation - the result of `evaluate`
 * @param topRules - how many rules to list; default 10
 * @param options - `signal`, to stop early
 * @returns the text, as {@link textSummary} gives it
 * @example
 * const text = await textSummaryAsync(result, 10, { signal });
 */
export function textSummaryAsync(evaluation: Evaluation, topRules = 10, options: SlicedOptions = {}): Promise<string> {
  return runInSlices(textSummarySteps(evaluation, topRules), options);
}

function* textSummarySteps(evaluation: Evaluation, topRules: number): Generator<void, string> {
  const s = yield* summariseSteps(evaluation);
  const st = s.obligations.byStatus;
  const pad = (n: number): string => String(n).padStart(7);
  const warning = incompleteWarning(evaluation.counts);
  const lines = [
    `One Point QAF as of ${shown(s.asOf)} (window ${shown(s.window.from)} to ${shown(s.window.to)}, policy ${shown(s.policy.id)} ${shown(s.policy.version)})`,
    "",
    `Records     ${pad(s.records.received)} received, ${s.records.rejected} rejected`,
    ...(warning === undefined ? [] : [warning]),
    `Obligations ${pad(s.obligations.total)}: ${st.met} met, ${st["met-late"]} met late, ${st.overdue} overdue, ${st.open} open, ${st.excused} excused`,
    `Breaches    ${pad(s.breaches.active)} active (${s.breaches.activeBySeverity.high} high, ${s.breaches.activeBySeverity.medium} medium, ${s.breaches.activeBySeverity.low} low), ${s.breaches.resolved} resolved, ${s.breaches.lapsed} lapsed`,
    `Escalations ${pad(s.escalations.total)}: ${s.escalations.referrals} referrals, ${s.escalations.breaches} breach escalations`,
    "",
    "By basis      obligations  active breaches  escalations",
    ...BASES.map((b) => {
      const c = s.byBasis[b];
      return `  ${b.padEnd(10)} ${String(c.obligations).padStart(12)} ${String(c.activeBreaches).padStart(16)} ${String(c.escalations).padStart(12)}`;
    }),
    "  (qaf: the QAF says it; reading: one reading of its words; assumption: it is silent)",
  ];
  const top = s.byRule.filter((r) => r.active > 0).slice(0, topRules);
  if (top.length > 0) {
    lines.push("", "Most active breaches:");
    const ids = top.map((r) => shown(r.ruleId));
    const width = Math.max(...ids.map((id) => id.length));
    top.forEach((r, i) => lines.push(`  ${(ids[i] ?? "").padEnd(width)} ${pad(r.active)}  (${shown(r.severity)})`));
  }
  return lines.join("\n") + "\n";
}
