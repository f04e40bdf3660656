import type { Party, Subject } from "../model/evaluation";
import { createPlacer, type OrgPlace } from "../org/placement";

/**
 * The parts of a dataset the reports read: organisation, cases and the practice records
 * that say whose work a result is about. A parsed `Dataset` or a raw dataset input fits.
 */
export interface ReportDataset {
  areas?: readonly { id: string; name?: string | undefined }[] | undefined;
  teams?: readonly { id: string; areaId: string; type?: string | undefined; name?: string | undefined }[] | undefined;
  staff?: readonly {
    id: string; role?: string | undefined; teamId?: string | undefined; areaId?: string | undefined;
    lineManagerId?: string | undefined;
  }[] | undefined;
  cases?: readonly {
    id: string; teamId: string; closedOn?: string | undefined; closureReason?: string | undefined;
    children?: readonly { id: string }[] | undefined;
  }[] | undefined;
  audits?: readonly {
    id: string; kind: string; workerId: string; completedOn: string; grade?: number | undefined;
    actions?: readonly { id: string; ownerId: string }[] | undefined;
  }[] | undefined;
  supervisions?: readonly { id: string; superviseeId: string }[] | undefined;
  pdrs?: readonly { id: string; staffId: string }[] | undefined;
  observations?: readonly { id: string; practitionerId: string }[] | undefined;
  youngCarerAssessments?: readonly { id: string; caseId: string }[] | undefined;
}

/** Where a result belongs for reporting: a team, an area, or the service as a whole. */
export interface Placement {
  /** A stable key: `team:<id>`, `area:<id>` or `service`. */
  key: string;
  /** What a reader sees: the team's name (or id), "Area: ..." or "Service-wide". */
  label: string;
}

/** Finds the team (or area) a subject or owner belongs to. */
export interface OrgLookup {
  /** The placement of a result from its subject, else its owner. */
  place(subject: Subject, owner?: Party): Placement;
  /** A staff member's role, when known. */
  roleOf(staffId: string): string | undefined;
}

/**
 * Builds a lookup from subjects and owners to teams, for "by team" tables and charts.
 * A result goes to the team of its subject (a team, a case or child, a staff member, the
 * worker of an audit, the supervisee of a supervision, ...), else to its owner's team,
 * else to an area (an operations manager's locality), else "Service-wide".
 *
 * @param dataset - the dataset evaluated (any of its collections may be missing)
 * @returns the lookup
 * @example
 * const org = createOrgLookup(dataset);
 * org.place({ type: "case", id: "100234" }).label; // "North IFST"
 */
export function createOrgLookup(dataset: ReportDataset): OrgLookup {
  const areaName = new Map((dataset.areas ?? []).map((a) => [a.id, a.name ?? a.id]));
  const teamName = new Map((dataset.teams ?? []).map((t) => [t.id, t.name ?? t.id]));
  const staff = new Map((dataset.staff ?? []).map((s) => [s.id, s]));
  const placer = createPlacer(dataset);
  return {
    place: (subject, owner) => placementOf(placer(subject, owner), teamName, areaName),
    roleOf: (id) => staff.get(id)?.role,
  };
}

/**
 * The reporting placement of an organisation place: its team, else its area, else the service.
 *
 * @param place - the team and area
 * @param teamName - team names by id
 * @param areaName - area names by id
 * @returns the placement
 */
export function placementOf(place: OrgPlace, teamName: ReadonlyMap<string, string>, areaName: ReadonlyMap<string, string>): Placement {
  if (place.teamId !== undefined) return { key: `team:${place.teamId}`, label: teamName.get(place.teamId) ?? place.teamId };
  if (place.areaId !== undefined) return { key: `area:${place.areaId}`, label: `Area: ${areaName.get(place.areaId) ?? place.areaId}` };
  return { key: "service", label: "Service-wide" };
}
