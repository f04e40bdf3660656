import type { FulfilmentName, fulfilments } from "../engine/vocabulary/fulfilments";
import type { MeasureName } from "../engine/vocabulary/measures";
import type { partyResolvers, PartyResolverName } from "../engine/vocabulary/owners";
import type { subjectSources, SubjectSourceName } from "../engine/subjects/sources";
import type { Party } from "../model/evaluation";
import type { Assertion, Due, ElementBasis, Referral, RuleBasis, RuleDefinition, RuleOfKind } from "../model/policy";
import type { ParameterValues } from "../policy/parameters";

/** The dotted name of a parameter of the policy (`audit.qispWorkingDays`), from the parameters' own schema. */
export type ParameterName = {
  [G in keyof ParameterValues & string]: `${G}.${keyof ParameterValues[G] & string}`;
}[keyof ParameterValues & string];

/** The names a subject source offers: the type of its subjects, its facts and its dates. */
type Names<S extends SubjectSourceName> = NonNullable<(typeof subjectSources)[S]["~names"]>;
/** What a rule that lists its own subjects (a target: its scopes) offers: service-wide subjects, with no fact or date to name. */
type OwnNames = { type: "service"; facts: never; dates: never };
/** The names a rule's subjects offer, for a source name or a rule that lists its own. */
type Offered = { type: string; facts: string; dates: string };

/** Whether a name's needs (the facts, dates or subject type it reads) are met by what a rule's subjects offer. */
type Serves<Needs, O extends Offered> =
  (Needs extends { facts: readonly (infer F)[] } ? ([F] extends [O["facts"]] ? true : false) : true) extends true
    ? (Needs extends { dates: readonly (infer D)[] } ? ([D] extends [O["dates"]] ? true : false) : true) extends true
      ? (Needs extends { type: infer T } ? ([O["type"]] extends [T] ? true : false) : true)
      : false
    : false;

/** The owners (and referral recipients) whose needs a rule's subjects meet. */
type OwnerFor<O extends Offered> = { [P in PartyResolverName]: Serves<(typeof partyResolvers)[P]["needs"], O> extends true ? P : never }[PartyResolverName];
/** The fulfilments whose needs a rule's subjects meet. */
type FulfilmentFor<O extends Offered> = { [P in FulfilmentName]: Serves<(typeof fulfilments)[P]["needs"], O> extends true ? P : never }[FulfilmentName];

/** A parameter reference by a known name; `by` names a fact of the subject. */
type Param<O extends Offered> = { param: ParameterName; by?: O["facts"] };
/** Every parameter reference inside `T` made a {@link Param}. */
type WithParams<T, O extends Offered> = T extends { param: string }
  ? Param<O>
  : T extends readonly (infer E)[] ? WithParams<E, O>[]
    : T extends object ? { [K in keyof T]: WithParams<T[K], O> } : T;

/** `T` with every parameter reference by a known name, its `by` a fact of source `S`'s subjects. */
export type NamedParams<T, S extends SubjectSourceName> = WithParams<T, Names<S>>;

/** A condition over a rule's subjects whose facts are known names (or a parameter, by its path). */
export type AuthoredCondition<F extends string> =
  | { all: readonly AuthoredCondition<F>[] }
  | { any: readonly AuthoredCondition<F>[] }
  | { not: AuthoredCondition<F> }
  | { fact: F; operator: string; value: unknown }
  | { fact: "parameters"; path: `$.${ParameterName}`; operator: string; value: unknown };

/** An assertion on a field of a rule's subjects. */
type AuthoredAssertion<O extends Offered> = Assertion extends infer A ? (A extends Assertion ? WithParams<Omit<A, "field">, O> & { field: O["facts"] } : never) : never;

/** The footing of one element, whose parameters are known names. */
export type AuthoredElement = ElementBasis & { parameters?: ParameterName[] };
/** A footing whose parameters are known names. */
export type AuthoredBasis = { [E in keyof RuleBasis]: AuthoredElement };

/** What every built-in rule writes with known names: its owner and referral, its footing. */
type Common<O extends Offered> = {
  owner: OwnerFor<O>;
  referral?: Omit<Referral, "to" | "on"> & {
    to: OwnerFor<O> | { body: NonNullable<Party["body"]> };
    on: O["dates"] | "day-after-due" | "chain-start";
  };
  basis: AuthoredBasis;
};

/** The owners (and referral recipients) the subjects of source `S` can give. */
export type OwnerOf<S extends SubjectSourceName> = OwnerFor<Names<S>>;
/** The facts of the subjects of source `S`. */
export type FactOf<S extends SubjectSourceName> = Names<S>["facts"];

/** A rule over the subjects of source `S`: its subject, condition, owner and referral, with known names. */
type Sourced<S extends SubjectSourceName> = Common<Names<S>> & { subject: S; when?: AuthoredCondition<Names<S>["facts"]> };

/** A rule of kind `K`, with `Over` written over its loose fields and every parameter reference by a known name. */
type Authored<K extends RuleDefinition["kind"], O extends Offered, Over> =
  Omit<WithParams<RuleOfKind<K>, O>, keyof Over> & Over;

/** The rules of each kind that list their subjects from source `S`. */
type OverSource<S extends SubjectSourceName> =
  | Authored<"deadline", Names<S>, Sourced<S> & { due: Due<Names<S>["dates"]> extends infer D ? WithParams<D, Names<S>> : never; fulfilment: FulfilmentFor<Names<S>>; endsOn?: Names<S>["dates"] }>
  | Authored<"deadline-chain", Names<S>, Sourced<S> & { start?: { date: Names<S>["dates"]; plusMonths?: number | Param<Names<S>> }; endsOn?: Names<S>["dates"] }>
  | Authored<"cadence", Names<S>, Sourced<S>>
  | Authored<"check", Names<S>, Sourced<S> & { date: Names<S>["dates"]; assertions: AuthoredAssertion<Names<S>>[] }>;

/**
 * A rule of the built-in catalogue as written: the strict authoring type. Its subject source,
 * owner, referral recipient and date, fulfilment, condition facts, dates, assertion fields,
 * measure and parameter names are unions derived from the engine's registries (a typo, or an
 * owner its subjects cannot give, fails `tsc`); a target names no subject and no condition.
 */
export type AuthoredRule =
  | { [S in SubjectSourceName]: OverSource<S> }[SubjectSourceName]
  | Authored<"target", OwnNames, Common<OwnNames> & { measure: MeasureName }>;
