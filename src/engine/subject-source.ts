import { parseDay, type Day } from "../calendar/day";
import type { CollectionName } from "../model/dataset";
import type { SubjectType } from "../model/evaluation";
import { isoDateSchema } from "../model/primitives";
import type { EngineContext } from "./context";
import type { StaffMember } from "./index-dataset";
import { ListedSubject, dateNames, type SubjectInstance } from "./subject-instance";

type Row = Readonly<Record<string, unknown>>;

/** A zod object schema, read for its field names. */
export interface ObjectSchema {
  shape: Record<string, unknown>;
}

/**
 * Everything the engine knows about one subject source, in one place: conditions, the
 * vocabulary check, explanations and targets all read it.
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
  /** The facts a condition may name: the record's fields and those the source derives. */
  readonly facts: readonly string[];
  /** The dates a rule may count from or end on: the record's date fields and those the source derives. */
  readonly dates: readonly string[];
  /** Lists the subjects that exist by `asOf`, in one pass over its collection (a fresh list each call). */
  list(ctx: EngineContext): readonly SubjectInstance[];
  /** The same subjects one at a time, for a caller that gives its host turns while it lists. */
  subjects(ctx: EngineContext): Iterable<SubjectInstance>;
}

/** What a source's listing gives for one subject; `facts` must hold exactly the derived facts declared. */
export interface SubjectParts<F extends string, D extends string> {
  id: string;
  record: Row;
  facts: { readonly [K in F]: unknown };
  dates?: { readonly [K in D]: string | undefined };
  staff?: StaffMember;
  /** The subject's last day as written (a leaver's `leftOn`). */
  endsOn?: string;
}

/** The definition of a source: its declared names, and how to list its subjects' parts. */
export interface SourceDefinition<F extends string, D extends string> {
  type: SubjectType;
  collection?: CollectionName;
  schema?: ObjectSchema;
  decidingDate?: string;
  /** Facts derived beyond the record's fields. */
  derivedFacts: readonly F[];
  /** Dates derived beyond the record's date fields. */
  derivedDates?: readonly D[];
  /** Names of dates that are plans, not events (an action's due date). */
  planned?: readonly string[];
  /** The subjects that exist by `asOf`. */
  parts(ctx: EngineContext): Iterable<SubjectParts<F, D>>;
}

/** The fields of a record schema that hold a date (`YYYY-MM-DD`), optional or not. */
export function dateFieldsOf(schema: ObjectSchema): string[] {
  const inner = (field: unknown): unknown => {
    const def = (field as { def?: { type?: string; innerType?: unknown } }).def;
    return def?.type === "optional" || def?.type === "nullable" ? inner(def.innerType) : field;
  };
  return Object.entries(schema.shape).filter(([, field]) => inner(field) === isoDateSchema).map(([name]) => name);
}

/**
 * Builds a subject source from its definition: the names it offers are derived from the
 * schema and the declared derived names, and its listing reads every date once.
 *
 * @param def - the definition
 * @returns the source
 */
export function defineSource<F extends string, D extends string = never>(def: SourceDefinition<F, D>): SubjectSource {
  const recordFields = def.schema ? Object.keys(def.schema.shape) : [];
  const dates = [...(def.schema ? dateFieldsOf(def.schema) : []), ...(def.derivedDates ?? [])];
  return {
    type: def.type,
    ...(def.collection ? { collection: def.collection } : {}),
    ...(def.schema ? { schema: def.schema } : {}),
    ...(def.decidingDate ? { decidingDate: def.decidingDate } : {}),
    facts: def.schema ? [...recordFields, ...def.derivedFacts] : ["id", ...def.derivedFacts],
    dates,
    list(ctx) {
      return [...this.subjects(ctx)];
    },
    *subjects(ctx) {
      const names = dateNames(dates, ctx.asOf, def.planned);
      const derives = def.derivedFacts.length > 0;
      for (const p of def.parts(ctx)) {
        const end = p.endsOn === undefined ? undefined : parseDay(p.endsOn);
        yield new ListedSubject(
          { type: def.type, id: p.id }, p.record, derives ? p.facts : undefined, p.dates, names,
          p.staff, end !== undefined && end <= ctx.asOf ? end : undefined,
        );
      }
    },
  };
}

/**
 * Whether a record's date has happened by `asOf` (the record exists for the engine).
 *
 * @returns false for an absent date
 */
export function happened(ctx: EngineContext, date: string | undefined): boolean {
  if (date === undefined) return false;
  const day = parseDay(date);
  return day !== undefined && day <= ctx.asOf;
}

/** The day a subject's `when` condition is judged on: its source's deciding date, or `asOf`. */
export function conditionDayOf(source: SubjectSource, subject: SubjectInstance, asOf: Day): Day {
  return (source.decidingDate === undefined ? undefined : subject.date(source.decidingDate)) ?? asOf;
}
