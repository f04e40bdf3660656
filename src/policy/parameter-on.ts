import type { Day } from "../calendar/day";
import { resolveOn } from "./dated";
import type { ParameterValues, Parameters } from "./parameters";
import { readParameter } from "./read-parameter";

/** The dotted name of any parameter or parameter group (`"survey"`, `"survey.targetRate"`). */
export type ParameterPath<T = ParameterValues> = {
  [K in keyof T & string]: T[K] extends readonly unknown[] | null
    ? K
    : T[K] extends object
      ? K | `${K}.${ParameterPath<T[K]>}`
      : K;
}[keyof T & string];

/** The plain type of the parameter at a dotted name. */
export type ParameterAt<P extends string, T = ParameterValues> = P extends `${infer H}.${infer R}`
  ? H extends keyof T ? ParameterAt<R, T[H]> : never
  : P extends keyof T ? T[P] : never;

/**
 * Reads one parameter of a policy as in force on a day, typed by its name. For the engine's
 * direct reads (`escalation.levelAfterWorkingDays`, `survey.ageBasis`, ...).
 *
 * @param policy - any object with the policy's `parameters`
 * @param path - the parameter's dotted name
 * @param day - the day that decides
 * @returns the plain value in force on that day
 * @example
 * const [second, third] = parameterOn(ctx.policy, "escalation.levelAfterWorkingDays", since);
 */
export function parameterOn<P extends ParameterPath>(
  policy: { parameters: Parameters | ParameterValues },
  path: P,
  day: Day,
): ParameterAt<P> {
  return readParameter(policy.parameters, { param: path }, undefined, day) as ParameterAt<P>;
}

/**
 * Every parameter as in force on a day: a snapshot with no dated values left.
 *
 * @param parameters - the policy's parameters
 * @param day - the day
 * @returns the plain parameters
 */
export function parametersOn(parameters: Parameters | ParameterValues, day: Day): ParameterValues {
  return resolveOn(parameters, day) as ParameterValues;
}
