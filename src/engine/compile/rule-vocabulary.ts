import { recordSchemas } from "../../model/dataset";
import type { RuleDefinition } from "../../model/policy";
import { PARAMETERS_FACT } from "../vocabulary/conditions";
import { derivedFieldNames } from "../vocabulary/evidence";
import { bindKind } from "../kinds";
import type { ObjectSchema } from "../dataset-index/day-columns";
import { subjectSources } from "../subjects/sources";
import { objectsIn } from "../../util/walk-json";

/**
 * The facts a `when` condition may name, per subject source: the record's fields (from the
 * dataset contract) plus the facts the source derives. Read from the sources' descriptors.
 */
export const knownFacts: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(subjectSources).map(([name, source]) => [name, source.facts]),
);

/**
 * The fields evidence may read in a dataset collection: its records' fields and the derived
 * fields `evidence.ts` computes for it.
 *
 * @returns the field names, or undefined when the collection is not in the dataset contract
 */
export function collectionFields(collection: string): readonly string[] | undefined {
  if (!Object.hasOwn(recordSchemas, collection)) return undefined;
  const schemas: Readonly<Record<string, ObjectSchema>> = recordSchemas;
  return [...Object.keys((schemas[collection] as ObjectSchema).shape), ...derivedFieldNames(collection)];
}

/** Parameters every rule reads: the breach ladder's. */
export const parametersOfEveryRule: readonly string[] = ["escalation.levelAfterWorkingDays"];

/** The `path`s of conditions that read the parameters fact (`$.audit.qispMaxGrade` gives `audit.qispMaxGrade`). */
export function conditionParameterPaths(node: unknown): string[] {
  return objectsIn(node).flatMap(({ node: { fact, path } }) =>
    fact === PARAMETERS_FACT && typeof path === "string" ? [path.replace(/^\$\.?/, "")] : []);
}

/** The `param` names a rule definition reads (`{ param: "audit.qispWorkingDays" }`). */
export function paramRefsOf(node: unknown): string[] {
  return objectsIn(node).flatMap(({ node: { param } }) => (typeof param === "string" ? [param] : []));
}

/**
 * Every parameter a rule reads: in its definition, in its condition, and through its
 * fulfilment or measure.
 *
 * @param rule - the rule definition
 * @returns dotted parameter names, each once, sorted
 */
export function parametersReadBy(rule: RuleDefinition): string[] {
  const names = [
    ...paramRefsOf(rule), ...conditionParameterPaths(rule.when),
    ...bindKind(rule).namesUsed().parameters, ...parametersOfEveryRule,
  ];
  return [...new Set(names)].sort();
}
