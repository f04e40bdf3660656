import { isDated } from "../policy/dated";
import { canonicalJson } from "./canonical-json";
import { isPlainObject } from "../util/plain-object";

/** One parameter whose value differs between two policies (`before`/`after` absent when one lacks it). */
export interface ParameterChange {
  /** Dotted name; a keyed parameter's key is its last part (`supervision.perYear.part-time`). */
  name: string;
  before?: unknown;
  after?: unknown;
}

const isBranch = isPlainObject;

/**
 * Diffs two parameter trees down to their values. A dated list is one value: changing any of
 * its dates or values changes the parameter.
 *
 * @param before - the baseline's parameters
 * @param after - the proposal's parameters
 * @returns the parameters that differ, by name, in tree order
 * @example
 * diffParameters(qafPolicy.parameters, stricter.parameters); // [{ name: "survey.targetRate", before: 0.1, after: 0.15 }]
 */
export function diffParameters(before: unknown, after: unknown, path: string[] = []): ParameterChange[] {
  if (isBranch(before) && isBranch(after) && !isDated(before) && !isDated(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((k) => diffParameters(before[k], after[k], [...path, k]));
  }
  if (canonicalJson(before) === canonicalJson(after)) return [];
  return [{ name: path.join("."), ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) }];
}

/**
 * Whether a changed parameter is one a rule reads: the same name, or one inside the other
 * (`supervision.perYear.part-time` is read by a rule reading `supervision.perYear`).
 *
 * @param changed - the changed parameter's name
 * @param read - a name the rule reads
 * @returns true when the change can affect the read
 */
export function touches(changed: string, read: string): boolean {
  return changed === read || changed.startsWith(`${read}.`) || read.startsWith(`${changed}.`);
}
