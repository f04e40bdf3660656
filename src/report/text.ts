import type { Evaluation } from "../model/evaluation";
import { summarise } from "./summary";

/**
 * A short plain-text summary for a terminal: headline numbers and the rules with the most
 * active breaches.
 *
 * @param evaluation - the result of `evaluate`
 * @param topRules - how many rules to list; default 10
 * @returns the text, ending with a line feed
 * @example
 * process.stdout.write(textSummary(result));
 */
export function textSummary(evaluation: Evaluation, topRules = 10): string {
  const s = summarise(evaluation);
  const st = s.obligations.byStatus;
  const pad = (n: number): string => String(n).padStart(7);
  const lines = [
    `One Point QAF as of ${s.asOf} (window ${s.window.from} to ${s.window.to}, policy ${s.policy.id} ${s.policy.version})`,
    "",
    `Records     ${pad(s.records.received)} received, ${s.records.rejected} rejected`,
    `Obligations ${pad(s.obligations.total)}: ${st.met} met, ${st["met-late"]} met late, ${st.overdue} overdue, ${st.open} open, ${st.excused} excused`,
    `Breaches    ${pad(s.breaches.active)} active (${s.breaches.activeBySeverity.high} high, ${s.breaches.activeBySeverity.medium} medium, ${s.breaches.activeBySeverity.low} low), ${s.breaches.resolved} resolved`,
    `Escalations ${pad(s.escalations.total)}: ${s.escalations.referrals} referrals, ${s.escalations.breaches} breach escalations`,
  ];
  const top = s.byRule.filter((r) => r.active > 0).slice(0, topRules);
  if (top.length > 0) {
    lines.push("", "Most active breaches:");
    const width = Math.max(...top.map((r) => r.ruleId.length));
    for (const r of top) lines.push(`  ${r.ruleId.padEnd(width)} ${pad(r.active)}  (${r.severity})`);
  }
  return lines.join("\n") + "\n";
}
