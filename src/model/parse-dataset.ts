import type { z } from "zod/mini";
import { InvalidDatasetError, type Issue } from "../errors";
import { CoercionTally, type Coercion } from "./coercions";
import { didYouMean } from "../text/did-you-mean";
import { COLLECTIONS, recordSchemas } from "./dataset";
import type { CollectionName, Dataset, RecordOf } from "./dataset";
import { rejectLineManagementCycles, rejectOverlaps } from "./line-management";
import { resolveLineManagers } from "./line-managers";
import { qafErrorMap } from "./messages";
import type { LineManagement, Staff } from "./organisation";
import { recordReader, UNREAD } from "./record-reader";
import { nestedIdCheckOf, referenceCheckOf } from "./references";
import { AcceptedIds, type ReferenceIndex } from "./references";
import { IdIndex } from "./id-index";
import { endsStep, finish } from "./steps";
import { isPlainObject } from "../util/plain-object";

/** A record (or a whole collection, `index: -1`) that was not evaluated, with every problem. */
export interface Rejection {
  /** The collection. */
  collection: string;
  /** Index in the input collection; `-1` when the whole collection is unusable (not an array). */
  index: number;
  /** The record's `id`, when it is a non-empty string. */
  id?: string;
  /** Every problem, its path relative to the record. Never echoes the offending value. */
  issues: Issue[];
}

/** Per collection: records received, evaluated (accepted) and rejected. */
export interface CollectionCount {
  /** Records given (0 when the collection is absent). */
  received: number;
  /** Records valid and used; `received = evaluated + rejected`. */
  evaluated: number;
  /** Records refused, each listed in `rejected` with its index and every problem. */
  rejected: number;
}

/** What {@link parseDataset} returns. */
export interface ParsedDataset {
  /** The accepted records, parsed (defaults applied, extra fields stripped), in input order. */
  dataset: Dataset;
  /** Rejections, by collection order then index. */
  rejected: Rejection[];
  /** For every collection, `received = evaluated + rejected`. */
  counts: Record<CollectionName, CollectionCount>;
  /** Values read forgivingly (`null` as absent, a timestamp as its day...), counted by collection, field and kind. */
  coercions: Coercion[];
}

function readId(raw: unknown): string | undefined {
  if (typeof raw !== "object" || raw === null) return undefined;
  const id = (raw as { id?: unknown }).id;
  return typeof id === "string" && id.length > 0 ? id : undefined;
}

const DUPLICATE = "duplicate id: an earlier record of this collection has it";

function toIssues(error: z.core.$ZodError): Issue[] {
  return error.issues.map((i) => ({
    path: i.path.filter((p): p is string | number => typeof p !== "symbol"),
    message: i.message,
  }));
}

/** Records parsed by their schema between two steps (each takes a few microseconds). */
const PARSED_PER_STEP = 16;
/** Records read between two steps, counted across collections (the reader takes under a microsecond a record). */
const READ_PER_STEP = 64;

function* parseCollection<C extends CollectionName>(
  name: C,
  raw: readonly unknown[],
  ix: ReferenceIndex,
  out: ParsedDataset,
  tally: CoercionTally,
  before: number,
): Generator<void, void> {
  const schema = recordSchemas[name] as unknown as z.ZodMiniType<RecordOf<C>>;
  const reader = recordReader(schema);
  const note = tally.noteFor(name);
  let copy: unknown[] | undefined; // once a record is read forgivingly: the caller's records are never changed
  const parsed: (RecordOf<C> | undefined)[] = [];
  const issues: (Issue[] | undefined)[] = []; // sparse: only records with problems have an entry
  const firstIndex = new IdIndex(raw.length);
  let bySchema = 0;
  for (let i = 0; i < raw.length; i++) {
    if (endsStep(before + i, READ_PER_STEP)) yield;
    // A record valid as it is takes the reader's check alone; the others are read forgivingly,
    // then left to the schema, which alone describes a rejected record.
    let record = raw[i];
    let value = reader.read(record);
    let problems: Issue[] | undefined;
    if (value === UNREAD) {
      const coerced = reader.coerce(record, note);
      if (coerced !== record) {
        (copy ??= raw.slice())[i] = record = coerced;
        value = reader.read(record);
      }
    }
    if (value === UNREAD) {
      if (endsStep(bySchema++, PARSED_PER_STEP)) yield;
      let result = schema.safeParse(record);
      if (!result.success) result = schema.safeParse(record, { error: qafErrorMap });
      value = result.success ? result.data : undefined;
      problems = result.success ? undefined : toIssues(result.error);
    }
    parsed.push(value as RecordOf<C> | undefined);
    const id = readId(record);
    if (id !== undefined && firstIndex.add(id, i) !== undefined) (problems ??= []).push({ path: ["id"], message: DUPLICATE });
    if (problems !== undefined) issues[i] = problems;
  }
  // References, then (for staff and line management) the line management checks, then nested
  // ids, then the verdict: one pass over the records where no collection-wide check comes between.
  const references = referenceCheckOf(name, ix);
  const lineManaged = name === "staff" || name === "lineManagement";
  const scratch: Issue[] = [];
  const checkReferences = (i: number): void => {
    const r = parsed[i];
    if (references === undefined || r === undefined) return;
    references(r, scratch);
    if (scratch.length > 0) {
      issues[i] = [...(issues[i] ?? []), ...scratch];
      scratch.length = 0;
    }
  };
  if (lineManaged) {
    for (let i = 0; i < raw.length; i++) {
      if (endsStep(i)) yield;
      checkReferences(i);
    }
    if (name === "staff") resolveLineManagers(parsed as (Staff | undefined)[], issues, firstIndex);
    else {
      rejectOverlaps(parsed as (LineManagement | undefined)[], issues);
      rejectLineManagementCycles(parsed as (LineManagement | undefined)[], issues, out.dataset.staff);
    }
  }
  const nested = nestedIdCheckOf(name, ix, raw.length);
  const accepted = new Uint8Array(raw.length);
  let records: (RecordOf<C> | undefined)[] | undefined; // from the first rejection on; until then, the records read are the collection
  for (let i = 0; i < raw.length; i++) {
    if (endsStep(i)) yield;
    if (!lineManaged) checkReferences(i);
    const r = parsed[i];
    const found = r !== undefined && nested !== undefined && issues[i] === undefined ? nested(r, i) : issues[i];
    if (r !== undefined && found === undefined) {
      accepted[i] = 1;
      records?.push(r);
    } else {
      records ??= parsed.slice(0, i);
      const id = readId((copy ?? raw)[i]);
      const all = found ?? [];
      out.rejected.push(id === undefined ? { collection: name, index: i, issues: all } : { collection: name, index: i, id, issues: all });
    }
  }
  records ??= parsed;
  ix.accepted.set(name, new AcceptedIds(firstIndex, accepted));
  (out.dataset as unknown as Record<C, (RecordOf<C> | undefined)[]>)[name] = records; // none undefined: only accepted records
  out.counts[name] = { received: raw.length, evaluated: records.length, rejected: raw.length - records.length };
}

/**
 * Validates a dataset record by record: each record is either accepted (parsed, defaults
 * applied, extra fields stripped) or rejected with every problem and its path. Rejected
 * are records that fail their schema, repeat an earlier record's id, or refer to an id that
 * no record of the export has (a reference to a record that is in the export but rejected is
 * kept: a record is rejected only for its own problems, so rejection never cascades), staff
 * in a line management cycle, line management records
 * that overlap an earlier record of the same staff member or make a line management cycle on
 * some day (with the staff records' own line managers on the days no record covers), and
 * cases or audits repeating a child or action id an accepted record already has.
 *
 * A collection present but not an array gives one rejection `{ collection, index: -1 }`
 * and counts of zero: it has no records. A missing collection is an empty one. Linear in
 * the number of records.
 *
 * @param input - the dataset, as parsed from JSON
 * @returns the accepted dataset, the rejections and the counts per collection
 * @throws InvalidDatasetError when the input is not a dataset at all: not an object (`null`,
 *   a list), an object with no collection, or a key that is not a collection (a misspelt
 *   `Staff` would otherwise leave `staff` silently empty); `$schema` is allowed, for editors
 * @example
 * const { dataset, rejected } = parseDataset(JSON.parse(text));
 */
export function parseDataset(input: unknown): ParsedDataset {
  return finish(parseDatasetSteps(input));
}

/**
 * {@link parseDataset} a step at a time: it yields between records, so that a caller can give
 * its host turns while a large export is validated (`evaluate` does). Run to its end, it gives
 * what `parseDataset` gives, and throws what it throws (at the first step).
 *
 * @param input - the dataset, as parsed from JSON
 * @returns steps, then the accepted dataset, the rejections and the counts per collection
 * @example
 * const parsed = finish(parseDatasetSteps(input)); // parseDataset(input)
 */
export function* parseDatasetSteps(input: unknown): Generator<void, ParsedDataset> {
  const collections = checkShape(input);
  const out: ParsedDataset = { dataset: {} as Dataset, rejected: [], counts: {} as ParsedDataset["counts"], coercions: [] };
  const tally = new CoercionTally();
  const ix: ReferenceIndex = { accepted: new Map(), nested: new Map() };
  let before = 0; // records of the collections before
  for (const name of COLLECTIONS) {
    const value = Object.hasOwn(collections, name) ? collections[name] : undefined;
    if (value !== undefined && !Array.isArray(value)) {
      out.rejected.push({ collection: name, index: -1, issues: [{ path: [], message: "must be an array of records" }] });
    }
    const records = Array.isArray(value) ? value : [];
    yield* parseCollection(name, records, ix, out, tally, before);
    before += records.length;
  }
  out.coercions = tally.list();
  return out;
}

const KNOWN: ReadonlySet<string> = new Set(COLLECTIONS);

/**
 * The input as an object of collections, or an InvalidDatasetError naming every key that
 * is not a collection (with the nearest collection's name) and what the input is instead.
 */
function checkShape(input: unknown): Record<string, unknown> {
  if (!isPlainObject(input)) {
    const kind = input === null ? "null" : Array.isArray(input) ? "a list" : typeof input === "undefined" ? "undefined" : `a ${typeof input}`;
    throw new InvalidDatasetError([{ path: [], message: `the input is ${kind}, not an object of collections` }]);
  }
  const issues: Issue[] = [];
  let found = 0;
  for (const key of Object.keys(input)) {
    if (KNOWN.has(key)) found++;
    else if (key === "$schema") {
      if (typeof input[key] !== "string") issues.push({ path: [key], message: "must be a string" });
    } else {
      const near = didYouMean(key, COLLECTIONS);
      issues.push({ path: [key], message: near === undefined ? `unknown collection: the collections are ${COLLECTIONS.join(", ")}` : `unknown collection: did you mean \`${near}\`?` });
    }
  }
  if (found === 0 && issues.length === 0) {
    issues.push({ path: [], message: `no collection found: expected at least one of ${COLLECTIONS.join(", ")} (an empty collection is written [])` });
  }
  if (issues.length > 0) throw new InvalidDatasetError(issues);
  return input;
}
