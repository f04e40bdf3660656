import type { Due, EvidenceSpec, NumberSpec, RecordFilter, RuleDefinition } from "../../model/policy";

/**
 * A number of a rule in words: as written, or the parameter it reads.
 *
 * @returns Markdown
 */
export const describeNumber = (n: NumberSpec): string =>
  typeof n === "number" ? String(n) : `\`${n.param}\`${n.by ? ` (by ${n.by})` : ""}`;

/**
 * A due definition in words.
 *
 * @returns Markdown
 */
export const describeDue = (d: Due): string => {
  switch (d.type) {
    case "on": return `due on \`${d.date}\``;
    case "working-days": return `due ${describeNumber(d.count)} working days after \`${d.after}\``;
    case "months": return `due ${describeNumber(d.count)} months after \`${d.after}\``;
    case "days": return `due ${describeNumber(d.count)} days after \`${d.after}\`${d.orElse ? `, or else ${describeDue(d.orElse)}` : ""}`;
  }
};

/**
 * An evidence definition in words.
 *
 * @returns Markdown
 */
export const describeEvidence = (e: EvidenceSpec): string => {
  const alternatives = (Array.isArray(e.where) ? e.where : e.where ? [e.where] : []).map(describeFilter).filter((w) => w !== "");
  const where = alternatives.length > 0 ? ` where ${alternatives.join(", or ")}` : "";
  const every = e.forEvery ? ` (one where ${describeFilter(e.forEvery)} counts for every subject)` : "";
  return `\`${e.collection}\`${where}${e.key ? ` keyed by \`${e.key}\`` : ""}${every}, dated \`${e.date}\`${e.match === "covers-period" ? " (its period covers the period)" : ""}`;
};

/** A record filter in words: each field's test, joined by "and". */
function describeFilter(filter: RecordFilter): string {
  return Object.entries(filter).map(([k, f]) => {
    if (Array.isArray(f)) return `${k} is one of ${f.map(String).join(", ")}`;
    if (typeof f === "object") return `${k} includes ${f.includes.join(", ")}`;
    return `${k} = ${String(f)}`;
  }).join(" and ");
}

/** A rule's condition in words, or nothing. */
export const ruleWhen = (rule: RuleDefinition): string => (rule.when ? ` when \`${JSON.stringify(rule.when)}\`` : "");

/** A rule's owner and severity in words. */
export const ruleWho = (rule: RuleDefinition): string => `Owner: ${rule.owner}. Severity: ${rule.severity}.`;

/** A rule's referral in words, or nothing. */
export const ruleReferral = (rule: RuleDefinition): string =>
  rule.referral
    ? ` Referral to ${typeof rule.referral.to === "string" ? rule.referral.to : rule.referral.to.body}, raised on ${rule.referral.on}${rule.referral.when === "missed" ? " when missed" : ""}.`
    : "";
