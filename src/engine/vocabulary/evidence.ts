import type { Day } from "../../calendar/day";
import type { EvidenceSpec, FieldFilter, RecordFilter } from "../../model/policy";
import type { EngineContext } from "../context/engine-context";
import { dayAt, readDay } from "../dataset-index/day-columns";
import { isNameIn } from "./resolve-name";
import { referenced } from "../dataset-index/reference-columns";
import { sortSteps } from "../slicing/sort-in-slices";
import { endsStep } from "../../model/steps";
import { atIndex } from "../../util/at-index";

type Row = Readonly<Record<string, unknown>>;

/** One record that can count as evidence, on its day. */
export interface EvidenceItem {
  day: Day;
  id: string;
  record: Row;
  /** The days its `period` covers, for evidence matched by `covers-period` (always present, so every item has one shape). */
  covers: { from: Day; to: Day } | undefined;
}

function coveredBy(r: Row): { from: Day; to: Day } | undefined {
  const span = r["period"] as { from?: string; to?: string } | undefined;
  const from = readDay(span?.from);
  const to = readDay(span?.to);
  return from !== undefined && to !== undefined ? { from, to } : undefined;
}

/** Fields that evidence filters may use beyond a record's own, by collection, read by the record's position. */
const derivedFields: Record<string, Record<string, (r: Row, at: number, ctx: EngineContext) => unknown>> = {
  audits: {
    auditorRole: (_, at, ctx) => referenced(ctx.index, "audits", "auditorId", at)?.role,
    supervisionSupervisorId: (_, at, ctx) => referenced(ctx.index, "audits", "supervisionId", at)?.supervisorId,
  },
  meetings: {
    scopeType: (r) => (r["scope"] as { type?: string } | undefined)?.type,
    scopeId: (r) => (r["scope"] as { id?: string } | undefined)?.id ?? "service",
  },
};

/** The derived fields read through a reference, and the field holding the id each reads through. */
const derivedThrough: Record<string, Record<string, string>> = {
  audits: { auditorRole: "auditorId", supervisionSupervisorId: "supervisionId" },
};

/** Names of the derived fields of a collection. */
export function derivedFieldNames(collection: string): string[] {
  return Object.keys(derivedFields[collection] ?? {});
}

function read(collection: string, r: Row, at: number, field: string, ctx: EngineContext): unknown {
  if (field in r) return r[field];
  return derivedFields[collection]?.[field]?.(r, at, ctx);
}

const ALL = "*";
/** The group of records that count for every subject (a spec's `forEvery`). */
const EVERY = "\u0000every";
/** The group of records that might count, had a record they name not been rejected. */
const UNSURE = "\u0000unsure";

/**
 * The evidence of each subject, by id, in date order; with `unsure`, the records that might
 * count for any subject but turn on a record that was rejected (an audit whose auditor's
 * role or supervision is unknown), in date order.
 */
export type EvidenceLookup = ((subjectId: string) => readonly EvidenceItem[]) & { unsure: readonly EvidenceItem[] };

const byDayThenId = (a: EvidenceItem, b: EvidenceItem) => a.day - b.day || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A record's id; for a record without one (the contract makes an oversight log's id
 * optional), its collection and plain values in field order, such as
 * `oversight:s9:dashboard-review:2024-05-13`, which is the same whatever the record order.
 */
function recordId(collection: string, r: Row): string {
  const id = r["id"];
  if (typeof id === "string") return id;
  // A loop over the fields, not values-filter-map-join: this runs for every such record of every spec.
  let joined = collection;
  for (const field of Object.keys(r)) {
    const v = r[field];
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") joined += `:${String(v)}`;
  }
  return joined;
}

/**
 * Groups a collection's records by the subject they count for, each list in date order,
 * leaving out records dated after `asOf`. Built once per spec per evaluation, a step at a
 * time: the caller (a kind's run) yields with it, so the host gets turns while it is built.
 *
 * @param spec - which records count, keyed how, dated by which field
 * @param ctx - the evaluation
 * @returns steps, then a lookup from subject id to its evidence
 * @example
 * const events = yield* evidenceFor(rule.events, ctx);
 */
export function* evidenceFor(spec: EvidenceSpec, ctx: EngineContext): Generator<void, EvidenceLookup> {
  const groups = yield* ctx.sharedSteps(`evidence:${JSON.stringify(spec)}`, () => groupEvidence(spec, ctx));
  const forEvery = groups.get(EVERY);
  const unsure = { unsure: groups.get(UNSURE) ?? [] };
  if (spec.key === undefined) return Object.assign(() => groups.get(ALL) ?? [], unsure);
  if (forEvery === undefined) return Object.assign((subjectId: string) => groups.get(subjectId) ?? [], unsure);
  // Records that count for every subject join each subject's own, in date order, built once per subject asked for.
  const joined = new Map<string, EvidenceItem[]>();
  return Object.assign((subjectId: string) => {
    let list = joined.get(subjectId);
    if (!list) joined.set(subjectId, (list = [...(groups.get(subjectId) ?? []), ...forEvery].sort(byDayThenId)));
    return list;
  }, unsure);
}

/** Whether one field's value passes its filter. */
function passes(value: unknown, filter: FieldFilter): boolean {
  if (Array.isArray(filter)) {
    // A loop, not `some`: this runs per record and spec, and its callback would be a closure each time.
    for (let k = 0; k < filter.length; k++) if (filter[k] === value) return true;
    return false;
  }
  if (typeof filter === "object") return Array.isArray(value) && filter.includes.every((v) => value.includes(v));
  return value === filter;
}

/**
 * A record filter as a test of a record by its position, its fields read once per test.
 * Hand-written loops: it runs for every record of a collection, once per spec, and a
 * callback of `every` would be a new closure per record.
 */
function filterTest(collection: string, filter: RecordFilter, ctx: EngineContext): (r: Row, at: number) => boolean {
  const fields = Object.keys(filter);
  const filters = Object.values(filter);
  return (r, at) => {
    for (let k = 0; k < fields.length; k++) {
      if (!passes(read(collection, r, at, atIndex(fields, k), ctx), atIndex(filters, k))) return false;
    }
    return true;
  };
}

/** Whether a record passes any of a spec's alternative filters (an indexed loop, not a closure per record). */
function passesAny(tests: readonly ((r: Row, at: number) => boolean)[], r: Row, at: number): boolean {
  for (let k = 0; k < tests.length; k++) if (atIndex(tests, k)(r, at)) return true;
  return false;
}

/** The fields a spec's filters name, for the vocabulary check. */
export function filteredFields(spec: EvidenceSpec): string[] {
  const filters = [...(Array.isArray(spec.where) ? spec.where : spec.where ? [spec.where] : []), ...(spec.forEvery ? [spec.forEvery] : [])];
  return [...new Set(filters.flatMap((f) => Object.keys(f)))];
}

function* groupEvidence(spec: EvidenceSpec, ctx: EngineContext): Generator<void, Map<string, EvidenceItem[]>> {
  const map = new Map<string, EvidenceItem[]>();
  // The spec's fields read once: specs differ in shape (optional fields), and the loop runs per record.
  const { collection, key, date, match } = spec;
  const dataset = ctx.index.dataset;
  const rows: readonly Row[] = isNameIn(dataset, collection) ? dataset[collection] : [];
  const alternatives = (Array.isArray(spec.where) ? spec.where : [spec.where ?? {}]).map((f) => filterTest(collection, f, ctx));
  const forEvery = spec.forEvery === undefined ? undefined : filterTest(collection, spec.forEvery, ctx);
  // Derived fields the spec reads through a reference: unknown when the record named was rejected.
  const named = filteredFields(spec);
  const through = Object.entries(derivedThrough[collection] ?? {}).filter(([field]) => named.includes(field) || field === key);
  const unknownThrough = (r: Row, at: number, fields: readonly (readonly [string, string])[]): boolean => {
    for (let k = 0; k < fields.length; k++) {
      const [field, id] = atIndex(fields, k);
      if (typeof r[id] === "string" && read(collection, r, at, field, ctx) === undefined) return true;
    }
    return false;
  };
  const keyThrough = through.filter(([field]) => field === key);
  const unsure: EvidenceItem[] = [];
  // A date field is read from the collection's day columns; only a policy naming some other
  // field as the date has it read from the record as written.
  const column = isNameIn(ctx.index.days, collection) ? ctx.index.days[collection][date] : undefined;
  // An indexed loop: `rows.entries()` would make an [index, record] pair per record.
  for (let i = 0; i < rows.length; i++) {
    if (endsStep(i)) yield;
    const r = atIndex(rows, i);
    const day = column !== undefined ? dayAt(column, i) : readDay(read(collection, r, i, date, ctx));
    if (day === undefined || day > ctx.asOf) continue;
    if (!passesAny(alternatives, r, i) || unknownThrough(r, i, keyThrough)) {
      if (unknownThrough(r, i, through)) unsure.push({ day, id: recordId(collection, r), record: r, covers: undefined });
      continue;
    }
    const keyValue = key === undefined ? ALL : forEvery?.(r, i) === true ? EVERY : read(collection, r, i, key, ctx);
    const covers = match === "covers-period" ? coveredBy(r) : undefined;
    // One item, shared by every key the record counts under (a meeting's several cases).
    const item: EvidenceItem = { day, id: recordId(collection, r), record: r, covers };
    if (Array.isArray(keyValue)) for (const each of new Set(keyValue.map(String))) addTo(map, each, item);
    else addTo(map, String(keyValue), item);
  }
  if (unsure.length > 0) map.set(UNSURE, unsure);
  let sorted = 0;
  for (const list of map.values()) {
    if (list.length > 1024) yield* sortSteps(list, byDayThenId);
    else list.sort(byDayThenId);
    sorted += list.length;
    if (sorted > 1024) {
      sorted = 0;
      yield;
    }
  }
  return map;
}

/** Adds an item to its key's list. */
function addTo(map: Map<string, EvidenceItem[]>, key: string, item: EvidenceItem): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [item]);
  else list.push(item);
}

/**
 * Index of the first item dated on or after a day, by binary search.
 *
 * @param items - items in date order
 * @param day - the day
 * @returns the index (items.length when none)
 */
export function firstOnOrAfter(items: readonly EvidenceItem[], day: Day): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (atIndex(items, mid).day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
