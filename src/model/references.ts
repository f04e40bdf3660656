import type { Issue } from "../errors";
import { escapeControl } from "../text/escape-control";
import type { CollectionName, RecordOf } from "./dataset";
import { IdIndex } from "./id-index";

/**
 * The ids of a collection's records, read from what the parse already holds: the index of
 * the first record with each id (a later one with the same id is always rejected), and which
 * indexes were accepted. No second table of a million ids is built.
 */
export class AcceptedIds {
  /** The id looked up last, and its first index: a survey's case is looked up for its `caseId`, then again for its child. */
  private lastId: string | undefined;
  private lastIndex: number | undefined;

  /**
   * @param firstIndex - the index of the first record with each id
   * @param accepted - 1 at the index of each accepted record
   */
  constructor(
    private readonly firstIndex: IdIndex,
    private readonly accepted: Uint8Array,
  ) {}

  /** The index of the accepted record with this id; undefined when no accepted record has it. */
  acceptedAt(id: string): number | undefined {
    const i = this.indexOf(id);
    return i !== undefined && this.accepted[i] === 1 ? i : undefined;
  }

  /** Whether a record of the export has this id, accepted or rejected. */
  inExport(id: string): boolean {
    return this.indexOf(id) !== undefined;
  }

  private indexOf(id: string): number | undefined {
    if (id !== this.lastId) {
      this.lastIndex = this.firstIndex.get(id);
      this.lastId = id;
    }
    return this.lastIndex;
  }
}

/** What reference checks know: the ids of the collections checked so far, and whose children are whose. */
export interface ReferenceIndex {
  /** Ids of the records of each collection already checked, and which of them were accepted. */
  readonly accepted: Map<CollectionName, AcceptedIds>;
  /**
   * Ids inside accepted records (children, audit actions) so far, by noun, each with its
   * record's index: for uniqueness across the dataset, and (`child`) the case of each child.
   */
  readonly nested: Map<string, IdIndex>;
}

/** The collections a record can refer to by id. */
export const REFERENCE_TARGETS = ["areas", "teams", "staff", "cases", "supervisions"] as const;

/** A collection a record can refer to by id. */
export type ReferenceTarget = (typeof REFERENCE_TARGETS)[number];

const NOUNS: Readonly<Record<ReferenceTarget, string>> = {
  areas: "an area",
  teams: "a team",
  staff: "staff",
  cases: "a case",
  supervisions: "a supervision",
};

/**
 * The message for a reference to an id no record of the export has, naming the id (ids are
 * not personal data; control characters are escaped). A reference to a record that is in
 * the export but rejected is no problem of the referring record: it is kept.
 *
 * @param target - the collection referred to
 * @param id - the id referred to
 * @returns the message
 * @example
 * missingMessage("staff", "s9"); // "refers to staff `s9` that is not in the export"
 */
export function missingMessage(target: ReferenceTarget, id: string): string {
  return `refers to ${NOUNS[target]} \`${escapeControl(id)}\` that is not in the export`;
}

type FieldTargets = { [C in CollectionName]?: { readonly [F in keyof RecordOf<C>]?: ReferenceTarget } };

/**
 * Each collection's plain reference fields (one optional id each) and the collection each
 * refers to, in the order they are checked. The parse rejects a record whose reference
 * names an id not in the export; the engine resolves each one once, into the position of the record
 * it refers to. A staff record's own line manager is resolved apart (see `resolveLineManagers`);
 * a line management record's manager is a plain reference, checked here.
 */
export const referenceFields = {
  teams: { areaId: "areas" },
  staff: { teamId: "teams", areaId: "areas" },
  absences: { staffId: "staff" },
  lineManagement: { staffId: "staff", lineManagerId: "staff" },
  cases: { teamId: "teams", keyWorkerId: "staff" },
  surveys: { caseId: "cases" },
  youngCarerAssessments: { caseId: "cases" },
  representations: { teamId: "teams" },
  supervisions: { superviseeId: "staff", supervisorId: "staff" },
  pdrs: { staffId: "staff", reviewerId: "staff" },
  observations: { practitionerId: "staff", observerId: "staff" },
  audits: {
    auditorId: "staff", workerId: "staff", caseId: "cases", supervisionId: "supervisions",
    moderatorId: "staff", qispSentToId: "staff",
  },
  oversight: { staffId: "staff" },
  qualityImprovementPlans: { teamId: "teams" },
  iicAwards: { areaId: "areas" },
} as const satisfies FieldTargets;

/** The ids of the collections a record may refer to, looked up once per collection checked. */
type Known = Readonly<Record<ReferenceTarget, AcceptedIds | undefined>>;

function knownOf(ix: ReferenceIndex): Known {
  const get = (target: ReferenceTarget): AcceptedIds | undefined => ix.accepted.get(target);
  return { areas: get("areas"), teams: get("teams"), staff: get("staff"), cases: get("cases"), supervisions: get("supervisions") };
}

/** Whether a reference names an id no record of the export has. */
function missing(known: Known, target: ReferenceTarget, id: string | undefined): id is string {
  return id !== undefined && known[target]?.inExport(id) !== true;
}

function refAll(known: Known, out: Issue[], field: string, ids: readonly string[], target: ReferenceTarget): void {
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (missing(known, target, id)) out.push({ path: [field, i], message: missingMessage(target, id) });
  }
}

/**
 * A child must be one of its case's children. Only an accepted case's children are known: for
 * a case that is in the export but rejected the child is not checked (the record is kept, and
 * rules that need the case produce nothing for it); a case not in the export is `caseId`'s issue.
 */
function childOf(known: Known, children: IdIndex | undefined, out: Issue[], caseId: string, childId: string | undefined): void {
  if (childId === undefined) return;
  const at = known.cases?.acceptedAt(caseId);
  if (at !== undefined && children?.get(childId) !== at) {
    out.push({ path: ["childId"], message: `refers to a child \`${escapeControl(childId)}\` who is not in case \`${escapeControl(caseId)}\`` });
  }
}

/** A check of one record's references, bound to the ids of the collections checked before its own. */
export type ReferenceCheck<C extends CollectionName> = (r: RecordOf<C>, out: Issue[]) => void;
type Checks = { [C in CollectionName]?: (known: Known, ix: ReferenceIndex) => ReferenceCheck<C> };

/** The references beyond plain fields: a child of the case, an action's owner, a meeting's lists. */
const otherChecks: Checks = {
  surveys: (known, ix) => (r, out) => childOf(known, ix.nested.get("child"), out, r.caseId, r.childId),
  youngCarerAssessments: (known, ix) => (r, out) => childOf(known, ix.nested.get("child"), out, r.caseId, r.childId),
  audits: (known) => (r, out) => {
    for (let i = 0; i < r.actions.length; i++) {
      const id = r.actions[i]?.ownerId;
      if (missing(known, "staff", id)) out.push({ path: ["actions", i, "ownerId"], message: missingMessage("staff", id) });
    }
  },
  meetings: (known) => (r, out) => {
    const s = r.scope;
    if (s.type !== "service") {
      const target = s.type === "area" ? "areas" : s.type === "team" ? "teams" : "staff";
      if (missing(known, target, s.id)) out.push({ path: ["scope", "id"], message: missingMessage(target, s.id) });
    }
    refAll(known, out, "attendeeIds", r.attendeeIds, "staff");
    refAll(known, out, "caseIds", r.caseIds, "cases");
  },
};

/**
 * The reference checks of a collection, run on records that passed their schema, in
 * collection order: its plain reference fields first, then any others. A reference must name
 * a record of the export; one that names a rejected record is kept (rejection never
 * cascades). Undefined when it has none. The collections referred to are looked up once,
 * here: call it when the collections before this one are checked, and the index holds
 * their ids.
 *
 * @param name - the collection
 * @param ix - the ids of the collections checked so far
 * @returns the check, which adds an issue for each reference to an id not in the export
 */
export function referenceCheckOf<C extends CollectionName>(name: C, ix: ReferenceIndex): ReferenceCheck<C> | undefined {
  const known = knownOf(ix);
  const fields = Object.entries((referenceFields as FieldTargets)[name] ?? {}) as [string, ReferenceTarget][];
  const other = (otherChecks[name] as Checks[C] | undefined)?.(known, ix);
  if (fields.length === 0) return other;
  const refs = fields.map(([field, target]) => ({ field, target, ids: known[target] }));
  return (r, out) => {
    const row = r as Readonly<Record<string, unknown>>;
    for (const { field, target, ids } of refs) {
      const id = row[field] as string | undefined;
      if (id !== undefined && ids?.inExport(id) !== true) out.push({ path: [field], message: missingMessage(target, id) });
    }
    other?.(r, out);
  };
}

type NestedIds = { [C in CollectionName]?: { noun: string; field: string; items: (r: RecordOf<C>) => readonly { id: string }[] } };

/**
 * Ids inside records that must be unique across the whole dataset, since results are keyed
 * by them: a case's children, an audit's actions. Checked last, on records that are
 * otherwise accepted, so a rejected record reserves none of its ids.
 */
export const nestedIds: NestedIds = {
  cases: { noun: "child", field: "children", items: (r) => r.children },
  audits: { noun: "action", field: "actions", items: (r) => r.actions },
};

/** A record's nested items beyond which repeats within it are found with a set, not a scan. */
const SCAN_LIMIT = 16;

/**
 * The check of a collection's nested ids (undefined when its records hold none): it checks
 * one otherwise accepted record's nested ids against those accepted so far, and reserves
 * them when all are new. Paths are built only for the duplicates it finds.
 *
 * @param name - the collection
 * @param ix - where the nested ids accepted so far are kept
 * @param expected - how many nested ids the collection likely holds (its records' count will do): room is made for them at once
 * @returns the check, which gives the duplicates, each at its path, or undefined when there are none
 */
export function nestedIdCheckOf<C extends CollectionName>(
  name: C,
  ix: ReferenceIndex,
  expected = 0,
): ((r: RecordOf<C>, index: number) => Issue[] | undefined) | undefined {
  const spec = nestedIds[name] as { noun: string; field: string; items: (r: RecordOf<C>) => readonly { id: string }[] } | undefined;
  if (spec === undefined) return undefined;
  let found = ix.nested.get(spec.noun);
  if (found === undefined) ix.nested.set(spec.noun, (found = new IdIndex(expected)));
  const seen = found;
  return (r, index) => {
    const items = spec.items(r);
    // Repeats within the record: a scan for the few items a record has, a set for a long list.
    const mine = items.length > SCAN_LIMIT ? new Set<string>() : undefined;
    let issues: Issue[] | undefined;
    for (let i = 0; i < items.length; i++) {
      const id = (items[i] as { id: string }).id;
      if (seen.has(id) || (mine ? mine.has(id) : repeatsEarlier(items, i))) {
        (issues ??= []).push({ path: [spec.field, i, "id"], message: `duplicate ${spec.noun} id: ${spec.noun} ids must be unique across the dataset` });
      }
      mine?.add(id);
    }
    if (issues === undefined) for (const item of items) seen.add(item.id, index);
    return issues;
  };
}

function repeatsEarlier(items: readonly { id: string }[], i: number): boolean {
  const id = (items[i] as { id: string }).id;
  for (let j = 0; j < i; j++) if ((items[j] as { id: string }).id === id) return true;
  return false;
}
