import type { Day } from "../../calendar/day";
import type { Contract } from "../../model";
import type { Subject } from "../../model/evaluation";
import { dayAt, type DayColumns } from "../dataset-index/day-columns";
import type { StaffMember } from "../dataset-index/index-dataset";

type Row = Readonly<Record<string, unknown>>;

/** One subject of a rule (an audit, a staff member, a team...) with what rules may read of it. */
export interface SubjectInstance {
  readonly subject: Subject;
  /** The record behind the subject (the service has none). */
  readonly record: Row;
  /** What a rule's `when` condition can see. */
  readonly facts: Row;
  /** One of its facts (as `facts[name]`, without building them all). */
  fact(name: string): unknown;
  /** Its dates by name; a date after `asOf` has not happened yet and reads as undefined. */
  date(name: string): Day | undefined;
  /** The staff member, when the subject is one. */
  readonly staff?: StaffMember;
  /** The last day the subject exists (a leaver's `leftOn`, a case's `closedOn`), when it is by `asOf`. */
  readonly endsOn?: Day;
  /**
   * Whether its breaches lapse when it stops (`endsOn`): true unless its source names it by that
   * stop ("each case closed inside the window"), whose obligations the stop itself creates.
   */
  readonly lapses: boolean;
  /** Value of a keyed parameter's key on a day (a contract changes over time). */
  keyOn(fact: string, day: Day): string | undefined;
}

/** Which dates the subjects of one listing have, where they are read, and the day after which an event has not happened yet. */
export interface DateNames {
  /** The dates a rule may read. */
  readonly names: ReadonlySet<string>;
  /** Names of dates that are plans, not events (a due date): they count even after `asOf`. */
  readonly planned: ReadonlySet<string>;
  readonly asOf: Day;
  /** The day columns of the listing's collection, when its subjects are a collection's records. */
  readonly columns?: DayColumns;
}

/**
 * The date names of one listing, built once for all its subjects.
 *
 * @param names - the names of the dates a rule may read
 * @param asOf - the evaluation's day
 * @param planned - names of dates that are plans, not events
 * @param columns - the day columns of the listing's collection, if it lists one
 * @returns the date names
 */
export function dateNames(names: readonly string[], asOf: Day, planned: readonly string[] = [], columns?: DayColumns): DateNames {
  return { names: new Set(names), planned: new Set(planned), asOf, ...(columns ? { columns } : {}) };
}

/** For subjects with no date a rule may read (a checked record). */
export const NO_DATES: DateNames = dateNames([], 0);

/**
 * A staff member's contract on a day: `contract` until the first change, then the latest change.
 *
 * @param staff - the staff member
 * @param day - the day
 * @returns the contract in force
 */
export function contractOn(staff: StaffMember, day: Day): Contract {
  let contract = staff.record.contract;
  let latest = -Infinity;
  for (const change of staff.contractChanges) {
    if (change.from <= day && change.from >= latest) {
      latest = change.from;
      contract = change.contract;
    }
  }
  return contract;
}

/** A fact of a record and the facts its source derives (which win over its fields). */
function factOf(record: Row, derived: Row | undefined, name: string): unknown {
  return derived !== undefined && name in derived ? derived[name] : record[name];
}

/** A date of a subject, by name: from the days its source gave, or its collection's day columns; undefined until it has happened. */
function dateOf(dates: DateNames, dated: Readonly<Record<string, Day | undefined>> | undefined, at: number, name: string): Day | undefined {
  const { names, planned, asOf, columns } = dates;
  if (!names.has(name)) return undefined;
  const day = dated !== undefined && name in dated ? dated[name] : dayAt(columns?.[name], at);
  return day !== undefined && (day <= asOf || planned.has(name)) ? day : undefined;
}

/**
 * One reused view of the records a listing walks, for a condition to read before any subject
 * is built: its facts and dates as a subject's, pointed at each record in turn.
 */
export class SubjectProbe {
  private record: Row = {};
  private derived: Row | undefined;
  private dated: Readonly<Record<string, Day | undefined>> | undefined;
  private at = -1;

  /** @param dates - the listing's date names */
  constructor(private readonly dates: DateNames) {}

  /**
   * Points the view at one record.
   *
   * @returns the view
   */
  point(record: Row, derived: Row | undefined, dated: Readonly<Record<string, Day | undefined>> | undefined, at: number): this {
    this.record = record;
    this.derived = derived;
    this.dated = dated;
    this.at = at;
    return this;
  }

  /** One of its facts, as {@link SubjectInstance.fact}. */
  fact(name: string): unknown {
    return factOf(this.record, this.derived, name);
  }

  /** One of its dates, as {@link SubjectInstance.date}. */
  date(name: string): Day | undefined {
    return dateOf(this.dates, this.dated, this.at, name);
  }
}

/**
 * The engine's subject. Listing one is cheap, as a source lists every record it has (every
 * child of every case) before a condition keeps a few: its facts are merged only when a rule
 * asks for them all, and its dates are days already (its collection's day columns, or the
 * days its source read when it listed it).
 */
export class ListedSubject implements SubjectInstance {
  private merged: Row | undefined;

  /**
   * @param subject - its type and id
   * @param record - the record behind it
   * @param derived - the facts its source derives (they win over the record's fields), if any
   * @param dated - days its source gives by name (derived dates; all dates of a nested record), if any
   * @param dates - which dates it has, its collection's day columns, and the evaluation's day
   * @param at - its position in its collection (for the day columns), or -1
   * @param staff - the staff member, when the subject is one
   * @param endsOn - its last day, when that is by `asOf`
   * @param lapses - whether its breaches lapse when it stops (false for a subject named by its stop)
   */
  constructor(
    readonly subject: Subject,
    readonly record: Row,
    private readonly derived: Row | undefined,
    private readonly dated: Readonly<Record<string, Day | undefined>> | undefined,
    private readonly dates: DateNames,
    private readonly at: number,
    readonly staff?: StaffMember,
    readonly endsOn?: Day,
    readonly lapses = true,
  ) {}

  get facts(): Row {
    if (this.derived === undefined) return this.record;
    return (this.merged ??= { ...this.record, ...this.derived });
  }

  fact(name: string): unknown {
    return factOf(this.record, this.derived, name);
  }

  date(name: string): Day | undefined {
    return dateOf(this.dates, this.dated, this.at, name);
  }

  /** `contract` follows a staff member's contract changes; every other key is the fact's plain value. */
  keyOn(fact: string, day: Day): string | undefined {
    if (fact === "contract" && this.staff) return contractOn(this.staff, day);
    const value = this.fact(fact);
    return value === undefined || value === null ? undefined : String(value);
  }
}
