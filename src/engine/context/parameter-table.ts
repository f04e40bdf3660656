import type { Day } from "../../calendar/day";
import type { ParamRef } from "../../model/policy";
import { changeDays } from "../../policy/dated";
import type { ParameterValues, Parameters } from "../../policy/parameters";
import { parametersOn } from "../../policy/parameter-on";
import { atIndex } from "../../util/at-index";
import { descendParameters } from "../../policy/parameter-path";
import { ownValue } from "../../util/plain-object";

/**
 * A policy's parameters resolved once per era: the days between two changes of any dated
 * value share one plain snapshot, so a read is a look-up, never a walk through dated values.
 */
export interface ParameterTable {
  /** Every parameter as in force on a day (`Infinity`: the latest values). */
  on(day: Day): ParameterValues;
  /** Which era a day is in: the same number for any two days reading the same values. */
  eraOf(day: Day): number;
  /** Every parameter as in force in an era (see {@link ParameterTable.eraOf}). */
  onEra(era: number): ParameterValues;
  /**
   * Reads a parameter by reference, as in force on a day.
   *
   * @param ref - the parameter's dotted name, and `by` for a keyed one
   * @param key - the subject's key for a keyed parameter
   * @param day - the deciding day
   * @returns the plain value, or undefined when the name or key is unknown
   */
  read(ref: ParamRef, key: string | undefined, day: Day): unknown;
}

/**
 * Builds the table of a policy's parameters. Reads give what `readParameter` gives on the
 * same day; each era's snapshot is built on first use.
 *
 * @param parameters - the policy's parameters, plain or dated
 * @returns the table
 */
export function parameterTable(parameters: Parameters | ParameterValues): ParameterTable {
  const changes = changeDays(parameters);
  const snapshots: ParameterValues[] = [];
  const paths = new Map<string, string[]>();
  const eraOf = (day: Day): number => {
    let era = 0;
    while (era < changes.length && atIndex(changes, era) <= day) era++;
    return era;
  };
  const snapshot = (era: number): ParameterValues =>
    (snapshots[era] ??= parametersOn(parameters, era === 0 ? Number.NEGATIVE_INFINITY : atIndex(changes, era - 1)));
  return {
    eraOf,
    onEra: snapshot,
    on: (day) => snapshot(eraOf(day)),
    read(ref, key, day) {
      let path = paths.get(ref.param);
      if (!path) paths.set(ref.param, (path = ref.param.split(".")));
      if (ref.by === undefined) return descendParameters(snapshot(eraOf(day)), path);
      return key === undefined ? undefined : ownValue(descendParameters(snapshot(eraOf(day)), path), key);
    },
  };
}
