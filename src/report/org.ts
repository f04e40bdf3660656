import type { Party, Subject } from "../model/evaluation";

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
  const team = new Map((dataset.teams ?? []).map((t) => [t.id, t]));
  const staff = new Map((dataset.staff ?? []).map((s) => [s.id, s]));
  const caseTeam = new Map<string, string>();
  const childTeam = new Map<string, string>();
  for (const c of dataset.cases ?? []) {
    caseTeam.set(c.id, c.teamId);
    for (const ch of c.children ?? []) childTeam.set(ch.id, c.teamId);
  }
  const worker = new Map<string, string>(); // record id by subject type -> staff id
  const actionOwner = new Map<string, string>();
  for (const a of dataset.audits ?? []) {
    worker.set(`audit:${a.id}`, a.workerId);
    for (const x of a.actions ?? []) actionOwner.set(x.id, x.ownerId);
  }
  for (const s of dataset.supervisions ?? []) worker.set(`supervision:${s.id}`, s.superviseeId);
  for (const p of dataset.pdrs ?? []) worker.set(`pdr:${p.id}`, p.staffId);
  for (const o of dataset.observations ?? []) worker.set(`observation:${o.id}`, o.practitionerId);
  const assessmentCase = new Map((dataset.youngCarerAssessments ?? []).map((y) => [y.id, y.caseId]));

  const ofTeam = (id: string | undefined): Placement | undefined => {
    if (id === undefined) return undefined;
    return { key: `team:${id}`, label: team.get(id)?.name ?? id };
  };
  const ofArea = (id: string | undefined): Placement | undefined =>
    id === undefined ? undefined : { key: `area:${id}`, label: `Area: ${areaName.get(id) ?? id}` };
  const ofStaff = (id: string | undefined): Placement | undefined => {
    const s = id === undefined ? undefined : staff.get(id);
    return ofTeam(s?.teamId) ?? ofArea(s?.areaId);
  };
  const ofSubject = (s: Subject): Placement | undefined => {
    switch (s.type) {
      case "team": return ofTeam(s.id);
      case "area": return ofArea(s.id);
      case "case": return ofTeam(caseTeam.get(s.id));
      case "child": return ofTeam(childTeam.get(s.id));
      case "staff": return ofStaff(s.id);
      case "action": return ofStaff(actionOwner.get(s.id));
      case "assessment": return ofTeam(caseTeam.get(assessmentCase.get(s.id) ?? ""));
      default: return ofStaff(worker.get(`${s.type}:${s.id}`));
    }
  };
  return {
    place: (subject, owner) =>
      ofSubject(subject) ?? ofStaff(owner?.staffId) ?? { key: "service", label: "Service-wide" },
    roleOf: (id) => staff.get(id)?.role,
  };
}
