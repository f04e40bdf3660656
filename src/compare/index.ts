/**
 * Impact comparison: what a proposed policy changes against the policy in force.
 *
 * @packageDocumentation
 */
export { comparePolicies } from "./compare-policies";
export type { CompareOptions, PolicyComparison, Tally } from "./compare-policies";
export { diffParameters, touches } from "./diff-parameters";
export type { ParameterChange } from "./diff-parameters";
export type { Difference, Differences, FieldChange } from "./differences";
export { placeFinder } from "./places";
export type { Place } from "./places";
