import type { Day } from "../../src/calendar/day";
import { ConditionJudge, type PreparedCondition } from "../../src/engine/vocabulary/conditions";
import type { ParameterTable } from "../../src/engine/context/parameter-table";

/**
 * The subjects a condition keeps, in their order, as the engine's listing keeps them: each
 * subject's verdict from one {@link ConditionJudge}, decided in one batch.
 */
export async function selectSubjects<S extends { fact(name: string): unknown }>(
  prepared: PreparedCondition, subjects: readonly S[], dayOf: (subject: S) => Day, parameters: ParameterTable,
): Promise<S[]> {
  if (prepared.condition === undefined) return [...subjects];
  const judge = new ConditionJudge(prepared, parameters);
  const verdicts = subjects.map((s) => judge.verdictOf(s, dayOf));
  await judge.decide();
  return subjects.filter((_, i) => verdicts[i]?.applies === true);
}
