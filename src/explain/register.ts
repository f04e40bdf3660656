import { describeRule } from "../engine/kinds";
import { parametersReadBy } from "../engine/compile/rule-vocabulary";
import type { Basis } from "../model/evaluation";
import type { Ladder, RuleDefinition, RuleElement } from "../model/policy";
import { elementsOf, isEnabled, ladderOf } from "../policy/basis";
import { parameterInfo, yearStartInfo, type ParameterInfo, type ParameterUnit } from "../policy/parameter-info";
import { qafPolicy } from "../policy/qaf-policy";
import type { Policy } from "../policy/policy";
import { readParameter } from "../policy/read-parameter";

/** One element of a rule in the register: its footing, and the parameters that change it with their values. */
export interface RegisterElement {
  element: RuleElement;
  basis: Basis;
  /** What the library reads or assumes (for a reading or an assumption). */
  note?: string;
  /** The parameters that change it, each with its value in the policy. */
  parameters: { name: string; value: unknown }[];
}

/** One rule in the register. */
export interface RegisterRule {
  id: string;
  kind: RuleDefinition["kind"];
  section: string;
  /** The QAF's own words. */
  quote: string;
  /** Whether it runs (a suggested rule ships off). */
  enabled: boolean;
  /** How far its active breaches climb. */
  ladder: Ladder;
  /** The rule read back as plain English. */
  reads: string;
  /** Every element with its footing, in order: subjects, due, fulfilment, owner, escalation, severity. */
  elements: RegisterElement[];
  /** Every parameter the rule reads. */
  parameters: string[];
}

/** One parameter in the register. */
export interface RegisterParameter extends ParameterInfo {
  /** Its dotted name (`calendar.yearStartMonth` is the policy calendar's). */
  name: string;
  /** Its value in the policy (for a dated parameter, the latest). */
  value: unknown;
  /** The ids of the rules that read it. */
  usedBy: string[];
}

/** The register of a policy: what a council checks against the QAF, rule by rule and parameter by parameter. */
export interface PolicyRegister {
  rules: RegisterRule[];
  parameters: RegisterParameter[];
}

const valueOf = (policy: Policy, name: string): unknown => readParameter(policy.parameters, { param: name });

/**
 * The register of a policy, as data: every rule with the QAF's words and the footing of each
 * of its elements (the QAF's, a reading, or an assumption, with the parameter that changes
 * it), and every parameter with its description, unit, basis, quote and value. A council app
 * renders its own register page from it; `docs/rules.md` is written from it.
 *
 * @param policy - the policy (default: the QAF's)
 * @returns the register
 * @example
 * const { rules } = policyRegister();
 * const assumed = rules.flatMap((r) => r.elements.filter((e) => e.basis === "assumption").map((e) => `${r.id} ${e.element}`));
 */
export function policyRegister(policy: Policy = qafPolicy): PolicyRegister {
  return { rules: policy.rules.map((rule) => registerRule(rule, policy)), parameters: registerParameters(policy) };
}

/**
 * One rule's entry in the register.
 *
 * @param rule - the rule
 * @param policy - the policy whose parameter values it shows
 * @returns the entry
 */
export function registerRule(rule: RuleDefinition, policy: Policy): RegisterRule {
  return {
    id: rule.id, kind: rule.kind, section: rule.section, quote: rule.quote,
    enabled: isEnabled(rule), ladder: ladderOf(rule), reads: describeRule(rule),
    elements: elementsOf(rule).map(([element, e]) => ({
      element, basis: e.basis, ...(e.note === undefined ? {} : { note: e.note }),
      parameters: (e.parameters ?? []).map((name) => ({ name, value: valueOf(policy, name) })),
    })),
    parameters: parametersReadBy(rule),
  };
}

function registerParameters(policy: Policy): RegisterParameter[] {
  const usedBy = new Map<string, string[]>();
  for (const rule of policy.rules) {
    for (const name of parametersReadBy(rule)) {
      const ids = usedBy.get(name);
      if (ids) ids.push(rule.id);
      else usedBy.set(name, [rule.id]);
    }
  }
  const parameters: RegisterParameter[] = [];
  for (const [group, names] of Object.entries(parameterInfo)) {
    for (const [key, info] of Object.entries(names as Readonly<Record<string, ParameterInfo>>)) {
      const name = `${group}.${key}`;
      parameters.push({ name, value: valueOf(policy, name) ?? null, ...info, usedBy: usedBy.get(name) ?? [] });
    }
  }
  parameters.push({ name: "calendar.yearStartMonth", value: policy.calendar.yearStartMonth, ...yearStartInfo, usedBy: [] });
  return parameters;
}

export type { ParameterInfo, ParameterUnit };
