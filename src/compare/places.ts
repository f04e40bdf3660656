import type { Dataset } from "../model/dataset";
import type { Party, Subject } from "../model/evaluation";

/** The team and area a result belongs to, where the organisation data says. */
export interface Place {
  teamId?: string;
  areaId?: string;
}

/**
 * Builds a look-up from a result's subject (or, failing that, its owner) to its team and
 * area: a staff member's own team; a case's team; an audit's audited worker; a supervision's
 * supervisee; a child's case; and so on.
 *
 * @param dataset - the parsed dataset
 * @returns the look-up
 */
export function placeFinder(dataset: Dataset): (subject: Subject, owner?: Party) => Place {
  const teams = new Map(dataset.teams.map((t) => [t.id, t]));
  const staff = new Map(dataset.staff.map((s) => [s.id, s]));
  const cases = new Map(dataset.cases.map((c) => [c.id, c]));
  const childCase = new Map(dataset.cases.flatMap((c) => c.children.map((ch) => [ch.id, c.id] as const)));
  const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((r) => [r.id, r]));
  const audits = byId(dataset.audits);
  const actionAudit = new Map(dataset.audits.flatMap((a) => a.actions.map((x) => [x.id, a] as const)));
  const supervisions = byId(dataset.supervisions);
  const pdrs = byId(dataset.pdrs);
  const observations = byId(dataset.observations);
  const assessments = byId(dataset.youngCarerAssessments);

  const ofTeam = (teamId: string | undefined): Place =>
    teamId === undefined ? {} : { teamId, ...(teams.get(teamId)?.areaId ? { areaId: teams.get(teamId)?.areaId } : {}) };
  const ofStaff = (id: string | undefined): Place => {
    const s = id === undefined ? undefined : staff.get(id);
    if (!s) return {};
    if (s.teamId) return ofTeam(s.teamId);
    return s.areaId ? { areaId: s.areaId } : {};
  };
  const ofCase = (id: string | undefined): Place => ofTeam(id === undefined ? undefined : cases.get(id)?.teamId);

  const ofSubject = (subject: Subject): Place => {
    switch (subject.type) {
      case "staff": return ofStaff(subject.id);
      case "team": return ofTeam(subject.id);
      case "area": return { areaId: subject.id };
      case "case": return ofCase(subject.id);
      case "child": return ofCase(childCase.get(subject.id));
      case "audit": return ofStaff(audits.get(subject.id)?.workerId);
      case "action": return ofStaff(actionAudit.get(subject.id)?.workerId);
      case "supervision": return ofStaff(supervisions.get(subject.id)?.superviseeId);
      case "pdr": return ofStaff(pdrs.get(subject.id)?.staffId);
      case "observation": return ofStaff(observations.get(subject.id)?.practitionerId);
      case "assessment": return ofCase(assessments.get(subject.id)?.caseId);
      default: return {};
    }
  };
  return (subject, owner) => {
    const place = ofSubject(subject);
    return place.teamId || place.areaId ? place : ofStaff(owner?.staffId);
  };
}
