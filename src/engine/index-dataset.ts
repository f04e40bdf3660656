import { parseDay, type Day } from "../calendar/day";
import { COLLECTIONS, recordSchemas, type CollectionName, type Dataset } from "../model/dataset";
import type { Audit, Case, Contract, Staff, Supervision, Team } from "../model";
import { finish } from "../model/steps";
import { dateFieldsOf, dayAt, dayColumnsSteps, type DayColumns } from "./day-columns";

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
}

/** Look-ups built once per evaluation, so that every rule after them stays linear. */
export interface DatasetIndex {
  dataset: Dataset;
  staff: Map<string, Staff>;
  /** Every staff member with their dates as days. */
  members: Map<string, StaffMember>;
  teams: Map<string, Team>;
  cases: Map<string, Case>;
  supervisions: Map<string, Supervision>;
  audits: Map<string, Audit>;
  /** Each staff member's absences, merged and sorted. */
  absences: Map<string, DaySpan[]>;
  /** Every date of every collection as days, read once: a record's date by its position. */
  days: Readonly<Record<CollectionName, DayColumns>>;
}

/**
 * Indexes a parsed dataset by id and by staff member, turning the dates rules read often
 * (a staff member's start, leaving and contract changes, absences) into days once.
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
  return {
    dataset,
    staff: yield* byId(dataset.staff),
    members: yield* mapped(dataset.staff, (s, i) => [s.id, memberOf(s, i, days.staff)]),
    teams: yield* byId(dataset.teams),
    cases: yield* byId(dataset.cases),
    supervisions: yield* byId(dataset.supervisions),
    audits: yield* byId(dataset.audits),
    absences: yield* absencesByStaff(dataset, days.absences),
    days,
  };
}

/** Records indexed between two steps. */
const PER_STEP = 256;

function memberOf(s: Staff, at: number, days: DayColumns): StaffMember {
  const leftOn = dayAt(days["leftOn"], at);
  return {
    id: s.id,
    record: s,
    startedOn: dayAt(days["startedOn"], at) as Day,
    ...(leftOn === undefined ? {} : { leftOn }),
    contractChanges: (s.contractChanges ?? []).map((c) => ({ from: parseDay(c.from) as Day, contract: c.contract })),
  };
}

/** A map of each record's entry, in record order (a later key wins, as `new Map(entries)`). */
function* mapped<T, V>(records: readonly T[], entry: (r: T, at: number) => [string, V]): Generator<void, Map<string, V>> {
  const map = new Map<string, V>();
  for (let i = 0; i < records.length; i++) {
    if (i % PER_STEP === PER_STEP - 1) yield;
    const [key, value] = entry(records[i] as T, i);
    map.set(key, value);
  }
  return map;
}

function byId<T extends { id: string }>(records: readonly T[]): Generator<void, Map<string, T>> {
  return mapped(records, (r) => [r.id, r]);
}

function* absencesByStaff(dataset: Dataset, days: DayColumns): Generator<void, Map<string, DaySpan[]>> {
  const spans = new Map<string, DaySpan[]>();
  for (const [i, a] of dataset.absences.entries()) {
    if (i % PER_STEP === PER_STEP - 1) yield;
    const list = spans.get(a.staffId) ?? [];
    list.push({ from: dayAt(days["from"], i) as Day, to: dayAt(days["to"], i) as Day });
    spans.set(a.staffId, list);
  }
  let merged = 0;
  for (const [id, list] of spans) {
    if (++merged % PER_STEP === 0) yield;
    spans.set(id, mergeSpans(list));
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
