/**
 * Queries over an evaluation: what falls due soon, and for whom.
 *
 * @packageDocumentation
 */
export { dueSoon } from "./due-soon";
export type { DueSoonInput, DueSoonOptions } from "./due-soon";
export { staffUnder } from "./line-management";
export type { LineManaged } from "./line-management";
