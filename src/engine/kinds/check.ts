import { formatDay, type Day } from "../../calendar/day";
import type { Breach, SubjectType } from "../../model/evaluation";
import type { Assertion, RuleDefinition, RuleOfKind } from "../../model/policy";
import { inEffect } from "../../policy/effective";
import { failureOf, type Failure } from "../assertions";
import type { EngineContext } from "../context";
import type { EvidenceItem } from "../evidence";
import { fillMessage } from "../message";
import { partyResolvers, type PartyResolverName } from "../owners";
import { emptyOutput, type RuleOutput } from "../rule-output";
import { dateReader, keyReader, type SubjectInstance } from "../subject-instance";

/**
 * Interprets a check rule: each record dated inside the window (and inside the rule's
 * effective dates) either meets every assertion or is one breach, dated on the record's own
 * date, listing each failure.
 *
 * @param rule - the rule definition
 * @param subjects - the records its condition selected
 * @param ctx - the evaluation
 * @returns the check breaches
 */
export function interpretCheck(rule: RuleOfKind<"check">, subjects: readonly SubjectInstance[], ctx: EngineContext): RuleOutput {
  const out = emptyOutput();
  for (const subject of subjects) {
    const on = subject.date(rule.date);
    if (on === undefined || on < ctx.from || !inEffect(rule, on)) continue;
    const breach = checkBreach(rule, rule.assertions, rule.message, subject, on, ctx);
    if (breach) out.checkBreaches.push(breach);
  }
  return out;
}

const subjectTypeOf: Record<string, SubjectType> = { reports: "report", audits: "audit", meetings: "service" };

/**
 * Checks the evidence records of a cadence rule (a report's recipients and topics).
 *
 * @returns one breach per record that fails
 */
export function checkRecords(
  rule: RuleOfKind<"cadence">,
  check: { assertions: Assertion[]; message: string },
  items: readonly EvidenceItem[],
  ctx: EngineContext,
): Breach[] {
  const type = subjectTypeOf[rule.evidence.collection] ?? "service";
  return items.flatMap((item) => {
    const subject: SubjectInstance = {
      subject: { type, id: item.id }, record: item.record, facts: item.record,
      date: dateReader(item.record, ctx.asOf), keyOn: keyReader(item.record),
    };
    const breach = checkBreach(rule, check.assertions, check.message, subject, item.day, ctx);
    return breach ? [breach] : [];
  });
}

function checkBreach(
  rule: RuleDefinition, assertions: readonly Assertion[], message: string,
  subject: SubjectInstance, on: Day, ctx: EngineContext,
): Breach | undefined {
  const failures = assertions.map((a) => failureOf(a, subject, ctx, on)).filter((f): f is Failure => f !== null);
  if (failures.length === 0) return undefined;
  const missing = failures.flatMap((f) => f.missing ?? []);
  const positions = failures.flatMap((f) => f.positions ?? []);
  return {
    id: `${rule.id}/${subject.subject.type}:${subject.subject.id}`,
    ruleId: rule.id,
    subject: subject.subject,
    owner: partyResolvers[rule.owner as PartyResolverName](subject, ctx),
    severity: rule.severity,
    since: formatDay(on),
    status: "active",
    message: fillMessage(message, {
      subject: subject.subject.id,
      failures: failures.map((f) => f.label),
      missing,
      positions: positions.map((p) => p + 1),
    }),
    details: {
      failures: failures.map((f) => ({ field: f.field, label: f.label, ...(f.missing ? { missing: f.missing } : {}), ...(f.positions ? { positions: f.positions } : {}) })),
    },
    source: { section: rule.section, quote: rule.quote },
  };
}
