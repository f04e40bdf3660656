import { atIndex } from "../../util/at-index";
import { parseDay, type Day } from "../../calendar/day";
import { schoolAgeOn, schoolPhaseOn } from "../../calendar/school-age";
import type { Case } from "../../model";
import type { EngineContext } from "../context/engine-context";
import { UNDECIDED, unknownStaff } from "./assertions";

import { dayAt } from "../dataset-index/day-columns";
import { endsStep, finish } from "../../model/steps";
import { isNameIn } from "./resolve-name";
import type { Needs, NeedsAnd } from "./needs";
import type { SubjectInstance } from "../subjects/subject";

/** How a deadline obligation was met, or what stands in the way. */
export interface Fulfilment {
  /** The day it was met, if it was by `asOf`. */
  on?: Day;
  /** Ids of the records that met it. */
  evidence: string[];
  /** Facts for the breach: what is missing or wrong. */
  details?: Record<string, unknown>;
  /** Whether it was met turns on a staff member whose record was rejected: the rule produces nothing for the subject. */
  undecided?: true;
}

/**
 * Decides whether (and when) a deadline obligation was met. `prepare`, when there is one,
 * builds the look-up the decisions read, a step at a time (a deadline's run yields with it).
 */
export type Fulfil = ((subject: SubjectInstance, ctx: EngineContext) => Fulfilment) & {
  prepare?: (ctx: EngineContext) => Generator<void, unknown>;
};

const none: Fulfilment = { evidence: [] };

/** A fulfilment with the facts, dates or subject type it reads. */
const fulfilment = <const N extends Needs>(needs: N, value: Fulfil) => ({ needs, value });

/** Met on the audit's `date`, by the audit itself, when `ok` finds no problem (nor an undecided one); `facts` are those `ok` reads. */
const auditFulfilment = <const D extends string, const F extends readonly string[]>(
  date: D, facts: F, ok: (s: SubjectInstance, ctx: EngineContext, on: Day) => string | null | typeof UNDECIDED,
) => fulfilment({ dates: [date], facts }, (s, ctx) => {
  const on = s.date(date);
  if (on === undefined) return none;
  const problem = ok(s, ctx, on);
  if (problem === UNDECIDED) return { evidence: [], undecided: true };
  return problem === null ? { on, evidence: [s.subject.id] } : { evidence: [], details: { problem } };
});

/** The worker's operations manager on a day, by the audit's `workerId`; undecided when the worker's record was rejected. */
const opsManagerOfWorker = (s: SubjectInstance, ctx: EngineContext, on: Day): string | undefined | typeof UNDECIDED =>
  unknownStaff(ctx, s.fact("workerId")) ? UNDECIDED : ctx.people.opsManagerOfStaffOn(String(s.fact("workerId")), on);

/**
 * What fulfils a deadline rule, by name: the vocabulary that rule definitions use in
 * `fulfilment`. Each declares what it reads of the subject, so that a rule whose subjects
 * cannot give it is refused.
 */
export const fulfilments = {
  "qisp-sent-to-ops-manager": auditFulfilment("qispSentOn", ["workerId", "qispSentToId"], (s, ctx, on) => {
    const expected = opsManagerOfWorker(s, ctx, on);
    if (expected === UNDECIDED) return UNDECIDED;
    if (expected === undefined) return "no operations manager of the worker was in post on the day it was sent";
    return s.fact("qispSentToId") === expected ? null : "the plan was sent to someone other than the worker's operations manager on that day";
  }),
  "moderated-by-ops-manager": auditFulfilment("moderatedOn", ["workerId", "moderatorId"], (s, ctx, on) => {
    const expected = opsManagerOfWorker(s, ctx, on);
    if (expected === UNDECIDED) return UNDECIDED;
    if (expected === undefined) return "no operations manager of the worker was in post on the day of moderation";
    return s.fact("moderatorId") === expected ? null : "the audit was moderated by someone other than the worker's operations manager on that day";
  }),
  "face-to-face-feedback": auditFulfilment("feedbackMeetingOn", ["faceToFaceFeedback"], (s) =>
    s.fact("faceToFaceFeedback") === true ? null : "the feedback was not given face to face",
  ),
  "action-completed": fulfilment({ dates: ["completedOn"] }, (s) => {
    const on = s.date("completedOn");
    return on === undefined ? none : { on, evidence: [s.subject.id] };
  }),
  // It reads the case's own children and closure.
  "required-surveys-offered": fulfilment({ type: "case", dates: ["closedOn"] }, withLookUp("survey-offers-by-case", surveyOffersByCase, requiredSurveysOffered)),
  "young-carer-assessed": fulfilment({ facts: ["caseId"] }, withLookUp("assessments-by-child", assessmentsByChild, (s, assessments) => {
    const found = assessments.get(`${String(s.fact("caseId"))}|${s.subject.id}`);
    return found ? { on: found.day, evidence: [found.id] } : none;
  })),
} satisfies Record<string, NeedsAnd<Fulfil>>;

/** The name of a fulfilment. */
export type FulfilmentName = keyof typeof fulfilments;

/** Parameters a fulfilment reads by itself, beyond those its rule names. */
const fulfilmentParameters: Partial<Record<FulfilmentName, readonly string[]>> = {
  "required-surveys-offered": ["survey.ageBasis", "survey.offerPer"],
};

/**
 * The parameters a fulfilment reads by itself (explanations list them, `comparePolicies` watches them).
 *
 * @param name - the fulfilment's name
 * @returns dotted parameter names
 */
export function implicitParametersOfFulfilment(name: string): string[] {
  return isNameIn(fulfilments, name) ? [...(fulfilmentParameters[name] ?? [])] : [];
}

/** The school-age from which a family owes a young person's survey ("secondary school aged 11 and over"). */
const SECONDARY_FROM = 11;

type OffersByCase = Map<string, Map<string, { day: Day; id: string }>>;

/**
 * Each case's first offer of each survey it may need: by instrument (`parent-carer`,
 * `young-person`, `child`, whichever child it names) and by instrument and child
 * (`young-person|c1`).
 */
function* surveyOffersByCase(ctx: EngineContext): Generator<void, OffersByCase> {
  const map: OffersByCase = new Map();
  const offeredOn = ctx.index.days.surveys["offeredOn"];
  const surveys = ctx.index.dataset.surveys;
  // Indexed loops and no list of keys per survey: this runs once per survey of the export.
  for (let i = 0; i < surveys.length; i++) {
    if (endsStep(i)) yield;
    const day = dayAt(offeredOn, i);
    if (day === undefined || day > ctx.asOf) continue;
    const sv = atIndex(surveys, i);
    let forCase = map.get(sv.caseId);
    if (forCase === undefined) map.set(sv.caseId, (forCase = new Map()));
    offerFirst(forCase, sv.instrument, day, sv.id);
    if (sv.instrument !== "parent-carer") offerFirst(forCase, `${sv.instrument}|${sv.childId}`, day, sv.id);
  }
  return map;
}

/** Keeps a survey as its key's offer when it is the first (by day, then id). */
function offerFirst(forCase: Map<string, { day: Day; id: string }>, key: string, day: Day, id: string): void {
  const known = forCase.get(key);
  if (!known || day < known.day || (day === known.day && id < known.id)) forCase.set(key, { day, id });
}

/** Each child's first young carer's assessment by `asOf`, by case and child. */
function* assessmentsByChild(ctx: EngineContext): Generator<void, Map<string, { day: Day; id: string }>> {
  const map = new Map<string, { day: Day; id: string }>();
  const assessedOn = ctx.index.days.youngCarerAssessments["assessedOn"];
  const assessments = ctx.index.dataset.youngCarerAssessments;
  for (let i = 0; i < assessments.length; i++) {
    if (endsStep(i)) yield;
    const a = atIndex(assessments, i);
    const day = dayAt(assessedOn, i) as Day;
    const key = `${a.caseId}|${a.childId}`;
    const known = map.get(key);
    if (day <= ctx.asOf && (!known || day < known.day || (day === known.day && a.id < known.id))) map.set(key, { day, id: a.id });
  }
  return map;
}

/**
 * A fulfilment that reads a look-up built once per evaluation: `prepare` builds it a step at
 * a time; a decision made without it (explain's) builds it in one go.
 */
function withLookUp<T>(
  key: string,
  build: (ctx: EngineContext) => Generator<void, T>,
  decide: (s: SubjectInstance, lookUp: T, ctx: EngineContext) => Fulfilment,
): Fulfil {
  const prepare = (ctx: EngineContext) => ctx.sharedSteps(key, () => build(ctx));
  const fulfil = (s: SubjectInstance, ctx: EngineContext) => decide(s, ctx.shared(key, () => finish(build(ctx))), ctx);
  return Object.assign(fulfil, { prepare });
}

function requiredSurveysOffered(s: SubjectInstance, offers: OffersByCase, ctx: EngineContext): Fulfilment {
  const closedOn = s.date("closedOn");
  if (closedOn === undefined) return none;
  const { ageBasis, offerPer } = ctx.parameters.on(closedOn).survey;
  const needed = ["parent-carer"];
  const children = [...(s.subject.type === "case" ? (s.record as Case).children : [])].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const child of children) {
    const phase = schoolPhaseOn(parseDay(child.dateOfBirth) as Day, closedOn, ageBasis);
    if (offerPer === "child") {
      if (phase === "secondary") needed.push(`young-person|${child.id}`);
      if (phase === "primary") needed.push(`child|${child.id}`);
    } else {
      // Per family: 11 and over (no upper bound) asks one young person's survey, primary age one child's.
      const age = schoolAgeOn(parseDay(child.dateOfBirth) as Day, closedOn, ageBasis);
      if (age >= SECONDARY_FROM && !needed.includes("young-person")) needed.push("young-person");
      if (phase === "primary" && !needed.includes("child")) needed.push("child");
    }
  }
  const forCase = offers.get(s.subject.id);
  const found = needed.map((k) => forCase?.get(k));
  const missing = needed.filter((_, i) => found[i] === undefined).map(describeSurvey);
  if (missing.length > 0) return { evidence: [], details: { missing, outstanding: `not offered: ${missing.join(", ")}` } };
  const days = found.map((f) => (f as { day: Day }).day);
  // Met, perhaps late: the breach of a late offer still reads as a sentence, with nothing missing.
  return {
    on: Math.max(...days),
    evidence: found.map((f) => (f as { id: string }).id),
    details: { missing: [], outstanding: "all were offered later" },
  };
}

function describeSurvey(key: string): string {
  const [instrument, childId] = key.split("|");
  return childId === undefined ? `${instrument} survey` : `${instrument} survey for child ${childId}`;
}
