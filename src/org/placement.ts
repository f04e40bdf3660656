import { endsStep, finish } from "../model/steps";
import type { Party, Subject } from "../model/evaluation";

/**
 * The parts of a dataset placement reads: teams, staff, cases and the practice records that
 * say whose work a result is about. A parsed `Dataset` or a raw dataset input fits; any
 * collection may be missing.
 */
export interface PlacementDataset {
  teams?: readonly { id: string; areaId: string }[] | undefined;
  staff?: readonly { id: string; teamId?: string | undefined; areaId?: string | undefined }[] | undefined;
  cases?: readonly { id: string; teamId: string; children?: readonly { id: string }[] | undefined }[] | undefined;
  audits?: readonly { id: string; workerId: string; actions?: readonly { id: string; ownerId: string }[] | undefined }[] | undefined;
  supervisions?: readonly { id: string; superviseeId: string }[] | undefined;
  pdrs?: readonly { id: string; staffId: string }[] | undefined;
  observations?: readonly { id: string; practitionerId: string }[] | undefined;
  youngCarerAssessments?: readonly { id: string; caseId: string }[] | undefined;
}

/** The team and area a result belongs to, where the organisation data says; neither for the service as a whole. */
export interface OrgPlace {
  teamId?: string;
  areaId?: string;
}

/** Options of {@link createPlacer}. */
export interface PlacerOptions {
  /**
   * Whose team an audit action belongs to: `worker` (default), the audited worker's, like the
   * audit itself; `owner`, the team of the person who owns the action.
   */
  action?: "worker" | "owner";
}

/** Places a result by its subject, else its owner. */
export type Placer = (subject: Subject, owner?: Party) => OrgPlace;

/**
 * Builds the one placement of results used by the scorecard, the reports and `compare`: a
 * result belongs to the team (and that team's area) of its subject: a staff member's own team
 * (else their area), a case's team, a child's case, an audit's audited worker, a
 * supervision's supervisee, a PDR's or observation's member of staff, a young carer
 * assessment's case, a team itself; an area subject to its area. A subject the data cannot
 * place (the service itself, a meeting, a report, an unknown id) falls back to its owner's
 * team, and failing that has no place.
 *
 * The records carry one team each (a staff member's current `teamId`, a case's `teamId`),
 * with no history: a result is placed where its subject is in the export, whatever its date.
 *
 * @param dataset - the dataset evaluated (any of its collections may be missing)
 * @param options - where an audit action goes
 * @returns the placer
 * @example
 * const place = createPlacer(dataset);
 * place({ type: "supervision", id: "S1" }); // { teamId: "T1", areaId: "A1" }
 */
export function createPlacer(dataset: PlacementDataset, options: PlacerOptions = {}): Placer {
  return finish(createPlacerSteps(dataset, options));
}

/** Records read between two steps of {@link createPlacerSteps}. */
const PER_STEP = 2048;

/**
 * {@link createPlacer} a step at a time (it yields every few thousand records), for a caller
 * that gives its host turns while it reads a large dataset.
 *
 * @param dataset - the dataset evaluated (any of its collections may be missing)
 * @param options - where an audit action goes
 * @returns steps, then the placer
 */
export function* createPlacerSteps(dataset: PlacementDataset, options: PlacerOptions = {}): Generator<void, Placer> {
  const teamArea = new Map((dataset.teams ?? []).map((t) => [t.id, t.areaId]));
  const staff = new Map((dataset.staff ?? []).map((s) => [s.id, s]));
  const caseTeam = new Map<string, string>();
  const childCase = new Map<string, string>();
  let read = 0;
  const due = () => endsStep(read++, PER_STEP);
  for (const c of dataset.cases ?? []) {
    if (due()) yield;
    caseTeam.set(c.id, c.teamId);
    for (const ch of c.children ?? []) childCase.set(ch.id, c.id);
  }
  const worker = new Map<string, string>(); // `${type}:${id}` -> staff id
  const byOwner = options.action === "owner";
  for (const a of dataset.audits ?? []) {
    if (due()) yield;
    worker.set(`audit:${a.id}`, a.workerId);
    for (const x of a.actions ?? []) worker.set(`action:${x.id}`, byOwner ? x.ownerId : a.workerId);
  }
  for (const s of dataset.supervisions ?? []) {
    if (due()) yield;
    worker.set(`supervision:${s.id}`, s.superviseeId);
  }
  for (const p of dataset.pdrs ?? []) {
    if (due()) yield;
    worker.set(`pdr:${p.id}`, p.staffId);
  }
  for (const o of dataset.observations ?? []) {
    if (due()) yield;
    worker.set(`observation:${o.id}`, o.practitionerId);
  }
  const assessmentCase = new Map<string, string>();
  for (const y of dataset.youngCarerAssessments ?? []) {
    if (due()) yield;
    assessmentCase.set(y.id, y.caseId);
  }

  const ofTeam = (teamId: string | undefined): OrgPlace => {
    if (teamId === undefined) return {};
    const areaId = teamArea.get(teamId);
    return areaId ? { teamId, areaId } : { teamId };
  };
  const ofStaff = (id: string | undefined): OrgPlace => {
    const s = id === undefined ? undefined : staff.get(id);
    if (!s) return {};
    if (s.teamId) return ofTeam(s.teamId);
    return s.areaId ? { areaId: s.areaId } : {};
  };
  const ofCase = (id: string | undefined): OrgPlace => ofTeam(id === undefined ? undefined : caseTeam.get(id));
  const ofSubject = (s: Subject): OrgPlace => {
    switch (s.type) {
      case "team": return ofTeam(s.id);
      case "area": return { areaId: s.id };
      case "staff": return ofStaff(s.id);
      case "case": return ofCase(s.id);
      case "child": return ofCase(childCase.get(s.id));
      case "assessment": return ofCase(assessmentCase.get(s.id));
      default: return ofStaff(worker.get(`${s.type}:${s.id}`));
    }
  };
  return (subject, owner) => {
    const place = ofSubject(subject);
    return place.teamId !== undefined || place.areaId !== undefined ? place : ofStaff(owner?.staffId);
  };
}
