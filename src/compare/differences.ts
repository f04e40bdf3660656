import type { Party, Subject } from "../model/evaluation";

/** One field of a result that differs between the two evaluations. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** One result (obligation, breach or escalation) added, removed or changed by the proposal. */
export interface Difference<T> {
  id: string;
  ruleId: string;
  subject: Subject;
  change: "added" | "removed" | "changed";
  /** The result under the baseline (absent when added). */
  before?: T;
  /** The result under the proposal (absent when removed). */
  after?: T;
  /** For a change: the fields that differ. */
  fields: FieldChange[];
  /**
   * Why: the differing parameters the rule reads (`survey.targetRate`), `rule:<id>` when
   * the rule's own definition differs, `calendar` when the calendar does.
   */
  because: string[];
}

/** Added, removed and changed results of one kind. */
export interface Differences<T> {
  added: Difference<T>[];
  removed: Difference<T>[];
  changed: Difference<T>[];
}

interface Item {
  id: string;
  ruleId: string;
  subject: Subject;
  owner?: Party;
}

/**
 * Matches two lists of results by id and reports what the second adds, removes and changes,
 * comparing only the named fields.
 *
 * @param before - the baseline's results
 * @param after - the proposal's results
 * @param fields - the fields whose change matters
 * @param because - explains one result's difference by rule id
 * @returns the differences, each list in id order
 */
export function differences<T extends Item>(
  before: readonly T[],
  after: readonly T[],
  fields: readonly (keyof T & string)[],
  because: (ruleId: string) => string[],
): Differences<T> {
  const old = new Map(before.map((x) => [x.id, x]));
  const now = new Map(after.map((x) => [x.id, x]));
  const base = (x: T) => ({ id: x.id, ruleId: x.ruleId, subject: x.subject, because: because(x.ruleId) });
  const out: Differences<T> = { added: [], removed: [], changed: [] };
  for (const x of after) if (!old.has(x.id)) out.added.push({ ...base(x), change: "added", after: x, fields: [] });
  for (const x of before) if (!now.has(x.id)) out.removed.push({ ...base(x), change: "removed", before: x, fields: [] });
  for (const x of after) {
    const y = old.get(x.id);
    if (!y) continue;
    const changed = fields
      .filter((f) => JSON.stringify(y[f]) !== JSON.stringify(x[f]))
      .map((f) => ({ field: f, before: y[f], after: x[f] }));
    if (changed.length > 0) out.changed.push({ ...base(x), change: "changed", before: y, after: x, fields: changed });
  }
  for (const list of [out.added, out.removed, out.changed]) list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return out;
}
