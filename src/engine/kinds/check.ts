import { formatDay, type Day } from "../../calendar/day";
import type { Assertion, RuleDefinition } from "../../model/policy";
import { footingsOf } from "../../policy/basis";
import { inEffect } from "../../policy/effective";
import { failureOf, UNDECIDED, type Failure } from "../vocabulary/assertions";
import type { EngineContext } from "../context/engine-context";
import { ruleWhen, ruleWho } from "../vocabulary/describe";
import type { EvidenceItem } from "../vocabulary/evidence";
import { fillMessage } from "../outcomes/message";
import { sourceOf, subjectResultId } from "../outcomes/outcome";
import { placeOf } from "../subjects/place";
import type { PartyResolver } from "../vocabulary/owners";
import type { CheckBreach } from "../outcomes/rule-output";
import { ListedSubject, NO_DATES, type SubjectInstance } from "../subjects/subject";
import { subjectTypeOfCollection } from "../subjects/sources";
import type { CompiledRule, KindModule } from "./kind";

/**
 * Check: each record dated inside the window (and inside the rule's effective dates) either
 * meets every assertion or is one breach, dated on the record's own date, listing each failure.
 */
export const checkKind: KindModule<"check"> = {
  listsOwnSubjects: false,
  wholeNumbers: () => [],
  assertions: (rule) => rule.assertions.map((a, j) => [["assertions", j], a]),

  resolve: () => ({}),

  namesUsed: (rule) => ({
    dates: [[["date"], rule.date]],
    fields: rule.assertions.map((a, i) => [["assertions", i, "field"], a.field]),
    parameters: [],
  }),

  *run(compiled, subjects, ctx, out) {
    const rule = compiled.definition;
    for (const subject of subjects) {
      const on = subject.date(rule.date);
      if (on === undefined || on < ctx.from || !inEffect(rule, on)) continue;
      const breach = checkBreach(compiled, rule.assertions, rule.message, subject, on, ctx);
      if (breach) out.checkBreaches.push(breach);
      yield;
    }
  },

  decidingDay: (rule, found, ctx) => found.checkedOn ?? found.subject?.date(rule.date) ?? ctx.from,

  describe: (rule) =>
    `Check on each of \`${rule.subject}\`${ruleWhen(rule)}, dated \`${rule.date}\`: ${rule.assertions.map((a) => a.label).join("; ")} is a breach. ${ruleWho(rule)}`,

  explainDue: () => undefined,
};

/**
 * Checks the evidence records of a cadence rule (a report's recipients and topics).
 *
 * @returns one breach per record that fails
 */
export function checkRecords(
  compiled: CompiledRule<"cadence">,
  check: { assertions: Assertion[]; message: string },
  items: readonly EvidenceItem[],
  ctx: EngineContext,
): CheckBreach[] {
  const type = subjectTypeOfCollection(compiled.definition.evidence.collection);
  return items.flatMap((item) => {
    const subject = new ListedSubject({ type, id: item.id }, item.record, undefined, undefined, NO_DATES, -1);
    const breach = checkBreach(compiled, check.assertions, check.message, subject, item.day, ctx);
    return breach ? [breach] : [];
  });
}

function checkBreach(
  compiled: { definition: RuleDefinition; owner: PartyResolver }, assertions: readonly Assertion[], message: string,
  subject: SubjectInstance, on: Day, ctx: EngineContext,
): CheckBreach | undefined {
  const rule: RuleDefinition = compiled.definition;
  const failures = failuresOf(assertions, subject, ctx, on);
  if (failures === undefined) return undefined;
  const missing = failures.flatMap((f) => f.missing ?? []);
  const positions = failures.flatMap((f) => f.positions ?? []);
  const owner = compiled.owner(subject, ctx);
  const { teamId, areaId } = placeOf(subject, owner, ctx.index);
  const footing = footingsOf(rule).result;
  const breach = {
    id: subjectResultId(rule, subject.subject),
    ruleId: rule.id,
    subject: subject.subject,
    owner,
    ...(teamId === undefined ? {} : { team: teamId }),
    ...(areaId === undefined ? {} : { area: areaId }),
    severity: rule.severity,
    since: formatDay(on),
    status: "active" as const,
    message: fillMessage(message, {
      subject: subject.subject.id,
      failures: failures.map((f) => f.label),
      missing,
      positions: positions.map((p) => p + 1),
    }),
    details: {
      failures: failures.map((f) => ({ field: f.field, label: f.label, ...(f.missing ? { missing: f.missing } : {}), ...(f.positions ? { positions: f.positions } : {}) })),
    },
    source: sourceOf(rule),
    basis: footing.basis,
    assumptions: footing.assumptions,
  };
  return { breach, on };
}

/**
 * The assertions a record fails; undefined when it fails none (most records: no list is made
 * for them). An assertion turning on a rejected staff member's record is neither met nor failed.
 */
function failuresOf(assertions: readonly Assertion[], subject: SubjectInstance, ctx: EngineContext, on: Day): Failure[] | undefined {
  let failures: Failure[] | undefined;
  for (const a of assertions) {
    const f = failureOf(a, subject, ctx, on);
    if (f !== null && f !== UNDECIDED) (failures ??= []).push(f);
  }
  return failures;
}
