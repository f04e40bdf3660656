import { evaluate, qafPolicy, type Escalation, type Evaluation, type Obligation, type Policy } from "../../../src";

/** The ids of the families rules, as rules.md names them. */
export const FAMILY_RULE_IDS = [
  "survey.offer",
  "survey.completion-target",
  "case.duration-review",
  "case.neglect-review",
  "young-carers.assessment",
  "young-carers.involvement",
  "young-carers.charter-review",
] as const;

const familyIds = new Set<string>(FAMILY_RULE_IDS);

/**
 * A policy holding only the families rules of the given policy (parameters kept), or only
 * the named ones, so that a test sees nothing but what those rules say.
 */
export function familiesOnly(policy: Policy = qafPolicy, ruleIds: readonly string[] = FAMILY_RULE_IDS): Policy {
  const keep = new Set(ruleIds.filter((id) => familyIds.has(id)));
  return { ...policy, rules: policy.rules.filter((r) => keep.has(r.id)) };
}

/** Options of {@link run}. */
export interface RunOptions {
  /** The policy whose families rules to apply (default: the QAF policy). */
  policy?: Policy;
  /** Only these families rules (default: all seven). */
  rules?: readonly string[];
  /** The window's first day (default: the FY start). */
  from?: string;
}

/** A small organisation: two areas, three teams, a manager for each, two key workers. */
export const organisation = {
  areas: [{ id: "north" }, { id: "south" }],
  teams: [
    { id: "t-ifst-n", areaId: "north", type: "IFST" },
    { id: "t-fct-n", areaId: "north", type: "FCT" },
    { id: "t-ifst-s", areaId: "south", type: "IFST" },
  ],
  staff: [
    { id: "sm", role: "strategic-manager", contract: "full-time", startedOn: "2015-01-01" },
    { id: "om-n", role: "operations-manager", areaId: "north", lineManagerId: "sm", contract: "full-time", startedOn: "2015-01-01" },
    { id: "om-s", role: "operations-manager", areaId: "south", lineManagerId: "sm", contract: "full-time", startedOn: "2015-01-01" },
    { id: "tm-n", role: "team-manager", teamId: "t-ifst-n", lineManagerId: "om-n", contract: "full-time", startedOn: "2015-01-01" },
    { id: "kw-n", role: "practitioner", teamId: "t-ifst-n", lineManagerId: "tm-n", contract: "full-time", startedOn: "2015-01-01" },
    { id: "kw-s", role: "practitioner", teamId: "t-ifst-s", lineManagerId: "om-s", contract: "full-time", startedOn: "2015-01-01" },
  ],
};

/** A dataset: the organisation plus the given collections. */
export function dataset(extra: Record<string, unknown[]>): Record<string, unknown[]> {
  return { ...organisation, ...extra };
}

/** Evaluates with the families rules only (of the QAF policy unless another is given). */
export function run(data: unknown, asOf: string, options: RunOptions = {}): Promise<Evaluation> {
  const policy = familiesOnly(options.policy ?? qafPolicy, options.rules ?? FAMILY_RULE_IDS);
  return evaluate(data, { asOf, policy, ...(options.from ? { from: options.from } : {}) });
}

/** The one obligation with this id; fails the test when there is none. */
export function obligation(result: Evaluation, id: string): Obligation {
  const found = result.obligations.find((o) => o.id === id);
  if (!found) throw new Error(`no obligation ${id}; have: ${result.obligations.map((o) => o.id).join(" | ")}`);
  return found;
}

/** Obligations of one rule, in id order. */
export function obligationsOf(result: Evaluation, ruleId: string): Obligation[] {
  return result.obligations.filter((o) => o.ruleId === ruleId).sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Referrals of one rule. */
export function referralsOf(result: Evaluation, ruleId: string): Escalation[] {
  return result.escalations.filter((e) => e.kind === "referral" && e.ruleId === ruleId);
}

/** A case record with the usual defaults. */
export function aCase(fields: Record<string, unknown> & { id: string }): Record<string, unknown> {
  return { teamId: "t-ifst-n", keyWorkerId: "kw-n", openedOn: "2024-01-15", children: [], ...fields };
}
