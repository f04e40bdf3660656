import type { Party } from "../../model/evaluation";
import type { DatasetIndex } from "../dataset-index/index-dataset";
import type { PlaceRule } from "./define-source";
import { subjectSources } from "./sources";
import type { SubjectInstance } from "./subject";

/** The team and area of a result (the shape of `OrgPlace`, which the engine does not import). */
interface Place {
  teamId?: string;
  areaId?: string;
}

/** Each subject type's place, as its (first) source declares it: the rule `createPlacer` follows too. */
let rules: ReadonlyMap<string, PlaceRule> | undefined;
function placeRuleOf(type: string): PlaceRule | undefined {
  rules ??= new Map(Object.values(subjectSources).flatMap((s) => (s.place === undefined ? [] : [[s.type, s.place] as const])).reverse());
  return rules.get(type);
}

/**
 * The team and area a result belongs to, read from its subject's own record as the engine
 * lists it, by the place its subject source declares: the placement of `createPlacer` (a
 * team's area; a staff member's team, else their area; a case's team; a child's or
 * assessment's case; an audit's worker, an action's owner, a supervision's supervisee, a PDR's
 * or observation's member of staff; else the owner's team), with no look-up built. The records carry one team each, with no history: the place is the one the
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
  const rule = placeRuleOf(subject.subject.type);
  if (rule === undefined) return {};
  // A nested record's parent is named by a fact its source derives (a child's `caseId`).
  const ref = rule.via === "self" ? subject.subject.id : subject.fact(rule.via === "parent" ? `${rule.by}Id` : rule.via.field);
  if (typeof ref !== "string") return {};
  switch (rule.by) {
    case "team": return ofTeam(ref, index);
    case "area": return { areaId: ref };
    case "staff": return ofStaff(ref, index);
    case "case": return ofCase(ref, index);
  }
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
