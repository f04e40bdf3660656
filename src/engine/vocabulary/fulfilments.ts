import { atIndex } from "../../util/at-index";
import type { Day } from "../../calendar/day";
import { ageOn, schoolAgeDay, schoolPhaseOfAge } from "../../calendar/school-age";
import type { Case } from "../../model";
import type { EngineContext } from "../context/engine-context";
import { UNDECIDED, unknownStaff } from "./assertions";

import { dayAt } from "../dataset-index/day-columns";
import { groupPositionsSteps, type GroupedPositions } from "../../model/grouped-positions";
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

/**
 * Each case's surveys offered by `asOf`, by the case's position: the surveys a closed case
 * may need are found among its own few, not in a map keyed by case and instrument.
 */
function surveyOffersByCase(ctx: EngineContext): Generator<void, GroupedPositions> {
  const offeredOn = ctx.index.days.surveys["offeredOn"];
  return groupPositionsSteps(ctx.index.refs.surveys["caseId"], ctx.index.dataset.cases.length, (i) => {
    const day = dayAt(offeredOn, i);
    return day !== undefined && day <= ctx.asOf;
  });
}

/**
 * A case's first offer (by day, then id) of an instrument, for one child when `childId` is
 * given (by the case's position; undefined for a case not in the data).
 *
 * @returns the survey's position, or -1 when none was offered
 */
function firstOffer(offers: GroupedPositions, at: number | undefined, instrument: string, childId: string | undefined, ctx: EngineContext): number {
  if (at === undefined) return -1;
  const surveys = ctx.index.dataset.surveys;
  const offeredOn = ctx.index.days.surveys["offeredOn"];
  let best = -1;
  let bestDay = 0;
  // An indexed loop over the case's own surveys (a few): this runs per survey a closed case needs.
  for (let k = atIndex(offers.first, at); k < atIndex(offers.first, at + 1); k++) {
    const i = atIndex(offers.positions, k);
    const sv = atIndex(surveys, i);
    if (sv.instrument !== instrument || (childId !== undefined && sv.childId !== childId)) continue;
    const day = dayAt(offeredOn, i) as Day;
    if (best < 0 || day < bestDay || (day === bestDay && sv.id < atIndex(surveys, best).id)) {
      best = i;
      bestDay = day;
    }
  }
  return best;
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

/** Positions of a list's children in the order of their ids (a loop and no sort for the usual list already in order). */
function inIdOrder(children: readonly { id: string }[]): number[] {
  const order = new Array<number>(children.length);
  let sorted = true;
  for (let j = 0; j < children.length; j++) {
    order[j] = j;
    if (j > 0 && !(atIndex(children, j - 1).id < atIndex(children, j).id)) sorted = false;
  }
  return sorted ? order : order.sort((a, b) => (atIndex(children, a).id < atIndex(children, b).id ? -1 : 1));
}

function requiredSurveysOffered(s: SubjectInstance, offers: GroupedPositions, ctx: EngineContext): Fulfilment {
  const closedOn = s.date("closedOn");
  if (closedOn === undefined) return none;
  const { ageBasis, offerPer } = ctx.parameters.on(closedOn).survey;
  // The surveys needed, in order, as instruments and (for a survey per child) children's ids.
  const instruments = ["parent-carer"];
  const childIds: (string | undefined)[] = [undefined];
  const at = s.subject.type === "case" ? ctx.index.positions.cases.get(s.subject.id) : undefined;
  const children = at === undefined ? [] : (s.record as Case).children;
  // The children's dates of birth, read as days once by the index.
  const born = ctx.index.children.days["dateOfBirth"];
  const firstChild = at === undefined ? 0 : atIndex(ctx.index.children.first, at);
  let youngPerson = false;
  let primary = false;
  // The day the children's ages are taken on, found once for the case.
  const ageDay = schoolAgeDay(closedOn, ageBasis);
  for (const j of inIdOrder(children)) {
    const age = ageOn(dayAt(born, firstChild + j) as Day, ageDay);
    const phase = schoolPhaseOfAge(age);
    if (offerPer === "child") {
      if (phase === "secondary" || phase === "primary") {
        instruments.push(phase === "secondary" ? "young-person" : "child");
        childIds.push(atIndex(children, j).id);
      }
      continue;
    }
    // Per family: 11 and over (no upper bound) asks one young person's survey, primary age one child's.
    if (!youngPerson && age >= SECONDARY_FROM) {
      youngPerson = true;
      instruments.push("young-person");
      childIds.push(undefined);
    }
    if (!primary && phase === "primary") {
      primary = true;
      instruments.push("child");
      childIds.push(undefined);
    }
  }
  const found = new Array<number>(instruments.length);
  const missing: string[] = [];
  for (let k = 0; k < instruments.length; k++) {
    found[k] = firstOffer(offers, at, atIndex(instruments, k), childIds[k], ctx);
    if (found[k] === -1) missing.push(describeSurvey(atIndex(instruments, k), childIds[k]));
  }
  if (missing.length > 0) return { evidence: [], details: { missing, outstanding: `not offered: ${missing.join(", ")}` } };
  const surveys = ctx.index.dataset.surveys;
  const offeredOn = ctx.index.days.surveys["offeredOn"];
  // Met, perhaps late: the breach of a late offer still reads as a sentence, with nothing missing.
  return {
    on: Math.max(...found.map((i) => dayAt(offeredOn, i) as Day)),
    evidence: found.map((i) => atIndex(surveys, i).id),
    details: { missing: [], outstanding: "all were offered later" },
  };
}

function describeSurvey(instrument: string, childId: string | undefined): string {
  return childId === undefined ? `${instrument} survey` : `${instrument} survey for child ${childId}`;
}
