/**
 * Comparisons: what a proposed policy changes against the policy in force
 * (`comparePolicies`), and what changed between two evaluations (`compareEvaluations`).
 *
 * @packageDocumentation
 */
export { comparePolicies } from "./compare-policies";
export type { CompareOptions, PolicyComparison, ProgressEvent, Tally } from "./compare-policies";
export { diffParameters, touches } from "./diff-parameters";
export type { ParameterChange } from "./diff-parameters";
export type { Difference, Differences, FieldChange } from "./differences";
export { placeFinder } from "./places";
export type { Place } from "./places";
export { compareEvaluations, compareEvaluationsAsync } from "./compare-evaluations";
export type { Change, CompareEvaluationsAsyncOptions, CompareEvaluationsOptions, EscalationChange, EvaluationChanges } from "./compare-evaluations";
export { CHANGE_KINDS, changeGroups, ownerPlacement } from "./change-groups";
export type { ChangeGroup, ChangeKind } from "./change-groups";
