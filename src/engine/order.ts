import type { Breach, Escalation, Obligation } from "../model/evaluation";

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const LAST = "\uffff";

/** Obligations by due date (undated last), then rule id, subject id and id. */
export function byDue(a: Obligation, b: Obligation): number {
  return compare(a.dueBy ?? LAST, b.dueBy ?? LAST) || compare(a.ruleId, b.ruleId)
    || compare(a.subject.id, b.subject.id) || compare(a.id, b.id);
}

/** Breaches by the day they began, then rule id, subject id and id. */
export function bySince(a: Breach, b: Breach): number {
  return compare(a.since, b.since) || compare(a.ruleId, b.ruleId)
    || compare(a.subject.id, b.subject.id) || compare(a.id, b.id);
}

/** Escalations by the day they were raised, then rule id, subject id and id. */
export function byRaised(a: Escalation, b: Escalation): number {
  return compare(a.raisedOn, b.raisedOn) || compare(a.ruleId, b.ruleId)
    || compare(a.subject.id, b.subject.id) || compare(a.id, b.id);
}
