import { subjectSources } from "../engine/subjects/sources";
import type { PlaceRule, SubjectSource } from "../engine/subjects/define-source";
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

/** Places a result by its subject, else its owner. */
export type Placer = (subject: Subject, owner?: Party) => OrgPlace;

/** A field of a record, by name. */
function fieldOf(record: object, name: string): unknown {
  const value: unknown = Object.hasOwn(record, name) ? Reflect.get(record, name) : undefined;
  return value;
}

/** The records of a source in the dataset, each with the record it is listed in (for a nested source). */
function* recordsOf(source: SubjectSource, collections: Readonly<Record<string, readonly object[] | undefined>>): Generator<[object, object | undefined]> {
  if (source.nestedIn) {
    for (const parent of collections[source.nestedIn.collection] ?? []) {
      const list = fieldOf(parent, source.nestedIn.list);
      const items: readonly unknown[] = Array.isArray(list) ? list : [];
      for (const record of items) if (record !== null && typeof record === "object") yield [record, parent];
    }
  } else if (source.collection) {
    for (const record of collections[source.collection] ?? []) yield [record, undefined];
  }
}

/**
 * Builds the one placement of results used by the scorecard, the reports and `compare`: a
 * result belongs to the team (and that team's area) of its subject, as its subject source
 * declares (its `place`): a staff member's own team (else their area), a case's team, a
 * child's case, an audit's audited worker, an audit action's owner (the member of staff its
 * own record names: who must complete it), a supervision's supervisee, a PDR's or
 * observation's member of staff, a young carer assessment's case, a team itself; an area
 * subject to its area. A subject the data cannot place (the service itself, a meeting, a
 * report, an unknown id) falls back to its owner's team, and failing that has no place.
 *
 * The records carry one team each (a staff member's current `teamId`, a case's `teamId`),
 * with no history: a result is placed where its subject is in the export, whatever its date.
 *
 * @param dataset - the dataset evaluated (any of its collections may be missing)
 * @returns the placer
 * @example
 * const place = createPlacer(dataset);
 * place({ type: "supervision", id: "S1" }); // { teamId: "T1", areaId: "A1" }
 */
export function createPlacer(dataset: PlacementDataset): Placer {
  const collections: Readonly<Record<string, readonly object[] | undefined>> = { ...dataset };
  const teamArea = new Map((dataset.teams ?? []).map((t) => [t.id, t.areaId]));
  const staff = new Map((dataset.staff ?? []).map((s) => [s.id, s]));
  // Per subject type, its source's place and the id each of its records is placed by.
  const placed = new Map<string, { rule: PlaceRule; by: Map<string, string> }>();
  for (const source of Object.values(subjectSources)) {
    const rule = source.place;
    if (rule === undefined || placed.has(source.type)) continue;
    const by = new Map<string, string>();
    if (rule.via !== "self") {
      for (const [record, parent] of recordsOf(source, collections)) {
        const id = fieldOf(record, "id");
        const ref = rule.via === "parent" ? parent && fieldOf(parent, "id") : fieldOf(record, rule.via.field);
        if (typeof id === "string" && typeof ref === "string") by.set(id, ref);
      }
    }
    placed.set(source.type, { rule, by });
  }

  const ofTeam = (teamId: string | undefined): OrgPlace => {
    if (teamId === undefined) return {};
    const areaId = teamArea.get(teamId);
    return areaId ? { teamId, areaId } : { teamId };
  };
  const ofStaff = (id: string): OrgPlace => {
    const s = staff.get(id);
    if (!s) return {};
    if (s.teamId) return ofTeam(s.teamId);
    return s.areaId ? { areaId: s.areaId } : {};
  };
  const ofSubject = (type: string, id: string): OrgPlace => {
    const entry = placed.get(type);
    const ref = entry?.rule.via === "self" ? id : entry?.by.get(id);
    if (entry === undefined || ref === undefined) return {};
    switch (entry.rule.by) {
      case "team": return ofTeam(ref);
      case "area": return { areaId: ref };
      case "staff": return ofStaff(ref);
      case "case": return ofSubject("case", ref);
    }
  };
  return (subject, owner) => {
    const place = ofSubject(subject.type, subject.id);
    return place.teamId !== undefined || place.areaId !== undefined || owner?.staffId === undefined ? place : ofStaff(owner.staffId);
  };
}
