/**
 * The split of a raw dataset by area for {@link evaluateParallel}: each record goes to the
 * parts of the areas it concerns, with what it refers to, so that each part parses alone to
 * the same verdict on each of its records, and each result's subject is owned by one part.
 *
 * @module
 */
import { COLLECTIONS, type CollectionName } from "../model/dataset";
import { referenceFields, type ReferenceTarget } from "../model/references";
import type { RuleDefinition } from "../model/policy";
import { atIndex, atKey } from "../util/at-index";
import { isPlainObject } from "../util/plain-object";
import { objectsIn } from "../util/walk-json";

/** One part of a split: its records, each one's index in the input, and which of them it owns. */
export interface AreaPart {
  /** The part's records, every collection in input order. */
  dataset: Record<CollectionName, unknown[]>;
  /** Per collection, the input index of each of the part's records. */
  indices: Record<CollectionName, Int32Array>;
  /** Per collection, 1 where the part owns the record: it reports its rejection and its results. */
  owned: Record<CollectionName, Uint8Array>;
}

/** The rules each kind of part runs. */
export interface SplitRules {
  /** The rules the area parts run. */
  areaRules: RuleDefinition[];
  /** The rules the service part runs: those about the service itself, and targets. */
  serviceRules: RuleDefinition[];
}

/** The organisation and absences go whole to every part: owners, escalations and pauses read them everywhere. */
const ORGANISATION: readonly CollectionName[] = ["areas", "teams", "staff", "lineManagement"];
const EVERYWHERE: ReadonlySet<CollectionName> = new Set([...ORGANISATION, "absences"]);

/** Most groups a split makes: a home is a bitmask of groups, with one more bit for the service. */
export const MAX_GROUPS = 30;
const SERVICE = 1 << MAX_GROUPS;

type Raw = Record<string, unknown>;
const rec = (r: unknown): Raw => (isPlainObject(r) ? r : {});
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * The rules the service part must run: rules about the service itself, and targets (a target
 * counts over its scopes, the service among them). Undefined when an area rule counts records
 * for every subject (`forEvery`) other than the service-wide meetings, which no split by area
 * can give every part: then the dataset is not split.
 *
 * @param rules - the policy's rules
 * @returns the rules of each kind of part
 */
export function rulesBySplit(rules: readonly RuleDefinition[]): SplitRules | undefined {
  const serviceRules = rules.filter((r) => r.subject === "service" || r.kind === "target");
  const areaRules = rules.filter((r) => !serviceRules.includes(r));
  const everyFilters = areaRules.flatMap((r) => valuesOf(r, "forEvery").map((f) => ({ f, collection: ownerCollection(r, f) })));
  const onlyServiceMeetings = everyFilters.every(({ f, collection }) =>
    collection === "meetings" && JSON.stringify(f) === JSON.stringify({ scopeType: "service" }));
  return onlyServiceMeetings ? { areaRules, serviceRules } : undefined;
}

/** Every value under `key` anywhere in a JSON value. */
function valuesOf(value: unknown, key: string): unknown[] {
  return objectsIn(value).filter(({ node }) => Object.hasOwn(node, key)).map(({ node }) => node[key]);
}

/** The collection of the evidence spec holding a `forEvery` filter. */
function ownerCollection(value: unknown, filter: unknown): unknown {
  return objectsIn(value).find(({ node }) => node["forEvery"] === filter)?.node["collection"];
}

/** The collections the measures of targets read. */
const MEASURE_COLLECTIONS: Readonly<Record<string, readonly CollectionName[]>> = { "survey.completion": ["cases", "surveys"] };

/** What each collection refers to beyond the organisation: the cases and supervisions its records name. */
const REFERS: Partial<Record<CollectionName, readonly CollectionName[]>> = {
  surveys: ["cases"], youngCarerAssessments: ["cases"], audits: ["cases", "supervisions"], meetings: ["cases"],
};

/**
 * The collections the service rules read, whole: those they name, what their measures count,
 * what those refer to, and the organisation (not absences: they pause or excuse only a
 * member of staff's own obligations, and no subject of the service, an area or a team is one).
 */
function serviceCollections(rules: readonly RuleDefinition[]): Set<CollectionName> {
  const named = new Set<unknown>([...valuesOf(rules, "collection"), ...valuesOf(rules, "measure").flatMap((m) => MEASURE_COLLECTIONS[String(m)] ?? [])]);
  const out = new Set<CollectionName>([...ORGANISATION, ...COLLECTIONS.filter((c) => named.has(c))]);
  for (const c of [...out]) for (const target of REFERS[c] ?? []) out.add(target);
  return out;
}

/** Union-find over a collection's records: records sharing an id (or a child's or action's id) are one cluster. */
class Clusters {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = new Int32Array(size).map((_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = atIndex(this.parent, root);
    for (let k = i; this.parent[k] !== root;) {
      const next = atIndex(this.parent, k);
      this.parent[k] = root;
      k = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Joins records by a key they share (an id, a child's id): the first record with each key stands for it. */
function joinBy(keys: Map<string, number>, clusters: Clusters, key: string | undefined, i: number): void {
  if (key === undefined) return;
  const first = keys.get(key);
  if (first === undefined) keys.set(key, i);
  else clusters.union(first, i);
}

/** A collection's clusters and the home of each (by its root): the groups whose areas its records concern. */
interface Homes {
  clusters: Clusters;
  /** Input index of the first record with each id. */
  byId: Map<string, number>;
  home: Int32Array;
}

/**
 * The service part: the collections the service-level rules read, whole (the others empty).
 * It needs no split, so it can go to a worker before the split is made.
 *
 * @param input - the dataset as given
 * @param rules - the policy's rules, split by {@link rulesBySplit}
 * @returns the part, or undefined when the policy has no service-level rule
 */
export function servicePart(input: Readonly<Partial<Record<CollectionName, readonly unknown[]>>>, rules: SplitRules): Record<CollectionName, unknown[]> | undefined {
  if (rules.serviceRules.length === 0) return undefined;
  const wanted = serviceCollections(rules.serviceRules);
  return Object.fromEntries(COLLECTIONS.map((c) => [c, wanted.has(c) ? [...(input[c] ?? [])] : []])) as Record<CollectionName, unknown[]>;
}

/**
 * Splits a raw dataset (an object of arrays, every key a collection) into `groups` parts by
 * area. Areas are dealt out to the groups by their number of teams, largest first, in
 * proportion to each group's share.
 *
 * @param input - the dataset as given
 * @param groups - how many parts, at most {@link MAX_GROUPS}
 * @param share - each group's share of the teams, relative to the others' (1 each by default)
 * @returns the parts: one per group of areas, the first also owning the service's own records and staff
 */
export function splitByArea(input: Readonly<Partial<Record<CollectionName, readonly unknown[]>>>, groups: number, share: (group: number) => number = () => 1): AreaPart[] {
  const data = Object.fromEntries(COLLECTIONS.map((c) => [c, input[c] ?? []])) as Record<CollectionName, readonly unknown[]>;
  const groupOf = dealAreas(data, Math.min(groups, MAX_GROUPS), share);
  const all = (1 << Math.min(groups, MAX_GROUPS)) - 1;
  const areaHome = (id: unknown): number => {
    const g = typeof id === "string" ? groupOf.get(id) : undefined;
    return g === undefined ? 0 : 1 << g;
  };
  const firstById = (c: CollectionName) => {
    const m = new Map<string, Raw>();
    for (const r of data[c]) {
      const id = str(rec(r)["id"]);
      if (id !== undefined && !m.has(id)) m.set(id, rec(r));
    }
    return m;
  };
  const teams = firstById("teams");
  const teamHome = (id: unknown): number => (typeof id === "string" && teams.has(id) ? areaHome(teams.get(id)?.["areaId"]) : 0);
  const staff = firstById("staff");
  const staffHome = (id: unknown): number => {
    const s = typeof id === "string" ? staff.get(id) : undefined;
    if (s === undefined) return 0;
    const home = s["teamId"] !== undefined ? teamHome(s["teamId"]) : areaHome(s["areaId"]);
    return home === 0 ? SERVICE : home;
  };
  const homes = new Map<CollectionName, Homes>();
  const homeIn = (target: ReferenceTarget | "cases" | "supervisions", id: unknown): number => {
    if (target === "areas") return areaHome(id);
    if (target === "teams") return teamHome(id);
    if (target === "staff") return staffHome(id);
    const h = homes.get(target);
    const i = typeof id === "string" ? h?.byId.get(id) : undefined;
    return h === undefined || i === undefined ? 0 : (atIndex(h.home, h.clusters.find(i)));
  };
  const childCase = new Map<string, number>();
  const fieldsOf = Object.fromEntries(COLLECTIONS.map((c) => [c, Object.entries((referenceFields as Partial<Record<CollectionName, Record<string, ReferenceTarget>>>)[c] ?? {})]));
  const ownHome = (c: CollectionName, raw: unknown): number => {
    const r = rec(raw);
    let home = 0;
    for (const [field, target] of fieldsOf[c] ?? []) home |= homeIn(target, r[field]);
    if (c === "surveys" || c === "youngCarerAssessments") {
      const at = typeof r["childId"] === "string" ? childCase.get(r["childId"]) : undefined;
      const cases = homes.get("cases");
      if (at !== undefined && cases !== undefined) home |= atIndex(cases.home, cases.clusters.find(at));
    }
    if (c === "audits") for (const a of list(r["actions"])) home |= staffHome(rec(a)["ownerId"]);
    if (c === "meetings") {
      const scope = rec(r["scope"]);
      const type = scope["type"];
      home |= type === "area" ? areaHome(scope["id"]) : type === "team" ? teamHome(scope["id"]) : type === "staff" ? staffHome(scope["id"]) : SERVICE;
      for (const id of list(r["attendeeIds"])) home |= staffHome(id);
      for (const id of list(r["caseIds"])) home |= homeIn("cases", id);
    }
    return home;
  };
  for (const c of COLLECTIONS) {
    if (EVERYWHERE.has(c)) continue;
    const records = data[c];
    const clusters = new Clusters(records.length);
    const byId = new Map<string, number>();
    const nested = new Map<string, number>();
    for (let i = 0; i < records.length; i++) {
      const r = rec(records[i]);
      joinBy(byId, clusters, str(r["id"]), i);
      if (c === "cases") for (const child of list(r["children"])) joinBy(nested, clusters, str(rec(child)["id"]), i);
      if (c === "audits") for (const action of list(r["actions"])) joinBy(nested, clusters, str(rec(action)["id"]), i);
    }
    if (c === "cases") for (const [child, i] of nested) childCase.set(child, i);
    const home = new Int32Array(records.length);
    for (let i = 0; i < records.length; i++) {
      const root = clusters.find(i);
      home[root] = (atIndex(home, root)) | ownHome(c, records[i]);
    }
    homes.set(c, { clusters, byId, home });
  }
  // Which parts each record goes to: those of its home's groups, and the first for a home of
  // the service or of no area; every part for a service-wide meeting (it counts for every
  // area); then the cases and supervisions a record names go wherever it goes.
  const partsOf = (home: number): number => {
    const groupsOf = home & all;
    if (groupsOf === 0) return 1;
    return groupsOf | ((home & SERVICE) !== 0 ? 1 : 0);
  };
  const ownerOf = (home: number): number => {
    const groupsOf = home & all;
    return groupsOf === 0 ? 0 : 31 - Math.clz32(groupsOf & -groupsOf);
  };
  const member = new Map<CollectionName, Int32Array>();
  for (const c of [...COLLECTIONS].reverse()) {
    if (EVERYWHERE.has(c)) continue;
    const h = atKey(homes, c);
    const extra = member.get(c); // parts pulled in by records of later collections
    const mask = new Int32Array(data[c].length);
    for (let i = 0; i < mask.length; i++) {
      const root = h.clusters.find(i);
      const serviceWide = c === "meetings" && rec(rec(data[c][i])["scope"])["type"] === "service";
      mask[i] = (serviceWide ? all : partsOf(atIndex(h.home, root))) | (extra?.[root] ?? 0);
    }
    member.set(c, mask);
    for (let i = 0; i < mask.length; i++) pull(c, data[c][i], atIndex(mask, i));
  }
  function pull(c: CollectionName, raw: unknown, parts: number): void {
    const r = rec(raw);
    const into = (target: "cases" | "supervisions", id: unknown): void => {
      const i = typeof id === "string" ? homes.get(target)?.byId.get(id) : undefined;
      if (i !== undefined) intoCluster(target, i, parts);
    };
    if (c === "surveys" || c === "youngCarerAssessments" || c === "audits") into("cases", r["caseId"]);
    if (c === "surveys" || c === "youngCarerAssessments") {
      const at = typeof r["childId"] === "string" ? childCase.get(r["childId"]) : undefined;
      if (at !== undefined) intoCluster("cases", at, parts);
    }
    if (c === "audits") into("supervisions", r["supervisionId"]);
    if (c === "meetings") for (const id of list(r["caseIds"])) into("cases", id);
  }
  function intoCluster(target: "cases" | "supervisions", at: number, parts: number): void {
    const h = atKey(homes, target);
    let extra = member.get(target);
    if (extra === undefined) member.set(target, (extra = new Int32Array(data[target].length)));
    const root = h.clusters.find(at);
    extra[root] = (atIndex(extra, root)) | parts;
  }
  const parts: AreaPart[] = Array.from({ length: Math.min(groups, MAX_GROUPS) }, () => ({
    dataset: {} as AreaPart["dataset"], indices: {} as AreaPart["indices"], owned: {} as AreaPart["owned"],
  }));
  for (const c of COLLECTIONS) {
    const records = data[c];
    const h = homes.get(c);
    const mask = member.get(c);
    const owner = new Int8Array(records.length);
    for (let i = 0; i < records.length; i++) owner[i] = ownerOf(h === undefined ? staffOrOrgHome(c, records[i]) : (atIndex(h.home, h.clusters.find(i))));
    for (const [g, part] of parts.entries()) {
      const bit = 1 << g;
      const picked: number[] = [];
      const pickedRecords: unknown[] = [];
      for (let i = 0; i < records.length; i++) {
        if (mask !== undefined && ((atIndex(mask, i)) & bit) === 0) continue;
        picked.push(i);
        pickedRecords.push(records[i]);
      }
      part.dataset[c] = pickedRecords;
      part.indices[c] = Int32Array.from(picked);
      part.owned[c] = Uint8Array.from(picked, (i) => (owner[i] === g ? 1 : 0));
    }
  }
  function staffOrOrgHome(c: CollectionName, raw: unknown): number {
    const id = rec(raw)["id"];
    return c === "areas" ? areaHome(id) : c === "teams" ? teamHome(id) : c === "staff" ? staffHome(id) : ownHome(c, raw);
  }
  return parts;
}

/**
 * Deals the areas out to the groups, each area (largest first, by its teams) to the group
 * whose teams, with it, would be fewest for its share.
 *
 * @returns each area id's group
 */
function dealAreas(data: Record<CollectionName, readonly unknown[]>, groups: number, share: (group: number) => number): Map<string, number> {
  const teamsIn = new Map<string, number>();
  for (const a of data.areas) {
    const id = str(rec(a)["id"]);
    if (id !== undefined && !teamsIn.has(id)) teamsIn.set(id, 0);
  }
  for (const t of data.teams) {
    const id = str(rec(t)["areaId"]);
    if (id !== undefined && teamsIn.has(id)) teamsIn.set(id, (atKey(teamsIn, id)) + 1);
  }
  const load = new Array<number>(groups).fill(0);
  const out = new Map<string, number>();
  for (const [id, n] of [...teamsIn].sort((a, b) => b[1] - a[1])) {
    const after = load.map((l, g) => (l + Math.max(1, n)) / share(g));
    const g = after.indexOf(Math.min(...after));
    out.set(id, g);
    load[g] = (atIndex(load, g)) + Math.max(1, n);
  }
  return out;
}
