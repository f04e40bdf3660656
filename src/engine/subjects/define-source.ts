import type { Day } from "../../calendar/day";
import type { CollectionName } from "../../model/dataset";
import type { SubjectType } from "../../model/evaluation";
import type { EngineContext } from "../context/engine-context";
import type { DateFieldsOf } from "./date-names";
import { dateFieldsOf, type DayColumns, type ObjectSchema } from "../dataset-index/day-columns";
import type { StaffMember } from "../dataset-index/index-dataset";
import { finish } from "../../model/steps";
import { Listing } from "./listing";
import { dateNames, type SubjectInstance } from "./subject";

type Row = Readonly<Record<string, unknown>>;

/**
 * Where a source's subjects belong in the organisation (for the reports, the scorecard and
 * `compare`): by a team, an area, a member of staff or a case; the one the subject itself is,
 * the record it is listed in (a child's case), or the one a field of its record names (an
 * audit's `workerId`). A source without one (the service, a meeting, a report) leaves a result
 * to its owner's team.
 */
export interface PlaceRule {
  readonly by: "team" | "area" | "staff" | "case";
  readonly via: "self" | "parent" | { readonly field: string };
}

/** Where the records of a source that is not a collection's own are listed: in a list field of another collection's records. */
export interface NestedIn {
  readonly collection: CollectionName;
  readonly list: string;
}

/**
 * Everything the engine knows about one subject source, in one place: conditions, the
 * vocabulary check, explanations, targets and the placement of results all read it.
 */
export interface SubjectSource {
  /** The type of the subjects it lists. */
  readonly type: SubjectType;
  /** The dataset collection its records are, when they are one whole collection. */
  readonly collection?: CollectionName;
  /** Its record schema; the service has none. */
  readonly schema?: ObjectSchema;
  /** The date that decides its `when` condition; without one (or while it has not happened) `asOf` does. */
  readonly decidingDate?: string;
  /** Where its records are listed, when they are not a collection's own (a child, in its case's `children`). */
  readonly nestedIn?: NestedIn;
  /** Where its subjects belong in the organisation; none: with their owner. */
  readonly place?: PlaceRule;
  /** The facts a condition may name: the record's fields and those the source derives. */
  readonly facts: readonly string[];
  /** The dates a rule may count from or end on: the record's date fields and those the source derives. */
  readonly dates: readonly string[];
  /** Lists the subjects that exist by `asOf`, in one pass over its collection (a fresh list each call). */
  list(ctx: EngineContext): readonly SubjectInstance[];
  /** The same subjects one at a time, for a caller that gives its host turns while it lists. */
  subjects(ctx: EngineContext): Iterable<SubjectInstance>;
  /**
   * Its subjects in one evaluation, for the rules that read them: a condition judges each
   * record before a subject is built; `shared` (more than one rule reads it) keeps each
   * subject built for the next rule.
   */
  listing(ctx: EngineContext, shared?: boolean): Listing;
}

/**
 * A subject source whose names the type system knows: the type of its subjects, its facts
 * and its dates (a type-only key, never set: rule authoring types read it).
 */
export type NamedSource<T extends SubjectType, F extends string, D extends string> = SubjectSource & {
  readonly "~names"?: { type: T; facts: F; dates: D };
};

/** The facts of a schema-less source: its subjects' ids, and those it derives. */
type FieldNames<S> = S extends ObjectSchema ? Extract<keyof S["shape"], string> : "id";
/** The date fields of a source's schema. */
type DateNames<S> = S extends ObjectSchema ? DateFieldsOf<S["shape"]> : never;

/**
 * Takes one subject's parts from a source's walk (as a listing takes them); `facts` must hold
 * exactly the derived facts declared, `dates` the days it derives (and, for a record that is
 * not a collection's own, a child or an audit action, its own), read once when walked.
 */
export type Emit<F extends string, D extends string> = (
  id: string, record: Row, facts: { readonly [K in F]: unknown }, at: number | undefined,
  dates?: { readonly [K in D]: Day | undefined }, staff?: StaffMember, endsOn?: Day,
) => void;

/** The definition of a source: its declared names, and how to list its subjects' parts. */
export interface SourceDefinition<F extends string, D extends string, T extends SubjectType = SubjectType, S extends ObjectSchema | undefined = ObjectSchema | undefined> {
  type: T;
  collection?: CollectionName;
  schema?: S;
  decidingDate?: string;
  nestedIn?: NestedIn;
  place?: PlaceRule;
  /** Facts derived beyond the record's fields. */
  derivedFacts: readonly F[];
  /** Dates derived beyond the record's date fields. */
  derivedDates?: readonly D[];
  /** Names of dates that are plans, not events (an action's due date). */
  planned?: readonly string[];
  /** Its subjects are named by their stop (cases closed inside the window): their breaches never lapse. */
  namedByStop?: boolean;
  /**
   * Gives `emit` the subjects that exist by `asOf` among the records at positions `[from, to)`
   * of its collection (or of the one its records are listed in; the service has one), in order.
   */
  walk(ctx: EngineContext, from: number, to: number, emit: Emit<F, D>): void;
  /** The day columns its subjects' `at` reads, when not its collection's (a nested record's: a case's children). */
  columns?(ctx: EngineContext): DayColumns;
}

/**
 * Builds a subject source from its definition: the names it offers are derived from the
 * schema and the declared derived names; its subjects read their dates from the day columns
 * of its collection, or from the days their parts give.
 *
 * @param def - the definition
 * @returns the source
 */
export function defineSource<F extends string, T extends SubjectType, D extends string = never, S extends ObjectSchema | undefined = undefined>(
  def: SourceDefinition<F, D, T, S>,
): NamedSource<T, FieldNames<S> | F, DateNames<S> | D> {
  const recordFields = def.schema ? Object.keys(def.schema.shape) : [];
  const dates = [...(def.schema ? dateFieldsOf(def.schema) : []), ...(def.derivedDates ?? [])];
  // Read once, not per subject: every source's definition is an object of its own shape.
  const { type, planned, collection } = def;
  const columns = def.columns?.bind(def);
  // Its walk goes over its collection's records, or those its records are listed in (the service: one).
  const walked = collection ?? def.nestedIn?.collection;
  const walk = def.walk.bind(def);
  const derives = def.derivedFacts.length > 0;
  const lapses = def.namedByStop !== true;
  // Every field present (undefined when the definition has none): one shape for every source.
  return {
    type,
    collection: collection || undefined,
    schema: def.schema,
    decidingDate: def.decidingDate || undefined,
    nestedIn: def.nestedIn,
    place: def.place,
    facts: def.schema ? [...recordFields, ...def.derivedFacts] : ["id", ...def.derivedFacts],
    dates,
    list(ctx) {
      const out: SubjectInstance[] = [];
      finish(this.listing(ctx).select(undefined, out));
      return out;
    },
    *subjects(ctx) {
      const out: SubjectInstance[] = [];
      const steps = this.listing(ctx).select(undefined, out);
      // A step's subjects, then the next step's.
      while (steps.next().done !== true) {
        yield* out;
        out.length = 0;
      }
    },
    listing(ctx, shared = false) {
      const names = dateNames(dates, ctx.asOf, planned, columns?.(ctx) ?? (collection && ctx.index.days[collection]));
      return new Listing({
        type, names, derives, lapses, size: walked === undefined ? 1 : ctx.index.dataset[walked].length,
        walk: (from, to, emit) => walk(ctx, from, to, emit),
      }, shared);
    },
  };
}

/** The day a subject's `when` condition is judged on: its source's deciding date, or `asOf`. */
export function conditionDayOf(source: SubjectSource, subject: Pick<SubjectInstance, "date">, asOf: Day): Day {
  return (source.decidingDate === undefined ? undefined : subject.date(source.decidingDate)) ?? asOf;
}
