/**
 * one-point-qaf: County Durham's One Point and Think Family Service Quality Assurance
 * Framework as typed models and declarative rules.
 *
 * @packageDocumentation
 */
export { evaluate, checkPolicy } from "./engine/evaluate";
export type { EvaluateOptions } from "./engine/evaluate";
export { qafPolicy } from "./policy/qaf-policy";
export { withParameters } from "./policy/with-parameters";
export type { ParameterPatch } from "./policy/with-parameters";
export { defaultParameters, parametersSchema } from "./policy/parameters";
export type { Parameters } from "./policy/parameters";
export { policySchema, policyCalendarSchema } from "./policy/policy";
export type { Policy } from "./policy/policy";
export { qafRules } from "./rules";
export * from "./model";
export * from "./model/evaluation";
export * from "./model/policy";
export { QafError, InvalidOptionsError, InvalidPolicyError, formatPath } from "./errors";
export type { Issue } from "./errors";
export * as calendar from "./calendar";
