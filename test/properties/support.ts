/**
 * Helpers of the properties: nothing lost by parseDataset, a seeded shuffle of every
 * collection, keys of results, and the split of a dataset into one dataset per area.
 */
import { expect } from "vitest";
import { InvalidDatasetError } from "../../src/errors";
import { COLLECTIONS, parseDataset, type ParsedDataset } from "../../src/model";
import type { Breach, Evaluation, Obligation } from "../../src";
import type { Data, Rec } from "./arbitraries";

/** A small seeded pseudo-random generator (mulberry32), so a shuffle is reproducible. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Fisher-Yates shuffle of a copy of a list. */
export function shuffled<T>(list: readonly T[], next: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Nested lists that are sets of things (not positions): shuffled with their record. */
const NESTED = ["children", "actions", "contractChanges", "attendeeIds", "caseIds", "agenda", "covered", "sharedWith", "covers"];

/**
 * Shuffles every collection, and the set-like lists inside each record.
 *
 * @param data - the dataset
 * @param seed - the seed of the permutation
 * @returns a new dataset with the same records in another order
 */
export function shuffleData(data: Data, seed: number): Data {
  const next = seeded(seed);
  const out = {} as Data;
  for (const name of COLLECTIONS) {
    out[name] = shuffled(data[name], next).map((r) => {
      const copy: Rec = { ...r };
      for (const key of NESTED) if (Array.isArray(copy[key])) copy[key] = shuffled(copy[key] as unknown[], next);
      return copy;
    });
  }
  return out;
}

/** `ruleId|type:id`: what a breach is about, whatever its wait or period. */
export const aboutKey = (b: Breach | Obligation): string => `${b.ruleId}|${b.subject.type}:${b.subject.id}`;

/**
 * Checks that a list is in the guaranteed order, returning the first pair out of order.
 *
 * @returns the index of the first element out of order, or -1
 */
export function firstUnsorted<T>(list: readonly T[], compare: (a: T, b: T) => number): number {
  for (let i = 1; i < list.length; i++) if (compare(list[i - 1] as T, list[i] as T) > 0) return i;
  return -1;
}

/** The parts of an evaluation that do not depend on how the input was numbered. */
export function results(e: Evaluation): Pick<Evaluation, "asOf" | "window" | "policy" | "obligations" | "breaches" | "escalations"> {
  return { asOf: e.asOf, window: e.window, policy: e.policy, obligations: e.obligations, breaches: e.breaches, escalations: e.escalations };
}

interface Part {
  areas: Set<string>;
  teams: Set<string>;
  staff: Set<string>;
  cases: Set<string>;
  supervisions: Set<string>;
}

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const inSet = (set: Set<string>, v: unknown): boolean => v === undefined || set.has(String(v));
const allIn = (set: Set<string>, v: unknown): boolean => !Array.isArray(v) || v.every((x) => set.has(String(x)));

const keep: Record<string, (r: Rec, p: Part) => boolean> = {
  absences: (r, p) => inSet(p.staff, r["staffId"]),
  cases: (r, p) => inSet(p.teams, r["teamId"]) && inSet(p.staff, r["keyWorkerId"]),
  surveys: (r, p) => inSet(p.cases, r["caseId"]),
  youngCarerAssessments: (r, p) => inSet(p.cases, r["caseId"]),
  representations: (r, p) => inSet(p.teams, r["teamId"]),
  supervisions: (r, p) => inSet(p.staff, r["superviseeId"]) && inSet(p.staff, r["supervisorId"]),
  pdrs: (r, p) => inSet(p.staff, r["staffId"]) && inSet(p.staff, r["reviewerId"]),
  observations: (r, p) => inSet(p.staff, r["practitionerId"]) && inSet(p.staff, r["observerId"]),
  audits: (r, p) =>
    ["auditorId", "workerId", "moderatorId", "qispSentToId"].every((f) => inSet(p.staff, r[f]))
    && inSet(p.cases, r["caseId"]) && inSet(p.supervisions, r["supervisionId"])
    && ((r["actions"] as Rec[] | undefined) ?? []).every((a) => inSet(p.staff, a["ownerId"])),
  meetings: (r, p) => {
    const scope = r["scope"] as { type: string; id?: string };
    const set = scope.type === "area" ? p.areas : scope.type === "team" ? p.teams : p.staff;
    return (scope.type === "service" || inSet(set, scope.id)) && allIn(p.staff, r["attendeeIds"]) && allIn(p.cases, r["caseIds"]);
  },
  oversight: (r, p) => inSet(p.staff, r["staffId"]),
  qualityImprovementPlans: (r, p) => inSet(p.teams, r["teamId"]),
  iicAwards: (r, p) => inSet(p.areas, r["areaId"]),
};

/**
 * The dataset of one area: its teams, its staff (plus the service-level staff, who have
 * neither team nor area), its cases, and every other record whose references all stay inside.
 *
 * @param data - the whole dataset
 * @param areaId - the area
 * @returns the area's dataset
 */
export function areaPart(data: Data, areaId: string): Data {
  const areas = new Set([areaId]);
  const teamList = data.teams.filter((t) => t["areaId"] === areaId);
  const teams = new Set(teamList.map((t) => String(t["id"])));
  const staffList = data.staff.filter((s) => {
    const team = str(s["teamId"]);
    const area = str(s["areaId"]);
    return team !== undefined ? teams.has(team) : area === undefined || area === areaId;
  });
  const part: Part = { areas, teams, staff: new Set(staffList.map((s) => String(s["id"]))), cases: new Set(), supervisions: new Set() };
  const out = { areas: data.areas.filter((a) => a["id"] === areaId), teams: teamList, staff: staffList } as Data;
  for (const name of COLLECTIONS) {
    if (name in out) continue;
    const test = keep[name];
    out[name] = test === undefined ? [...data[name]] : data[name].filter((r) => test(r, part));
    if (name === "cases") for (const c of out.cases) part.cases.add(String(c["id"]));
    if (name === "supervisions") for (const s of out.supervisions) part.supervisions.add(String(s["id"]));
  }
  return out;
}

/**
 * The first difference between two JSON-like values, as a short description, or undefined
 * when they are deeply equal. Cheaper than a test runner's diff of two large evaluations.
 *
 * @param a - the expected value
 * @param b - the actual value
 * @param path - where in the value this is
 * @returns `path: expected ≠ actual`, or undefined
 */
export function firstDifference(a: unknown, b: unknown, path = "$"): string | undefined {
  if (Object.is(a, b)) return undefined;
  const show = (v: unknown): string => JSON.stringify(v)?.slice(0, 300) ?? String(v);
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return `${path}: ${show(a)} ≠ ${show(b)}`;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  for (const key of [...new Set([...Object.keys(ra), ...Object.keys(rb)])].sort()) {
    const d = firstDifference(ra[key], rb[key], `${path}.${key}`);
    if (d !== undefined) return d;
  }
  return undefined;
}

/**
 * parseDataset loses nothing: any input either is no dataset at all (an InvalidDatasetError)
 * or has every record of every collection counted once, accepted or rejected at its index.
 *
 * @param input - anything
 * @returns what parseDataset gave, or undefined when the input is no dataset
 */
export function expectNothingLost(input: unknown): ParsedDataset | undefined {
  let parsed: ParsedDataset;
  try {
    parsed = parseDataset(input);
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidDatasetError);
    return undefined;
  }
  for (const name of COLLECTIONS) {
    const c = parsed.counts[name];
    const raw = (input as Record<string, unknown>)[name];
    expect(c.received).toBe(Array.isArray(raw) ? raw.length : 0);
    expect(c.received).toBe(c.evaluated + c.rejected);
    expect(parsed.dataset[name]).toHaveLength(c.evaluated);
    expect(parsed.rejected.filter((r) => r.collection === name && r.index >= 0)).toHaveLength(c.rejected);
  }
  return parsed;
}
