import type { Party } from "../../model/evaluation";
import type { DatasetIndex } from "../dataset-index/index-dataset";
import type { SubjectInstance } from "./subject";

/** The team and area of a result (the shape of `OrgPlace`, which the engine does not import). */
interface Place {
  teamId?: string;
  areaId?: string;
}

/** The subject types placed through another record: a case (by its id) or a staff member (by theirs), and the field naming it. */
const THROUGH: Partial<Record<string, readonly ["case" | "staff", string]>> = {
  child: ["case", "caseId"], assessment: ["case", "caseId"],
  audit: ["staff", "workerId"], action: ["staff", "workerId"], supervision: ["staff", "superviseeId"],
  pdr: ["staff", "staffId"], observation: ["staff", "practitionerId"],
};

/**
 * The team and area a result belongs to, read from its subject's own record as the engine
 * lists it: the placement of `createPlacer` (a team's area; a staff member's team, else
 * their area; a case's team; a child's or assessment's case; an audit's, action's,
 * supervision's, PDR's or observation's member of staff; else the owner's team), with no
 * look-up built. The records carry one team each, with no history: the place is the one the
 * export gives, on the `asOf` day and on the due day alike.
 *
 * @param subject - the result's subject
 * @param owner - the result's owner, for a subject the data cannot place (the service, a meeting, a report)
 * @param index - the dataset's index
 * @returns the team and its area, an area alone, or neither
 */
export function placeOf(subject: SubjectInstance, owner: Party, index: DatasetIndex): Place {
  const place = placeOfSubject(subject, index);
  return place.teamId !== undefined || place.areaId !== undefined ? place : ofStaff(owner.staffId, index);
}

function placeOfSubject(subject: SubjectInstance, index: DatasetIndex): Place {
  const { type, id } = subject.subject;
  if (type === "team") return ofTeam(id, index);
  if (type === "area") return { areaId: id };
  if (type === "staff") return ofStaff(id, index);
  if (type === "case") return ofCase(id, index);
  const through = THROUGH[type];
  if (through === undefined) return {};
  const ref = subject.fact(through[1]);
  if (typeof ref !== "string") return {};
  return through[0] === "case" ? ofCase(ref, index) : ofStaff(ref, index);
}

function ofTeam(teamId: string | undefined, index: DatasetIndex): Place {
  if (teamId === undefined) return {};
  const at = index.positions.teams.get(teamId);
  const areaId = at === undefined ? undefined : index.dataset.teams[at]?.areaId;
  return areaId === undefined ? { teamId } : { teamId, areaId };
}

function ofStaff(staffId: string | undefined, index: DatasetIndex): Place {
  const at = staffId === undefined ? undefined : index.positions.staff.get(staffId);
  const s = at === undefined ? undefined : index.dataset.staff[at];
  if (s === undefined) return {};
  if (s.teamId !== undefined) return ofTeam(s.teamId, index);
  return s.areaId === undefined ? {} : { areaId: s.areaId };
}

function ofCase(caseId: string, index: DatasetIndex): Place {
  const at = index.positions.cases.get(caseId);
  return ofTeam(at === undefined ? undefined : index.dataset.cases[at]?.teamId, index);
}
