import { InvalidPolicyError, type Issue } from "../errors";
import type { RuleDefinition } from "../model/policy";
import { isoDateSchema } from "../model/primitives";
import { didYouMean } from "../text/did-you-mean";
import { HOSTILE_KEYS } from "./hostile-keys";
import type { Policy } from "./policy";
import { isPlainObject } from "../util/plain-object";

/** A rule's switch: on or off, and from and until when it is in force. */
export interface RuleSwitch {
  /** Whether the rule runs (a suggested rule ships off). */
  enabled?: boolean;
  /** The days it is in force, both inclusive, either end open: the same effective dates any rule has. */
  effective?: { from?: string; to?: string };
}

/** Switches by rule id: `{ "supervision.interval": { enabled: true } }`. */
export type RuleSwitches = Readonly<Record<string, RuleSwitch>>;

/**
 * A new policy with rules switched on or off, and their effective dates set, as data. The
 * input policy is not changed; a rule not named is kept as it is.
 *
 * @param policy - the policy to start from
 * @param switches - by rule id, `enabled` and optionally `effective` dates
 * @returns the new policy
 * @throws InvalidPolicyError naming every bad path: an unknown rule id (with the nearest one), a key other than `enabled` and `effective`, a value of the wrong type
 * @example
 * const withSpacing = withRules(qafPolicy, { "supervision.interval": { enabled: true } });
 * const fromApril = withRules(qafPolicy, { "audit.manager-audits": { enabled: true, effective: { from: "2026-04-01" } } });
 */
export function withRules(policy: Policy, switches: RuleSwitches): Policy {
  const issues = switchIssues(policy, switches);
  if (issues.length > 0) throw new InvalidPolicyError(issues);
  const rules = policy.rules.map((rule): RuleDefinition => {
    const change = Object.hasOwn(switches, rule.id) ? switches[rule.id] : undefined;
    if (change === undefined) return rule;
    const next: RuleDefinition = { ...rule };
    if (change.enabled !== undefined) next.enabled = change.enabled;
    if (change.effective !== undefined) next.effective = { ...change.effective };
    return next;
  });
  return { ...policy, rules };
}

/** Every problem of a set of switches against a policy's rules, with its path. */
function switchIssues(policy: Policy, switches: unknown): Issue[] {
  const at = (...path: (string | number)[]) => ["rules", ...path];
  if (!isPlainObject(switches)) {
    return [{ path: at(), message: "rule switches are an object of rule ids, such as { \"supervision.interval\": { \"enabled\": true } }" }];
  }
  const ids = policy.rules.map((r) => r.id);
  const issues: Issue[] = [];
  for (const [id, change] of Object.entries(switches)) {
    if (HOSTILE_KEYS.has(id)) {
      issues.push({ path: at(id), message: "this key is not allowed" });
      continue;
    }
    if (!ids.includes(id)) {
      const near = didYouMean(id, ids);
      issues.push({ path: at(id), message: `no rule has this id${near === undefined ? "" : `; did you mean ${near}?`}` });
      continue;
    }
    if (!isPlainObject(change)) {
      issues.push({ path: at(id), message: "a rule switch is an object: { \"enabled\": true } or { \"enabled\": false }, optionally with \"effective\": { \"from\", \"to\" }" });
      continue;
    }
    for (const [key, value] of Object.entries(change)) {
      if (key === "enabled") {
        if (typeof value !== "boolean") issues.push({ path: at(id, key), message: "must be true or false" });
      } else if (key === "effective") {
        issues.push(...effectiveIssues(value, at(id, key)));
      } else {
        issues.push({ path: at(id, key), message: "a rule switch takes only \"enabled\" and \"effective\"" });
      }
    }
  }
  return issues;
}

function effectiveIssues(value: unknown, path: (string | number)[]): Issue[] {
  if (!isPlainObject(value)) return [{ path, message: "must be an object with \"from\" and/or \"to\" dates" }];
  const issues: Issue[] = [];
  const { from, to, ...rest } = value;
  for (const key of Object.keys(rest)) issues.push({ path: [...path, key], message: "effective dates take only \"from\" and \"to\"" });
  for (const [key, day] of [["from", from], ["to", to]] as const) {
    if (day !== undefined && !isoDateSchema.safeParse(day).success) issues.push({ path: [...path, key], message: "must be a real date written YYYY-MM-DD" });
  }
  if (typeof from === "string" && typeof to === "string" && issues.length === 0 && from > to) {
    issues.push({ path: [...path, "to"], message: "the rule's last day comes before its first" });
  }
  return issues;
}
