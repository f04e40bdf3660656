import type { DatasetInput } from "../../src/demo";
import { bodySchema, isRealIsoDate, meetingKindSchema, roleSchema, SUPERVISION_AGENDA_ITEMS } from "../../src/model";

const ROLES = new Set<string>(roleSchema.options);
const TEAM_ROLES = new Set(["practitioner", "senior-key-worker", "team-manager", "family-centre-team-manager"]);
const MEETING_KINDS = new Set<string>(meetingKindSchema.options);
const BODIES = new Set<string>(bodySchema.options);
const AGENDA = new Set<string>(SUPERVISION_AGENDA_ITEMS);

/**
 * Every way a generated dataset breaks the dataset contract: duplicate ids, dangling
 * references, unreal dates, values outside their enumerations, records after `endOn`.
 * Built on Maps and Sets, linear in the dataset.
 */
export function integrityProblems(d: DatasetInput, endOn: string): string[] {
  const problems: string[] = [];
  const fail = (msg: string): void => {
    if (problems.length < 50) problems.push(msg);
  };
  const index = <T extends { id: string }>(name: string, items: readonly T[]): Map<string, T> => {
    const map = new Map<string, T>();
    items.forEach((x, i) => {
      if (typeof x.id !== "string" || x.id === "") fail(`${name}[${i}] has no id`);
      if (map.has(x.id)) fail(`${name}[${i}] duplicate id ${x.id}`);
      map.set(x.id, x);
    });
    return map;
  };
  const date = (where: string, s: unknown, optional = false): void => {
    if (s === undefined && optional) return;
    if (!isRealIsoDate(s)) fail(`${where}: not a real date ${String(s)}`);
    else if ((s as string) > endOn) fail(`${where}: ${String(s)} is after ${endOn}`);
  };
  const areas = index("areas", d.areas);
  const teams = index("teams", d.teams);
  const staff = index("staff", d.staff);
  const cases = index("cases", d.cases);
  const supervisions = index("supervisions", d.supervisions);
  for (const [name, items] of Object.entries({
    surveys: d.surveys,
    youngCarerAssessments: d.youngCarerAssessments,
    representations: d.representations,
    pdrs: d.pdrs,
    observations: d.observations,
    audits: d.audits,
    meetings: d.meetings,
    reports: d.reports,
    qualityImprovementPlans: d.qualityImprovementPlans,
    iicAwards: d.iicAwards,
    youngCarersCharterReviews: d.youngCarersCharterReviews,
  })) {
    index(name, items as { id: string }[]);
  }
  const ref = (where: string, map: Map<string, unknown>, id: string | undefined): void => {
    if (id === undefined || !map.has(id)) fail(`${where}: unknown reference ${String(id)}`);
  };
  for (const t of d.teams) {
    ref(`team ${t.id}.areaId`, areas, t.areaId);
    if (t.type !== "IFST" && t.type !== "FCT") fail(`team ${t.id}: type ${t.type}`);
  }
  let tops = 0;
  for (const s of d.staff) {
    if (!ROLES.has(s.role)) fail(`staff ${s.id}: role ${s.role}`);
    if (TEAM_ROLES.has(s.role)) ref(`staff ${s.id}.teamId`, teams, s.teamId);
    if (s.role === "operations-manager") ref(`staff ${s.id}.areaId`, areas, s.areaId);
    if (s.lineManagerId === undefined) tops++;
    else ref(`staff ${s.id}.lineManagerId`, staff, s.lineManagerId);
    if (s.lineManagerId === s.id) fail(`staff ${s.id} manages themselves`);
    if (s.contract !== "full-time" && s.contract !== "part-time") fail(`staff ${s.id}: contract`);
    if (!isRealIsoDate(s.startedOn)) fail(`staff ${s.id}: startedOn`);
    date(`staff ${s.id}.leftOn`, s.leftOn, true);
    if (s.leftOn !== undefined && s.leftOn < s.startedOn) fail(`staff ${s.id} left before starting`);
    for (const c of s.contractChanges ?? []) {
      date(`staff ${s.id}.contractChanges`, c.from);
      if (c.from <= s.startedOn || (s.leftOn !== undefined && c.from > s.leftOn)) fail(`staff ${s.id}: change outside employment`);
    }
  }
  if (tops !== 1) fail(`${tops} staff without a line manager`);
  for (const a of d.absences) {
    ref("absence.staffId", staff, a.staffId);
    date("absence.from", a.from);
    date("absence.to", a.to);
    if (a.to < a.from) fail(`absence of ${a.staffId} ends before it starts`);
  }
  index("lineManagement", d.lineManagement);
  const latest = new Map<string, { from: string; to?: string; lineManagerId: string }>();
  for (const r of [...d.lineManagement].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))) {
    ref(`lineManagement ${r.id}.staffId`, staff, r.staffId);
    ref(`lineManagement ${r.id}.lineManagerId`, staff, r.lineManagerId);
    if (r.staffId === r.lineManagerId) fail(`lineManagement ${r.id}: a manager of themself`);
    date(`lineManagement ${r.id}.from`, r.from);
    date(`lineManagement ${r.id}.to`, r.to, true);
    if (r.to !== undefined && r.to < r.from) fail(`lineManagement ${r.id} ends before it starts`);
    const before = latest.get(r.staffId);
    if (before !== undefined && (before.to === undefined || before.to >= r.from)) fail(`lineManagement ${r.id} overlaps an earlier record`);
    latest.set(r.staffId, r);
  }
  for (const [staffId, r] of latest) {
    if (staff.get(staffId)?.lineManagerId !== r.lineManagerId) fail(`staff ${staffId}: lineManagerId is not the latest record's`);
  }
  const childCase = new Map<string, string>();
  for (const c of d.cases) {
    if (!/^[0-9]{1,12}$/.test(c.id)) fail(`case ${c.id}: not a URN`);
    ref(`case ${c.id}.teamId`, teams, c.teamId);
    ref(`case ${c.id}.keyWorkerId`, staff, c.keyWorkerId);
    if (!isRealIsoDate(c.openedOn)) fail(`case ${c.id}: openedOn`);
    date(`case ${c.id}.closedOn`, c.closedOn, true);
    date(`case ${c.id}.neglectIdentifiedOn`, c.neglectIdentifiedOn, true);
    if ((c.closedOn === undefined) !== (c.closureReason === undefined)) fail(`case ${c.id}: closedOn without reason`);
    if (c.closedOn !== undefined && c.closedOn < c.openedOn) fail(`case ${c.id}: closed before opened`);
    if (c.children.length === 0) fail(`case ${c.id}: no children`);
    for (const ch of c.children) {
      if (childCase.has(ch.id)) fail(`child ${ch.id} appears twice`);
      childCase.set(ch.id, c.id);
      if (!isRealIsoDate(ch.dateOfBirth) || ch.dateOfBirth > c.openedOn) fail(`child ${ch.id}: dateOfBirth`);
    }
  }
  for (const s of d.surveys) {
    ref(`survey ${s.id}.caseId`, cases, s.caseId);
    if (s.instrument !== "parent-carer" && childCase.get(s.childId ?? "") !== s.caseId) fail(`survey ${s.id}: child not of its case`);
    date(`survey ${s.id}.offeredOn`, s.offeredOn);
    date(`survey ${s.id}.completedOn`, s.completedOn, true);
    date(`survey ${s.id}.declinedOn`, s.declinedOn, true);
  }
  for (const y of d.youngCarerAssessments) {
    if (childCase.get(y.childId) !== y.caseId) fail(`assessment ${y.id}: child not of its case`);
    date(`assessment ${y.id}`, y.assessedOn);
  }
  for (const r of d.representations) {
    ref(`representation ${r.id}`, teams, r.teamId);
    date(`representation ${r.id}`, r.receivedOn);
  }
  for (const s of d.supervisions) {
    ref(`supervision ${s.id}.superviseeId`, staff, s.superviseeId);
    ref(`supervision ${s.id}.supervisorId`, staff, s.supervisorId);
    date(`supervision ${s.id}`, s.heldOn);
    for (const item of s.agenda) if (!AGENDA.has(item)) fail(`supervision ${s.id}: agenda item ${item}`);
    if (s.jobSatisfaction !== undefined && !(Number.isInteger(s.jobSatisfaction) && s.jobSatisfaction >= 0 && s.jobSatisfaction <= 10))
      fail(`supervision ${s.id}: jobSatisfaction`);
  }
  for (const p of d.pdrs) {
    ref(`pdr ${p.id}.staffId`, staff, p.staffId);
    ref(`pdr ${p.id}.reviewerId`, staff, p.reviewerId);
    date(`pdr ${p.id}`, p.heldOn);
  }
  for (const o of d.observations) {
    ref(`observation ${o.id}.practitionerId`, staff, o.practitionerId);
    ref(`observation ${o.id}.observerId`, staff, o.observerId);
    date(`observation ${o.id}`, o.observedOn);
  }
  const actionIds = new Set<string>();
  for (const a of d.audits) {
    ref(`audit ${a.id}.auditorId`, staff, a.auditorId);
    ref(`audit ${a.id}.workerId`, staff, a.workerId);
    date(`audit ${a.id}.completedOn`, a.completedOn);
    if (a.kind === "supervision") ref(`audit ${a.id}.supervisionId`, supervisions, a.supervisionId);
    else {
      ref(`audit ${a.id}.caseId`, cases, a.caseId);
      if (!(Number.isInteger(a.grade) && (a.grade as number) >= 1 && (a.grade as number) <= 10)) fail(`audit ${a.id}: grade`);
      if (typeof a.recordedOnCaseFile !== "boolean") fail(`audit ${a.id}: recordedOnCaseFile`);
    }
    if (a.qispSentToId !== undefined) ref(`audit ${a.id}.qispSentToId`, staff, a.qispSentToId);
    if (a.moderatorId !== undefined) ref(`audit ${a.id}.moderatorId`, staff, a.moderatorId);
    if ((a.moderatedOn === undefined) !== (a.moderatorId === undefined)) fail(`audit ${a.id}: moderation half recorded`);
    for (const f of ["feedbackMeetingOn", "qispSentOn", "moderatedOn", "submittedOn"] as const) date(`audit ${a.id}.${f}`, a[f], true);
    for (const x of a.actions ?? []) {
      if (actionIds.has(x.id)) fail(`action ${x.id} twice`);
      actionIds.add(x.id);
      ref(`action ${x.id}.ownerId`, staff, x.ownerId);
      if (!isRealIsoDate(x.dueOn)) fail(`action ${x.id}: dueOn`);
      date(`action ${x.id}.completedOn`, x.completedOn, true);
    }
  }
  for (const m of d.meetings) {
    if (!MEETING_KINDS.has(m.kind)) fail(`meeting ${m.id}: kind ${m.kind}`);
    date(`meeting ${m.id}`, m.heldOn);
    date(`meeting ${m.id}.endsOn`, m.endsOn, true);
    if (m.scope.type === "area") ref(`meeting ${m.id}.scope`, areas, m.scope.id);
    if (m.scope.type === "team") ref(`meeting ${m.id}.scope`, teams, m.scope.id);
    if (m.scope.type === "staff") ref(`meeting ${m.id}.scope`, staff, m.scope.id);
    for (const id of m.attendeeIds ?? []) ref(`meeting ${m.id}.attendeeIds`, staff, id);
    for (const id of m.caseIds ?? []) ref(`meeting ${m.id}.caseIds`, cases, id);
  }
  for (const r of d.reports) {
    date(`report ${r.id}.publishedOn`, r.publishedOn);
    if (!isRealIsoDate(r.period.from) || !isRealIsoDate(r.period.to) || r.period.from > r.period.to) fail(`report ${r.id}: period`);
    for (const b of r.sharedWith) if (!BODIES.has(b)) fail(`report ${r.id}: body ${b}`);
  }
  for (const o of d.oversight) {
    ref("oversight.staffId", staff, o.staffId);
    date("oversight.on", o.on);
  }
  for (const q of d.qualityImprovementPlans) ref(`plan ${q.id}`, teams, q.teamId);
  for (const a of d.iicAwards) ref(`award ${a.id}`, areas, a.areaId);
  for (const r of d.youngCarersCharterReviews) date(`review ${r.id}`, r.reviewedOn);
  return problems;
}

/** Number of records in every collection. */
export function counts(d: DatasetInput): Record<string, number> {
  return Object.fromEntries(Object.entries(d).map(([k, v]) => [k, (v as unknown[]).length]));
}
