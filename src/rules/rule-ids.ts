import type { auditRules } from "./audits";
import type { familyRules } from "./families";
import type { governanceRules } from "./governance";
import { qafRules } from "./index";
import type { practiceRules } from "./practice";
import type { supervisionRules } from "./supervision";

/**
 * The id of a rule of the default policy (`qafPolicy`), such as `"audit.feedback"`: the union
 * of the 44 ids of docs/rules.md, taken from the rule definitions themselves. A result's
 * `ruleId` stays a `string` (a council's own policy may add rules); narrow it with
 * {@link isQafRuleId}.
 */
export type RuleId =
  | (typeof auditRules)[number]["id"]
  | (typeof supervisionRules)[number]["id"]
  | (typeof practiceRules)[number]["id"]
  | (typeof familyRules)[number]["id"]
  | (typeof governanceRules)[number]["id"];

const qafRuleIds: ReadonlySet<string> = new Set(qafRules.map((rule) => rule.id));

/**
 * Whether `id` is the id of a rule of the default policy.
 *
 * @param id - a rule id, such as a result's `ruleId`.
 * @returns true when `id` is one of the default policy's rule ids; it is then typed {@link RuleId}.
 * @example
 * for (const breach of result.breaches) {
 *   if (isQafRuleId(breach.ruleId)) counts[breach.ruleId] += 1; // counts: Record<RuleId, number>
 * }
 */
export function isQafRuleId(id: string): id is RuleId {
  return qafRuleIds.has(id);
}
