/**
 * Explanations: the chain of reasoning behind one obligation, breach or escalation.
 *
 * @packageDocumentation
 */
export { explain } from "./explain";
export type { Explanation, ExplainInputs } from "./explain";
export type { ParameterValue } from "./parameter-values";
export type { DueComputation, SkippedDay } from "../engine/due-dates/explain-due";
export type { CountedRecord } from "./records";
export { policyRegister } from "./register";
export type { PolicyRegister, RegisterElement, RegisterParameter, RegisterRule, ParameterInfo, ParameterUnit } from "./register";
