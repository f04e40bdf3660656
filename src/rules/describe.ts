import type { Due, EvidenceSpec, NumberSpec, RuleDefinition } from "../model/policy";

const num = (n: NumberSpec): string =>
  typeof n === "number" ? String(n) : `\`${n.param}\`${n.by ? ` (by ${n.by})` : ""}`;

const due = (d: Due): string => {
  if ("on" in d) return `due on \`${d.on}\``;
  if ("workingDaysAfter" in d) return `due ${num(d.workingDays)} working days after \`${d.workingDaysAfter}\``;
  if ("monthsAfter" in d) return `due ${num(d.months)} months after \`${d.monthsAfter}\``;
  return `due ${num(d.days)} days after \`${d.daysAfter}\`${d.orElse ? `, or else ${due(d.orElse)}` : ""}`;
};

const evidence = (e: EvidenceSpec): string => {
  const where = Object.entries(e.where ?? {}).map(([k, v]) => `${k} = ${String(v)}`);
  return `\`${e.collection}\`${where.length ? ` where ${where.join(" and ")}` : ""}${e.key ? ` keyed by \`${e.key}\`` : ""}, dated \`${e.date}\`${e.match === "covers-period" ? " (its period covers the period)" : ""}`;
};

/**
 * Reads a rule definition back as plain English: what it asks, of whom, by when, and what
 * counts. The interpretation register (`docs/rules.md`) is written from it.
 *
 * @param rule - a rule definition
 * @returns one paragraph of Markdown
 * @example
 * describeRule(qafPolicy.rules[0]); // "Deadline on each audit (when ...): due `audit.qispWorkingDays` working days ..."
 */
export function describeRule(rule: RuleDefinition): string {
  const when = rule.when ? ` when \`${JSON.stringify(rule.when)}\`` : "";
  const who = `Owner: ${rule.owner}. Severity: ${rule.severity}.`;
  const referral = rule.referral
    ? ` Referral to ${typeof rule.referral.to === "string" ? rule.referral.to : rule.referral.to.body}, raised on ${rule.referral.on}${rule.referral.when === "missed" ? " when missed" : ""}.`
    : "";
  switch (rule.kind) {
    case "deadline":
      return `Deadline on each of \`${rule.subject}\`${when}: ${due(rule.due)}; fulfilled by ${rule.fulfilment}.${rule.endsOn ? ` Excused when \`${rule.endsOn}\` comes first.` : ""} ${who}${referral}`;
    case "deadline-chain": {
      const start = rule.start
        ? `from \`${rule.start.date}\`${rule.start.plusMonths === undefined ? "" : ` plus ${num(rule.start.plusMonths)} months`}`
        : "with no anchor (nothing on record on or before the window's first day: the first wait is due the day before it, so overdue from it)";
      const every = "days" in rule.interval ? `${num(rule.interval.days)} days` : `${num(rule.interval.months)} months`;
      const pause = rule.pauseDuringAbsence ? " Absence pauses the clock." : "";
      return `Chain on each of \`${rule.subject}\`${when}, ${start}: each wait is at most ${every}, ended by ${evidence(rule.events)}.${pause} ${who}${referral}`;
    }
    case "cadence": {
      const howMany = rule.perYear !== undefined ? `the pro-rata of ${num(rule.perYear)} a year` : `at least ${num(rule.required ?? 1)}`;
      const dueLine = rule.dueMonthsAfterPeriod === undefined ? "due on the period's last day" : `due by the end of the month ${num(rule.dueMonthsAfterPeriod)} after the period`;
      const content = rule.contentCheck ? ` Each record is also checked: ${rule.contentCheck.assertions.map((a) => a.label).join("; ")}.` : "";
      return `Cadence on each of \`${rule.subject}\`${when}: ${howMany} per ${rule.period} of ${evidence(rule.evidence)}, ${dueLine}.${content} ${who}${referral}`;
    }
    case "target":
      return `Target per ${rule.period} for each scope in ${Array.isArray(rule.scopes) ? rule.scopes.join(", ") : num(rule.scopes)}: measure ${rule.measure} at least ${num(rule.rate)}, counted up to ${num(rule.graceDays)} days after the period. ${who}${referral}`;
    case "check":
      return `Check on each of \`${rule.subject}\`${when}, dated \`${rule.date}\`: ${rule.assertions.map((a) => a.label).join("; ")} is a breach. ${who}`;
  }
}
