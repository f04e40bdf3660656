import type { Day } from "../../calendar/day";
import type { Case } from "../../model";
import { recordSchemas, type CollectionName } from "../../model/dataset";
import { childSchema } from "../../model/families";
import { auditActionSchema } from "../../model/practice";
import type { SubjectType } from "../../model/evaluation";
import type { EngineContext } from "../context/engine-context";
import { dateFieldsOf, dayAt, daysOf } from "../dataset-index/day-columns";
import { referenced } from "../dataset-index/reference-columns";
import { defineSource, type PlaceRule, type SubjectSource } from "./define-source";
import { atIndex } from "../../util/at-index";

type Row = Readonly<Record<string, unknown>>;

/** The facts of a source that derives none: one object, shared by all its subjects (which never read it). */
const NO_FACTS = Object.freeze({});

/** A record's date, by its position in its collection, as a day; undefined when it has none. */
function dayOf(ctx: EngineContext, collection: CollectionName, field: string, at: number): Day | undefined {
  return dayAt(ctx.index.days[collection][field], at);
}

/** Whether a record's date (by its position) has happened by `asOf`: the record exists for the engine. */
function happened(ctx: EngineContext, collection: CollectionName, field: string, at: number): boolean {
  const day = dayOf(ctx, collection, field, at);
  return day !== undefined && day <= ctx.asOf;
}

/** A source listing one whole collection, a record existing once its date `on` has happened. */
function recordsOf<T extends SubjectType, C extends "audits" | "supervisions" | "pdrs" | "observations" | "reports">(
  type: T, collection: C, on: string, place?: PlaceRule,
) {
  return defineSource({
    type, collection, schema: recordSchemas[collection], decidingDate: on, derivedFacts: [], ...(place ? { place } : {}),
    walk(ctx, from, to, emit) {
      const records: readonly (Row & { id: string })[] = ctx.index.dataset[collection];
      for (let i = from; i < to; i++) {
        const r = atIndex(records, i);
        if (happened(ctx, collection, on, i)) emit(r.id, r, NO_FACTS, i);
      }
    },
  });
}


/**
 * A source of cases opened by `asOf`, with the facts rules read of them; `named` keeps only
 * those a source names by an event ("each case closed inside the window").
 */
function caseSource(named: (closedOn: Day | undefined, ctx: EngineContext) => boolean, namedByStop = false) {
  return defineSource({
    type: "case", collection: "cases", schema: recordSchemas.cases, decidingDate: "closedOn", namedByStop,
    place: { by: "team", via: { field: "teamId" } },
    derivedFacts: ["teamType", "closed", "neglect"],
    walk(ctx, from, to, emit) {
      for (let i = from; i < to; i++) {
        if (!happened(ctx, "cases", "openedOn", i)) continue;
        const c = atIndex(ctx.index.dataset.cases, i);
        const closedOn = dayOf(ctx, "cases", "closedOn", i);
        if (!named(closedOn, ctx)) continue;
        const facts = {
          teamType: referenced(ctx.index, "cases", "teamId", i)?.type,
          closed: closedOn !== undefined && closedOn <= ctx.asOf,
          neglect: happened(ctx, "cases", "neglectIdentifiedOn", i),
        };
        emit(c.id, c, facts, i, undefined, undefined, closedOn);
      }
    },
  });
}

const actionDates = dateFieldsOf(auditActionSchema);

/**
 * The subjects a rule can be about, by name: one descriptor each (its type, schema, deciding
 * date, facts and dates, and how to list it). Each lists the subjects that exist by `asOf`
 * (an audit completed later has not happened yet); a source named by an event
 * (`closed-cases`) only those whose event is inside the window.
 */
export const subjectSources = {
  audits: recordsOf("audit", "audits", "completedOn", { by: "staff", via: { field: "workerId" } }),
  supervisions: recordsOf("supervision", "supervisions", "heldOn", { by: "staff", via: { field: "superviseeId" } }),
  pdrs: recordsOf("pdr", "pdrs", "heldOn", { by: "staff", via: { field: "staffId" } }),
  observations: recordsOf("observation", "observations", "observedOn", { by: "staff", via: { field: "practitionerId" } }),
  reports: recordsOf("report", "reports", "publishedOn"),
  meetings: defineSource({
    type: "meeting", collection: "meetings", schema: recordSchemas.meetings, decidingDate: "heldOn",
    derivedFacts: ["attendeesRecorded"],
    walk(ctx, from, to, emit) {
      const records = ctx.index.dataset.meetings;
      for (let i = from; i < to; i++) {
        const m = atIndex(records, i);
        if (!happened(ctx, "meetings", "heldOn", i)) continue;
        emit(m.id, m, { attendeesRecorded: (m.attendeeIds?.length ?? 0) > 0 }, i);
      }
    },
  }),
  "young-carer-assessments": defineSource({
    type: "assessment", collection: "youngCarerAssessments", schema: recordSchemas.youngCarerAssessments,
    decidingDate: "assessedOn", derivedFacts: ["keyWorkerId"], place: { by: "case", via: { field: "caseId" } },
    walk(ctx, from, to, emit) {
      const records = ctx.index.dataset.youngCarerAssessments;
      for (let i = from; i < to; i++) {
        const a = atIndex(records, i);
        if (!happened(ctx, "youngCarerAssessments", "assessedOn", i)) continue;
        emit(a.id, a, { keyWorkerId: referenced(ctx.index, "youngCarerAssessments", "caseId", i)?.keyWorkerId }, i);
      }
    },
  }),
  "audit-actions": defineSource({
    type: "action", schema: auditActionSchema, derivedFacts: ["auditId", "auditKind", "workerId"], planned: ["dueOn"],
    // With the member of staff its own record names as its owner (who must complete it), not the audited worker.
    nestedIn: { collection: "audits", list: "actions" }, place: { by: "staff", via: { field: "ownerId" } },
    walk(ctx, from, to, emit) {
      const records = ctx.index.dataset.audits;
      for (let i = from; i < to; i++) {
        const a = atIndex(records, i);
        if (!happened(ctx, "audits", "completedOn", i) || a.actions.length === 0) continue;
        // What every action of the audit shares, built once per audit.
        const facts = { auditId: a.id, auditKind: a.kind, workerId: a.workerId };
        for (const action of a.actions) emit(action.id, action, facts, undefined, daysOf(action, actionDates));
      }
    },
  }),
  staff: defineSource({
    type: "staff", collection: "staff", schema: recordSchemas.staff, derivedFacts: ["hasLineManager"], place: { by: "staff", via: "self" },
    walk(ctx, from, to, emit) {
      const records = ctx.index.dataset.staff;
      for (let i = from; i < to; i++) {
        const s = atIndex(records, i);
        if (!happened(ctx, "staff", "startedOn", i)) continue;
        const leftOn = dayOf(ctx, "staff", "leftOn", i);
        // The record names a line manager, even one whose own record was rejected (the owner is then unknown).
        const facts = { hasLineManager: s.lineManagerId !== undefined };
        emit(s.id, s, facts, i, undefined, ctx.index.members[i], leftOn);
      }
    },
  }),
  teams: defineSource({
    type: "team", collection: "teams", schema: recordSchemas.teams, derivedFacts: [], place: { by: "team", via: "self" },
    walk(ctx, from, to, emit) {
      for (let i = from; i < to; i++) {
        const r = atIndex(ctx.index.dataset.teams, i);
        emit(r.id, r, {}, i);
      }
    },
  }),
  areas: defineSource({
    type: "area", collection: "areas", schema: recordSchemas.areas, derivedFacts: [], place: { by: "area", via: "self" },
    walk(ctx, from, to, emit) {
      for (let i = from; i < to; i++) {
        const r = atIndex(ctx.index.dataset.areas, i);
        emit(r.id, r, {}, i);
      }
    },
  }),
  service: defineSource({
    type: "service", derivedFacts: [],
    walk(_ctx, _from, _to, emit) {
      emit("service", { id: "service" }, {}, undefined);
    },
  }),
  cases: caseSource(() => true),
  /** Cases closed inside the window, named by their closure: before it, a closure is another evaluation's business. */
  "closed-cases": caseSource((closed, ctx) => closed !== undefined && closed >= ctx.from && closed <= ctx.asOf, true),
  children: defineSource({
    type: "child", schema: childSchema, derivedFacts: ["caseId", "keyWorkerId", "teamId"],
    nestedIn: { collection: "cases", list: "children" }, place: { by: "case", via: "parent" },
    derivedDates: ["case.openedOn", "case.closedOn"],
    // A child's own dates are read from the children's day columns, by its position there.
    columns: (ctx) => ctx.index.children.days,
    walk(ctx, from, to, emit) {
      const first = ctx.index.children.first;
      for (let i = from; i < to; i++) {
        if (!happened(ctx, "cases", "openedOn", i)) continue;
        const c: Case = atIndex(ctx.index.dataset.cases, i);
        // What every child of the case shares, built once per case (nothing is built per child).
        const caseDates = { "case.openedOn": dayOf(ctx, "cases", "openedOn", i), "case.closedOn": dayOf(ctx, "cases", "closedOn", i) };
        const facts = { caseId: c.id, keyWorkerId: c.keyWorkerId, teamId: c.teamId };
        const closedOn = caseDates["case.closedOn"];
        const at = atIndex(first, i);
        for (let k = 0; k < c.children.length; k++) {
          const child = atIndex(c.children, k);
          emit(child.id, child, facts, at + k, caseDates, undefined, closedOn);
        }
      }
    },
  }),
} satisfies Record<string, SubjectSource>;

/** The name of a subject source. */
export type SubjectSourceName = keyof typeof subjectSources;

/**
 * The source that lists subjects of a type as whole records (a target's scope `area` is the
 * `areas` source; a checked report is a `report`).
 *
 * @returns the source, or undefined for a type no whole collection lists
 */
export function sourceOfType(type: string): SubjectSource | undefined {
  return Object.values(subjectSources).find((s) => s.type === type);
}

/**
 * The subject type of a collection's records, for checks of evidence records (`reports` are
 * `report`s); a collection no source lists is checked as the service's.
 *
 * @returns the type
 */
export function subjectTypeOfCollection(collection: string): SubjectType {
  return Object.values(subjectSources).find((s) => s.collection === collection)?.type ?? "service";
}
