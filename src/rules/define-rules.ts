import type { AuthoredRule } from "./authoring";

/**
 * A rule definition of the default policy, whose id is known to the type system as the literal
 * `Id`, written against the strict authoring type: it must declare its footing in the QAF,
 * element by element, and every name it uses is one the engine knows.
 */
export type RuleWithId<Id extends string> = AuthoredRule & { id: Id };

/**
 * Declare a list of rules, keeping each rule's id as a literal type, so that the ids of the
 * default policy form a union type (`RuleId`) derived from the rules themselves, never
 * listed twice.
 *
 * @param rules - the rule definitions, as written.
 * @returns the same array, unchanged.
 */
export function defineRules<const Id extends string>(rules: RuleWithId<Id>[]): RuleWithId<Id>[] {
  return rules;
}
