/**
 * Queries over an evaluation: what falls due soon, and for whom; a person's view, by owner,
 * subject, line, team or area, from an index built once; what rests firmly enough on the
 * QAF's words.
 *
 * @packageDocumentation
 */
export { keepAtLeast } from "./basis";
export type { BasisFilterInput } from "./basis";
export { dueSoon } from "./due-soon";
export { indexEvaluation } from "./index-evaluation";
export type { ActiveBreachCount, EvaluationIndex, IndexableEvaluation, IndexDataset, PersonView, PersonViewOptions, Scope } from "./index-evaluation";
export type { DueSoonInput, DueSoonOptions } from "./due-soon";
export { directReportsOn, downTheLine, staffUnder } from "./line-management";
export type { DirectReports, LineManaged, LineRecord } from "./line-management";
