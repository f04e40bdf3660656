import { parseDay, type Day } from "../../calendar/day";
import { childSchema } from "../../model/families";
import { COLLECTIONS, recordSchemas, type CollectionName, type Dataset, type RecordOf } from "../../model/dataset";
import type { Contract, Staff } from "../../model";
import type { ReferenceTarget } from "../../model/references";
import { endsStep, finish } from "../../model/steps";
import { dateFieldsOf, dayAt, dayColumnsSteps, type DayColumns } from "./day-columns";
import {
  positionAt, positionsSteps, referenceColumnsSteps, type Positions, type ReferenceColumns, type ResolvedReferences,
} from "./reference-columns";
import { atIndex } from "../../util/at-index";

/** An inclusive run of days. */
export interface DaySpan {
  from: Day;
  to: Day;
}

/** A staff member with the dates the engine reads as days, parsed once. */
export interface StaffMember {
  id: string;
  record: Staff;
  startedOn: Day;
  leftOn?: Day;
  /** Contract changes in input order, each from its day. */
  contractChanges: readonly { from: Day; contract: Contract }[];
  /** Their absences, merged and sorted. */
  absences: readonly DaySpan[];
}

/** Look-ups built once per evaluation, so that every rule after them stays linear. */
export interface DatasetIndex extends ResolvedReferences {
  dataset: Dataset;
  /** Each referable collection's ids, to the position of the record with that id. */
  positions: Positions;
  /** Every staff member with their dates as days, by position in `dataset.staff`. */
  members: readonly StaffMember[];
  /** Every reference of every collection the engine follows, as the position it refers to. */
  refs: Readonly<Record<CollectionName, ReferenceColumns>>;
  /** Every date of every collection as days, read once: a record's date by its position. */
  days: Readonly<Record<CollectionName, DayColumns>>;
  /** Each staff member's line management records (by position), in date order: who managed them, when. */
  lines: readonly (readonly LineSpan[] | undefined)[];
  /** Every case's children, read once: their dates as days. */
  children: NestedDays;
}

/**
 * The dates of records listed inside another collection's records (the children of cases),
 * as days: one column per date field, the nested records of all parents end to end in
 * parent order.
 */
export interface NestedDays {
  /** One column per date field; a nested record's position is its parent's `first` plus its own index. */
  days: DayColumns;
  /** Each parent's first nested record's position in the columns, by the parent's position. */
  first: Int32Array;
}

/** One line management record of a staff member: their manager's position, from and to (inclusive; open-ended when absent). */
export interface LineSpan {
  from: Day;
  to: Day | undefined;
  manager: number;
}

/**
 * Indexes a parsed dataset: its ids to positions, every reference resolved to a position,
 * every date read as a day, and each staff member's dates and absences as days.
 *
 * @param dataset - a dataset that passed {@link parseDataset}
 * @returns the look-ups
 */
export function indexDataset(dataset: Dataset): DatasetIndex {
  return finish(indexDatasetSteps(dataset));
}

/**
 * {@link indexDataset} a step at a time (it yields every few hundred records), so that
 * `evaluate` can give its host turns while it indexes a large export.
 *
 * @param dataset - a dataset that passed {@link parseDataset}
 * @returns steps, then the look-ups
 */
export function* indexDatasetSteps(dataset: Dataset): Generator<void, DatasetIndex> {
  const days = {} as Record<CollectionName, DayColumns>;
  for (const name of COLLECTIONS) {
    days[name] = yield* dayColumnsSteps(dataset[name] as readonly Readonly<Record<string, unknown>>[], dateFieldsOf(recordSchemas[name]));
  }
  const positions = yield* positionsSteps(dataset);
  const refs = yield* referenceColumnsSteps(dataset, positions);
  const absences = yield* absencesByStaff(dataset.staff.length, days.absences, refs.absences["staffId"]);
  const members: StaffMember[] = [];
  for (let i = 0; i < dataset.staff.length; i++) {
    if (endsStep(i)) yield;
    members.push(memberOf(atIndex(dataset.staff, i), i, days.staff, absences[i] ?? []));
  }
  const lines = linesByStaff(dataset.staff.length, days.lineManagement, refs.lineManagement);
  const children = yield* nestedDaysSteps(dataset.cases, (c) => c.children, dateFieldsOf(childSchema));
  return { dataset, positions, members, refs, days, lines, children };
}

/** The days of the records nested in each parent (see {@link NestedDays}), a step at a time. */
function* nestedDaysSteps<P>(
  parents: readonly P[], nested: (parent: P) => readonly Readonly<Record<string, unknown>>[], fields: readonly string[],
): Generator<void, NestedDays> {
  const first = new Int32Array(parents.length + 1);
  const all: Readonly<Record<string, unknown>>[] = [];
  for (let i = 0; i < parents.length; i++) {
    if (endsStep(i)) yield;
    first[i] = all.length;
    for (const record of nested(atIndex(parents, i))) all.push(record);
  }
  first[parents.length] = all.length;
  return { days: yield* dayColumnsSteps(all, fields), first };
}

/** Each staff member's line management records, by position, sorted by their first day. */
function linesByStaff(staff: number, days: DayColumns, refs: ReferenceColumns): (LineSpan[] | undefined)[] {
  const lines: (LineSpan[] | undefined)[] = new Array<LineSpan[] | undefined>(staff);
  const who = refs["staffId"];
  const managers = refs["lineManagerId"];
  for (let i = 0; i < (who?.length ?? 0); i++) {
    const at = positionAt(who, i);
    const manager = positionAt(managers, i);
    const from = dayAt(days["from"], i);
    if (at === undefined || manager === undefined || from === undefined) continue;
    (lines[at] ??= []).push({ from, to: dayAt(days["to"], i), manager });
  }
  for (const list of lines) list?.sort((a, b) => a.from - b.from);
  return lines;
}

/**
 * A record by its id, through the positions of its collection.
 *
 * @param index - the dataset's index
 * @param collection - a referable collection
 * @param id - the id, which may be any value a rule read
 * @returns the record, or undefined when no record has that id
 */
export function recordById<T extends ReferenceTarget>(index: DatasetIndex, collection: T, id: unknown): RecordOf<T> | undefined {
  const at = typeof id === "string" ? index.positions[collection].get(id) : undefined;
  return at === undefined ? undefined : (index.dataset[collection][at] as RecordOf<T>);
}

/**
 * A staff member (with their dates as days) by id.
 *
 * @param index - the dataset's index
 * @param id - the id, which may be any value a rule read
 * @returns the member, or undefined when no staff record has that id
 */
export function memberById(index: DatasetIndex, id: unknown): StaffMember | undefined {
  const at = typeof id === "string" ? index.positions.staff.get(id) : undefined;
  return at === undefined ? undefined : index.members[at];
}

/**
 * Whether a staff member is in post on a day: from `startedOn` to `leftOn`, both inclusive.
 *
 * @param member - the staff member
 * @param day - the day
 * @returns true when they are in post that day
 */
export function inPost(member: StaffMember, day: Day): boolean {
  return member.startedOn <= day && (member.leftOn === undefined || member.leftOn >= day);
}

/**
 * A staff member's line manager on a day, by positions: their line management record covering
 * that day, or their own `lineManagerId` on a day none covers.
 *
 * @param index - the dataset's index
 * @param at - the staff member's position
 * @param day - the day
 * @returns the manager's position, or undefined for someone with no manager that day
 */
export function lineManagerOn(index: DatasetIndex, at: number, day: Day): number | undefined {
  const spans = index.lines[at];
  if (spans !== undefined) {
    for (const span of spans) {
      if (span.from > day) break;
      if (span.to === undefined || span.to >= day) return span.manager;
    }
  }
  return positionAt(index.refs.staff["lineManagerId"], at);
}

function memberOf(s: Staff, at: number, days: DayColumns, absences: readonly DaySpan[]): StaffMember {
  const leftOn = dayAt(days["leftOn"], at);
  return {
    id: s.id,
    record: s,
    startedOn: dayAt(days["startedOn"], at) as Day,
    ...(leftOn === undefined ? {} : { leftOn }),
    contractChanges: (s.contractChanges ?? []).map((c) => ({ from: parseDay(c.from) as Day, contract: c.contract })),
    absences,
  };
}

/** Each staff member's absences (by position), merged and sorted; an absence of nobody in the data is no one's. */
function* absencesByStaff(staff: number, days: DayColumns, staffAt: Int32Array | undefined): Generator<void, DaySpan[][]> {
  const spans: DaySpan[][] = new Array<DaySpan[]>(staff);
  const count = staffAt?.length ?? 0;
  for (let i = 0; i < count; i++) {
    if (endsStep(i)) yield;
    const who = positionAt(staffAt, i);
    if (who === undefined) continue;
    (spans[who] ??= []).push({ from: dayAt(days["from"], i) as Day, to: dayAt(days["to"], i) as Day });
  }
  let merged = 0;
  for (let who = 0; who < staff; who++) {
    const list = spans[who];
    if (list === undefined) continue;
    if (endsStep(merged++)) yield;
    spans[who] = mergeSpans(list);
  }
  return spans;
}

/**
 * Sorts spans and merges those that overlap or touch.
 *
 * @param spans - inclusive spans in any order
 * @returns disjoint spans in order
 */
export function mergeSpans(spans: readonly DaySpan[]): DaySpan[] {
  const sorted = [...spans].sort((a, b) => a.from - b.from || a.to - b.to);
  const merged: DaySpan[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.from <= last.to + 1) last.to = Math.max(last.to, s.to);
    else merged.push({ ...s });
  }
  return merged;
}
