import { parseDay, type Day } from "../calendar/day";
import type { Contract, Staff } from "../model";
import type { Subject } from "../model/evaluation";

/** One subject of a rule (an audit, a staff member, a team...) with what rules may read of it. */
export interface SubjectInstance {
  subject: Subject;
  /** The record behind the subject (the service has none). */
  record: Readonly<Record<string, unknown>>;
  /** What a rule's `when` condition can see. */
  facts: Readonly<Record<string, unknown>>;
  /** Its dates by name; a date after `asOf` has not happened yet and reads as undefined. */
  date(name: string): Day | undefined;
  /** The staff member, when the subject is one. */
  staff?: Staff;
  /** The last day the subject exists (a leaver's `leftOn`, a case's `closedOn`). */
  endsOn?: Day;
  /** Value of a keyed parameter's key on a day (a contract changes over time). */
  keyOn(fact: string, day: Day): string | undefined;
}

/**
 * Reads dates of a subject: event dates after `asOf` have not happened; planned dates always count.
 *
 * @param values - date strings by name
 * @param asOf - the evaluation's day
 * @param planned - names of dates that are plans, not events (a due date)
 * @returns a reader
 */
export function dateReader(
  values: Readonly<Record<string, unknown>>,
  asOf: Day,
  planned: readonly string[] = [],
): (name: string) => Day | undefined {
  return (name) => {
    const raw = values[name];
    const day = typeof raw === "string" ? parseDay(raw) : undefined;
    if (day === undefined) return undefined;
    return day > asOf && !planned.includes(name) ? undefined : day;
  };
}

/**
 * A staff member's contract on a day: `contract` until the first change, then the latest change.
 *
 * @param staff - the staff record
 * @param day - the day
 * @returns the contract in force
 */
export function contractOn(staff: Staff, day: Day): Contract {
  let contract = staff.contract;
  let latest = -Infinity;
  for (const change of staff.contractChanges ?? []) {
    const from = parseDay(change.from) as Day;
    if (from <= day && from >= latest) {
      latest = from;
      contract = change.contract;
    }
  }
  return contract;
}

/**
 * Builds the key reader of a subject: `contract` follows a staff member's contract changes,
 * every other key is the fact's plain value.
 *
 * @param facts - the subject's facts
 * @param staff - the staff member, if the subject is one
 * @returns the reader
 */
export function keyReader(facts: Readonly<Record<string, unknown>>, staff?: Staff) {
  return (fact: string, day: Day): string | undefined => {
    if (fact === "contract" && staff) return contractOn(staff, day);
    const value = facts[fact];
    return value === undefined || value === null ? undefined : String(value);
  };
}
