import { parseDay } from "../calendar/day";
import type { Case } from "../model";
import { recordSchemas } from "../model/dataset";
import { childSchema } from "../model/families";
import { auditActionSchema } from "../model/practice";
import type { SubjectType } from "../model/evaluation";
import type { EngineContext } from "./context";
import { defineSource, happened, type SubjectSource } from "./subject-source";

type Row = Readonly<Record<string, unknown>>;

/** A source listing one whole collection, a record existing once its date `on` has happened. */
function recordsOf<C extends "audits" | "supervisions" | "pdrs" | "observations" | "reports">(
  type: SubjectType, collection: C, on: string,
): SubjectSource {
  return defineSource({
    type, collection, schema: recordSchemas[collection], decidingDate: on, derivedFacts: [],
    *parts(ctx) {
      const records: readonly (Row & { id: string })[] = ctx.index.dataset[collection];
      for (const r of records) {
        const day = r[on];
        if (typeof day === "string" && happened(ctx, day)) yield { id: r.id, record: r, facts: {} };
      }
    },
  });
}

const openedBy = (ctx: EngineContext): Case[] => ctx.index.dataset.cases.filter((c) => happened(ctx, c.openedOn));

/**
 * A source of cases opened by `asOf`, with the facts rules read of them; `named` keeps only
 * those a source names by an event ("each case closed inside the window").
 */
function caseSource(named: (c: Case, ctx: EngineContext) => boolean): SubjectSource {
  return defineSource({
    type: "case", collection: "cases", schema: recordSchemas.cases, decidingDate: "closedOn",
    derivedFacts: ["teamType", "closed", "neglect"],
    *parts(ctx) {
      for (const c of openedBy(ctx)) {
        if (!named(c, ctx)) continue;
        yield {
          id: c.id, record: c,
          facts: {
            teamType: ctx.index.teams.get(c.teamId)?.type,
            closed: happened(ctx, c.closedOn),
            neglect: happened(ctx, c.neglectIdentifiedOn),
          },
          ...(c.closedOn === undefined ? {} : { endsOn: c.closedOn }),
        };
      }
    },
  });
}

/**
 * The subjects a rule can be about, by name: one descriptor each (its type, schema, deciding
 * date, facts and dates, and how to list it). Each lists the subjects that exist by `asOf`
 * (an audit completed later has not happened yet); a source named by an event
 * (`closed-cases`) only those whose event is inside the window.
 */
export const subjectSources = {
  audits: recordsOf("audit", "audits", "completedOn"),
  supervisions: recordsOf("supervision", "supervisions", "heldOn"),
  pdrs: recordsOf("pdr", "pdrs", "heldOn"),
  observations: recordsOf("observation", "observations", "observedOn"),
  reports: recordsOf("report", "reports", "publishedOn"),
  "young-carer-assessments": defineSource({
    type: "assessment", collection: "youngCarerAssessments", schema: recordSchemas.youngCarerAssessments,
    decidingDate: "assessedOn", derivedFacts: ["keyWorkerId"],
    *parts(ctx) {
      for (const a of ctx.index.dataset.youngCarerAssessments) {
        if (!happened(ctx, a.assessedOn)) continue;
        yield { id: a.id, record: a, facts: { keyWorkerId: ctx.index.cases.get(a.caseId)?.keyWorkerId } };
      }
    },
  }),
  "audit-actions": defineSource({
    type: "action", schema: auditActionSchema, derivedFacts: ["auditId", "auditKind", "workerId"], planned: ["dueOn"],
    *parts(ctx) {
      for (const a of ctx.index.dataset.audits) {
        if (!happened(ctx, a.completedOn)) continue;
        for (const action of a.actions) {
          yield { id: action.id, record: action, facts: { auditId: a.id, auditKind: a.kind, workerId: a.workerId } };
        }
      }
    },
  }),
  staff: defineSource({
    type: "staff", collection: "staff", schema: recordSchemas.staff, derivedFacts: ["hasLineManager"],
    *parts(ctx) {
      for (const s of ctx.index.dataset.staff) {
        if (!happened(ctx, s.startedOn)) continue;
        yield {
          id: s.id, record: s, staff: ctx.index.members.get(s.id),
          facts: { hasLineManager: s.lineManagerId !== undefined && ctx.index.staff.has(s.lineManagerId) },
          ...(s.leftOn === undefined ? {} : { endsOn: s.leftOn }),
        };
      }
    },
  }),
  teams: defineSource({
    type: "team", collection: "teams", schema: recordSchemas.teams, derivedFacts: [],
    *parts(ctx) {
      for (const t of ctx.index.dataset.teams) yield { id: t.id, record: t, facts: {} };
    },
  }),
  areas: defineSource({
    type: "area", collection: "areas", schema: recordSchemas.areas, derivedFacts: [],
    *parts(ctx) {
      for (const a of ctx.index.dataset.areas) yield { id: a.id, record: a, facts: {} };
    },
  }),
  service: defineSource({
    type: "service", derivedFacts: [],
    *parts() {
      yield { id: "service", record: { id: "service" }, facts: {} };
    },
  }),
  cases: caseSource(() => true),
  /** Cases closed inside the window, named by their closure: before it, a closure is another evaluation's business. */
  "closed-cases": caseSource((c, ctx) => {
    const closed = c.closedOn === undefined ? undefined : parseDay(c.closedOn);
    return closed !== undefined && closed >= ctx.from && closed <= ctx.asOf;
  }),
  children: defineSource({
    type: "child", schema: childSchema, derivedFacts: ["caseId", "keyWorkerId", "teamId"],
    derivedDates: ["case.openedOn", "case.closedOn"],
    *parts(ctx) {
      for (const c of openedBy(ctx)) {
        for (const child of c.children) {
          yield {
            id: child.id, record: child,
            facts: { caseId: c.id, keyWorkerId: c.keyWorkerId, teamId: c.teamId },
            dates: { "case.openedOn": c.openedOn, "case.closedOn": c.closedOn },
          };
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
