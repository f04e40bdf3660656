import { parseDay, type Day } from "../calendar/day";
import type { Staff } from "../model";
import type { Subject, SubjectType } from "../model/evaluation";
import type { EngineContext } from "./context";
import { dateReader, keyReader, type SubjectInstance } from "./subject-instance";

type Row = Readonly<Record<string, unknown>>;

function instance(
  ctx: EngineContext,
  subject: Subject,
  record: Row,
  extra: { facts?: Row; dates?: Row; planned?: string[]; staff?: Staff; endsOn?: string } = {},
): SubjectInstance {
  const facts = { ...record, ...extra.facts };
  const end = extra.endsOn === undefined ? undefined : parseDay(extra.endsOn);
  return {
    subject,
    record,
    facts,
    date: dateReader({ ...record, ...extra.dates }, ctx.asOf, extra.planned),
    ...(extra.staff ? { staff: extra.staff } : {}),
    ...(end !== undefined && end <= ctx.asOf ? { endsOn: end } : {}),
    keyOn: keyReader(facts, extra.staff),
  };
}

const happened = (ctx: EngineContext, date: string | undefined): boolean =>
  date !== undefined && (parseDay(date) as Day) <= ctx.asOf;

const records = <T extends { id: string }>(type: SubjectType, list: (ctx: EngineContext) => readonly T[], on: string) =>
  (ctx: EngineContext) =>
    list(ctx)
      .filter((r) => happened(ctx, (r as unknown as Row)[on] as string | undefined))
      .map((r) => instance(ctx, { type, id: r.id }, r as unknown as Row));

/** Cases that have opened by `asOf`, with the facts rules read of them. */
function cases(ctx: EngineContext): SubjectInstance[] {
  return ctx.index.dataset.cases
    .filter((c) => happened(ctx, c.openedOn))
    .map((c) =>
      instance(ctx, { type: "case", id: c.id }, c as unknown as Row, {
        facts: {
          teamType: ctx.index.teams.get(c.teamId)?.type,
          closed: happened(ctx, c.closedOn),
          neglect: happened(ctx, c.neglectIdentifiedOn),
        },
        ...(c.closedOn === undefined ? {} : { endsOn: c.closedOn }),
      }),
    );
}

/**
 * A source that names its subjects by an event ("each case closed inside the window"): the
 * subjects of `source` whose event `date` is dated inside the window `[from, asOf]`. Before
 * the window the event is another evaluation's business, whatever it left unmet.
 *
 * @param source - the subjects to choose from
 * @param date - the name of the subject's date that names it
 * @returns the source
 */
function namedByEvent(source: (ctx: EngineContext) => SubjectInstance[], date: string) {
  return (ctx: EngineContext) =>
    source(ctx).filter((s) => {
      const on = s.date(date);
      return on !== undefined && on >= ctx.from && on <= ctx.asOf;
    });
}

/**
 * The subjects a rule can be about, by name. Each source lists the subjects that exist by
 * `asOf` (an audit completed later has not happened yet), in one pass over its collection;
 * a source named by an event (`closed-cases`) only those whose event is inside the window.
 */
export const subjectSources = {
  audits: records("audit", (c) => c.index.dataset.audits, "completedOn"),
  supervisions: records("supervision", (c) => c.index.dataset.supervisions, "heldOn"),
  pdrs: records("pdr", (c) => c.index.dataset.pdrs, "heldOn"),
  observations: records("observation", (c) => c.index.dataset.observations, "observedOn"),
  reports: records("report", (c) => c.index.dataset.reports, "publishedOn"),
  "young-carer-assessments": (ctx: EngineContext) =>
    records("assessment", (c) => c.index.dataset.youngCarerAssessments, "assessedOn")(ctx).map((a) =>
      instance(ctx, a.subject, a.record, {
        facts: { keyWorkerId: ctx.index.cases.get(String(a.record["caseId"]))?.keyWorkerId },
      }),
    ),
  "audit-actions": (ctx: EngineContext) =>
    ctx.index.dataset.audits
      .filter((a) => happened(ctx, a.completedOn))
      .flatMap((a) =>
        a.actions.map((action) =>
          instance(ctx, { type: "action", id: action.id }, action as unknown as Row, {
            facts: { auditId: a.id, auditKind: a.kind, workerId: a.workerId },
            planned: ["dueOn"],
          }),
        ),
      ),
  staff: (ctx: EngineContext) =>
    ctx.index.dataset.staff
      .filter((s) => happened(ctx, s.startedOn))
      .map((s) =>
        instance(ctx, { type: "staff", id: s.id }, s as unknown as Row, {
          facts: { hasLineManager: s.lineManagerId !== undefined && ctx.index.staff.has(s.lineManagerId) },
          staff: s,
          ...(s.leftOn === undefined ? {} : { endsOn: s.leftOn }),
        }),
      ),
  teams: (ctx: EngineContext) =>
    ctx.index.dataset.teams.map((t) => instance(ctx, { type: "team", id: t.id }, t as unknown as Row)),
  areas: (ctx: EngineContext) =>
    ctx.index.dataset.areas.map((a) => instance(ctx, { type: "area", id: a.id }, a as unknown as Row)),
  service: (ctx: EngineContext) => [instance(ctx, { type: "service", id: "service" }, { id: "service" })],
  cases,
  /** Cases closed inside the window, named by their closure. */
  "closed-cases": namedByEvent(cases, "closedOn"),
  children: (ctx: EngineContext) =>
    ctx.index.dataset.cases
      .filter((c) => happened(ctx, c.openedOn))
      .flatMap((c) =>
        c.children.map((child) =>
          instance(ctx, { type: "child", id: child.id }, child as unknown as Row, {
            facts: { caseId: c.id, keyWorkerId: c.keyWorkerId, teamId: c.teamId },
            dates: { "case.openedOn": c.openedOn, "case.closedOn": c.closedOn },
          }),
        ),
      ),
} satisfies Record<string, (ctx: EngineContext) => SubjectInstance[]>;

/** The name of a subject source. */
export type SubjectSourceName = keyof typeof subjectSources;
