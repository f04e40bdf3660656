import { parseDay, type Day } from "../calendar/day";
import type { Contract } from "../model";
import type { Subject } from "../model/evaluation";
import type { StaffMember } from "./index-dataset";

type Row = Readonly<Record<string, unknown>>;

/** One subject of a rule (an audit, a staff member, a team...) with what rules may read of it. */
export interface SubjectInstance {
  readonly subject: Subject;
  /** The record behind the subject (the service has none). */
  readonly record: Row;
  /** What a rule's `when` condition can see. */
  readonly facts: Row;
  /** Its dates by name; a date after `asOf` has not happened yet and reads as undefined. */
  date(name: string): Day | undefined;
  /** The staff member, when the subject is one. */
  readonly staff?: StaffMember;
  /** The last day the subject exists (a leaver's `leftOn`, a case's `closedOn`), when it is by `asOf`. */
  readonly endsOn?: Day;
  /** Value of a keyed parameter's key on a day (a contract changes over time). */
  keyOn(fact: string, day: Day): string | undefined;
}

/** The dates of one subject as days, read once when it is listed. */
export type SubjectDays = Readonly<Record<string, Day | undefined>>;

/**
 * Reads a record's dates into days once: event dates after `asOf` have not happened and are
 * left out; planned dates (a due date) always count.
 *
 * @param values - date strings by name
 * @param names - the names of the dates to read
 * @param asOf - the evaluation's day
 * @param planned - names of dates that are plans, not events
 * @returns the days by name
 */
export function readDays(values: Row, names: readonly string[], asOf: Day, planned: readonly string[] = []): SubjectDays {
  const days: Record<string, Day | undefined> = Object.create(null) as Record<string, Day | undefined>;
  for (const name of names) {
    const raw = values[name];
    const day = typeof raw === "string" ? parseDay(raw) : undefined;
    if (day !== undefined && (day <= asOf || planned.includes(name))) days[name] = day;
  }
  return days;
}

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

/** The engine's subject: its days read once, its key reader shared by every subject. */
export class ListedSubject implements SubjectInstance {
  /**
   * @param subject - its type and id
   * @param record - the record behind it
   * @param facts - what conditions see
   * @param days - its dates as days (see {@link readDays})
   * @param staff - the staff member, when the subject is one
   * @param endsOn - its last day, when that is by `asOf`
   */
  constructor(
    readonly subject: Subject,
    readonly record: Row,
    readonly facts: Row,
    private readonly days: SubjectDays,
    readonly staff?: StaffMember,
    readonly endsOn?: Day,
  ) {}

  date(name: string): Day | undefined {
    return this.days[name];
  }

  /** `contract` follows a staff member's contract changes; every other key is the fact's plain value. */
  keyOn(fact: string, day: Day): string | undefined {
    if (fact === "contract" && this.staff) return contractOn(this.staff, day);
    const value = this.facts[fact];
    return value === undefined || value === null ? undefined : String(value);
  }
}
