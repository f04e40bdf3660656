/**
 * one-point-qaf: County Durham's One Point and Think Family Service Quality Assurance
 * Framework as typed models and declarative rules.
 *
 * @packageDocumentation
 * @module one-point-qaf
 */
export { evaluate } from "./engine/run/evaluate";
export type { EvaluateOptions, EvaluateProgress, EvaluateStage } from "./engine/run/evaluate-options";
export { parseDatasetAsync } from "./engine/run/parse-dataset-async";
export type { ParseDatasetAsyncOptions } from "./engine/run/parse-dataset-async";
export { qafPolicy } from "./policy/qaf-policy";
export { withParameters } from "./policy/with-parameters";
export type { ParameterPatch } from "./policy/with-parameters";
export { withRules } from "./policy/with-rules";
export type { RuleSwitch, RuleSwitches } from "./policy/with-rules";
export { applyPolicyPatch } from "./policy/policy-patch";
export type { PolicyPatch } from "./policy/policy-patch";
export { atLeast, BASES, footingsOf, ladderOf, isEnabled } from "./policy/basis";
export type { Footing, RuleFootings } from "./policy/basis";
export { parameterInfo, parameterInfoOf, yearStartInfo } from "./policy/parameter-info";
export { policyDigest } from "./policy/digest";
export { defaultParameters, parametersSchema, parameterValuesSchema } from "./policy/parameters";
export type { Parameters, ParameterValues } from "./policy/parameters";
export { parsePolicy } from "./engine/compile/parse-policy";
export { checkPolicy, compilePolicy, policyIssues } from "./engine/compile/compile-policy";
export type { CompiledPolicy, PolicyCheckOptions } from "./engine/compile/compile-policy";
export { policyJsonSchema } from "./policy/json-schema";
export { readParameter } from "./policy/read-parameter";
export { parameterOn, parametersOn } from "./policy/parameter-on";
export type { ParameterPath, ParameterAt } from "./policy/parameter-on";
export { isDated } from "./policy/dated";
export type { Dated, DatedValue } from "./policy/dated";
export { inEffect } from "./policy/effective";
export * from "./compare";
export * from "./scorecard";
export { createPlacer } from "./org/placement";
export type { OrgPlace, Placer, PlacementDataset } from "./org/placement";
export * from "./explain";
export { dueSoon, indexEvaluation, staffUnder } from "./query";
export type { DueSoonInput, DueSoonOptions, EvaluationIndex, IndexableEvaluation, IndexDataset, LineManaged, PersonView, PersonViewOptions, Scope } from "./query";
export { describeRule } from "./engine/kinds";
export { policySchema, policyCalendarSchema } from "./policy/policy";
export type { Policy } from "./policy/policy";
export { qafRules } from "./rules";
export { isQafRuleId } from "./rules/rule-ids";
export type { RuleId } from "./rules/rule-ids";
export * from "./model";
export * from "./model/evaluation";
export * from "./model/policy";
export { QafError, InvalidDatasetError, InvalidOptionsError, InvalidPolicyError, formatPath, isQafError } from "./errors";
export type { Issue } from "./errors";
export * as calendar from "./calendar";
