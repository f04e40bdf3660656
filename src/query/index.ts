/**
 * Queries over an evaluation: what falls due soon, and for whom; what rests firmly enough
 * on the QAF's words.
 *
 * @packageDocumentation
 */
export { keepAtLeast } from "./basis";
export type { BasisFilterInput } from "./basis";
export { dueSoon } from "./due-soon";
export type { DueSoonInput, DueSoonOptions } from "./due-soon";
export { staffUnder } from "./line-management";
export type { LineManaged } from "./line-management";
