/**
 * The records of one area, for the dataset arbitraries: cases with children, surveys,
 * young carer assessments, representations, supervisions, PDRs, observations, audits with
 * actions, meetings of every kind and scope, oversight, plans and awards. Each refers only
 * to the area's teams, staff and cases (and to the service-level staff).
 */
import { calendar } from "../../src";
import { FIRST, LAST, chance, date, dayOf, int, pick, subset, supervision, type Data, type Gen, type Rec } from "./generators";

/** A team as the generator knows it. */
export interface OrgTeam {
  id: string;
  type: string;
  tm: string;
  practitioners: string[];
  cases: Rec[];
}

/** An area as the generator knows it. */
export interface Org {
  areaId: string;
  om: string;
  teams: OrgTeam[];
  /** Every staff member of the area: its operations manager, team managers, practitioners. */
  staff: string[];
  /** Practitioners and senior key workers of the area. */
  workers: string[];
}

function cases(g: Gen, data: Data, org: Org): void {
  for (const team of org.teams) {
    for (let i = 0, n = int(g, 0, 3); i < n; i++) {
      const id = `${org.areaId.slice(1)}${team.id.slice(1)}0${i}${int(g, 10, 99)}`;
      const openedOn = date(g, calendar.makeDay(2022, 6, 1), LAST);
      const open = dayOf(openedOn);
      const c: Rec = { id, teamId: team.id, keyWorkerId: pick(g, [...team.practitioners, team.tm]), openedOn, children: [] };
      if (chance(g, 55)) {
        c["closedOn"] = date(g, open, Math.min(LAST, open + int(g, 0, 500)));
        c["closureReason"] = pick(g, ["closed", "closed", "step-up", "step-down", "transfer", "other"]);
      }
      if (chance(g, 25)) c["neglectIdentifiedOn"] = date(g, open, open + 200);
      const children = c["children"] as Rec[];
      for (let k = 0, m = int(g, 0, 3); k < m; k++) {
        const child: Rec = { id: `c${id}-${k}`, dateOfBirth: date(g, calendar.makeDay(2006, 1, 1), calendar.makeDay(2023, 6, 1)) };
        if (chance(g, 40)) child["youngCarer"] = chance(g, 60);
        children.push(child);
      }
      data.cases.push(c);
      team.cases.push(c);
    }
  }
}

function families(g: Gen, data: Data, org: Org): void {
  for (const c of org.teams.flatMap((t) => t.cases)) {
    const children = c["children"] as Rec[];
    const closed = c["closedOn"] === undefined ? undefined : dayOf(c["closedOn"] as string);
    for (let i = 0, n = closed === undefined ? 0 : int(g, 0, 3); i < n; i++) {
      const instrument = children.length === 0 ? "parent-carer" : pick(g, ["parent-carer", "young-person", "child"]);
      const offered = int(g, (closed as number) - 5, (closed as number) + 20);
      const s: Rec = { id: `sv${c["id"] as string}-${i}`, caseId: c["id"], instrument, offeredOn: calendar.formatDay(offered) };
      if (instrument !== "parent-carer") s["childId"] = pick(g, children)["id"];
      if (chance(g, 35)) s["completedOn"] = date(g, offered, offered + 60);
      else if (chance(g, 20)) s["declinedOn"] = date(g, offered, offered + 30);
      data.surveys.push(s);
    }
    for (const child of children) {
      if (!chance(g, child["youngCarer"] === true ? 60 : 10)) continue;
      const open = dayOf(c["openedOn"] as string);
      const assessedOn = date(g, open, open + 300);
      for (let k = 0, n = int(g, 1, 2); k < n; k++) {
        data.youngCarerAssessments.push({
          id: `yca${child["id"] as string}-${k}`, caseId: c["id"], childId: child["id"],
          assessedOn: k === 0 || chance(g, 50) ? assessedOn : date(g, open, open + 300),
          youngCarerInvolved: chance(g, 80), parentInvolved: chance(g, 80),
        });
      }
    }
  }
  for (let i = 0, n = int(g, 0, 2); i < n; i++) {
    data.representations.push({
      id: `rp${org.areaId}-${i}`, kind: pick(g, ["complaint", "compliment", "mp-letter"]),
      receivedOn: date(g, FIRST, LAST), teamId: pick(g, org.teams).id,
    });
  }
}

function practice(g: Gen, data: Data, org: Org): void {
  const urns = org.teams.flatMap((t) => t.cases.map((c) => c["id"] as string));
  const managerOf = new Map<string, string>([[org.om, "sm"]]);
  for (const t of org.teams) {
    managerOf.set(t.tm, org.om);
    for (const p of t.practitioners) managerOf.set(p, t.tm);
  }
  let n = 0;
  for (const [staffId, manager] of managerOf) {
    for (let i = 0, k = int(g, 0, 3); i < k; i++) {
      data.supervisions.push(supervision(g, `su${org.areaId}-${n++}`, staffId, chance(g, 90) ? manager : org.om, urns));
    }
    if (chance(g, 50)) {
      const covered = ["objectives", "audit-development-needs", "observation-development-needs", "development-pathway", "open-values"];
      data.pdrs.push({
        id: `pdr-${staffId}`, staffId, reviewerId: manager, heldOn: date(g, FIRST - 200, LAST),
        covered: chance(g, 70) ? covered : subset(g, covered, 70), preparedByManager: chance(g, 85), preparedByWorker: chance(g, 85),
      });
    }
  }
  for (const t of org.teams) {
    for (const p of t.practitioners) {
      for (let i = 0, k = int(g, 0, 2); i < k; i++) {
        data.observations.push({
          id: `ob-${p}-${i}`, practitionerId: p, observerId: chance(g, 80) ? t.tm : pick(g, [org.om, ...t.practitioners]),
          observedOn: date(g, FIRST - 100, LAST), plannedInAdvance: chance(g, 85),
          consent: pick(g, ["secured", "secured", "not-required", "not-secured"]), templateUsed: chance(g, 85), recorded: chance(g, 85),
        });
      }
    }
  }
}

function audits(g: Gen, data: Data, org: Org): void {
  const supervisions = data.supervisions.filter((s) => org.staff.includes(s["superviseeId"] as string));
  for (let i = 0, n = int(g, 0, 6); i < n; i++) {
    const id = `au${org.areaId}-${i}`;
    const team = pick(g, org.teams);
    const onCase = team.cases.length > 0 && (supervisions.length === 0 || chance(g, 65));
    if (!onCase && supervisions.length === 0) continue;
    let a: Rec;
    if (onCase) {
      const c = pick(g, team.cases);
      const completed = int(g, Math.max(FIRST, dayOf(c["openedOn"] as string)), LAST);
      a = {
        id, kind: pick(g, ["case", "case", "thematic"]), auditorId: pick(g, [team.tm, org.om]), workerId: c["keyWorkerId"],
        caseId: c["id"], completedOn: calendar.formatDay(completed), grade: int(g, 1, 10), recordedOnCaseFile: chance(g, 85),
      };
      if (chance(g, 75)) {
        const feedback = completed + int(g, 0, 20);
        a["feedbackMeetingOn"] = calendar.formatDay(feedback);
        a["faceToFaceFeedback"] = chance(g, 85);
        if (chance(g, 60)) {
          a["qispSentOn"] = date(g, feedback, feedback + 12);
          a["qispSentToId"] = chance(g, 80) ? org.om : team.tm;
        }
      }
      if (chance(g, 50)) {
        a["moderatedOn"] = date(g, completed, completed + 10);
        a["moderatorId"] = chance(g, 80) ? org.om : team.tm;
      }
      if (chance(g, 60)) a["submittedOn"] = date(g, completed, completed + 14);
    } else {
      const s = pick(g, supervisions);
      const completed = dayOf(s["heldOn"] as string) + int(g, 0, 30);
      a = {
        id, kind: "supervision", auditorId: s["supervisorId"] === org.om && chance(g, 60) ? "sm" : org.om,
        workerId: s["superviseeId"], supervisionId: s["id"], completedOn: calendar.formatDay(completed),
      };
    }
    const actions: Rec[] = [];
    for (let k = 0, m = int(g, 0, 2); k < m; k++) {
      const due = dayOf(a["completedOn"] as string) + int(g, 5, 60);
      const action: Rec = { id: `${id}-${k}`, ownerId: a["workerId"], dueOn: calendar.formatDay(due) };
      if (chance(g, 60)) action["completedOn"] = date(g, due - 20, due + 20);
      actions.push(action);
    }
    if (actions.length > 0 || chance(g, 50)) a["actions"] = actions;
    data.audits.push(a);
  }
}

function governance(g: Gen, data: Data, org: Org): void {
  const kinds = ["case-clinic", "locality-management-oversight", "team-briefing", "group-learning", "case-clinic"];
  const cases = org.teams.flatMap((t) => t.cases.map((c) => c["id"] as string));
  for (let i = 0, n = int(g, 0, 8); i < n; i++) {
    const kind = pick(g, kinds);
    const team = pick(g, org.teams);
    const scope = kind === "case-clinic" ? { type: "staff", id: org.om }
      : kind === "group-learning" ? { type: "area", id: org.areaId }
      : chance(g, 85) ? { type: "team", id: team.id } : { type: "staff", id: team.tm };
    const m: Rec = { id: `m${org.areaId}-${i}`, kind, heldOn: date(g, FIRST - 60, LAST), scope };
    if (chance(g, 50)) m["attendeeIds"] = subset(g, [org.om, team.tm, ...team.practitioners]);
    if (kind === "case-clinic" && cases.length > 0) m["caseIds"] = subset(g, cases, 60);
    data.meetings.push(m);
  }
  const managers = [org.om, ...org.teams.map((t) => t.tm)];
  for (let i = 0, n = int(g, 0, 8); i < n; i++) {
    const staffId = pick(g, managers);
    const activity = staffId === org.om ? (chance(g, 90) ? "bi-access" : "dashboard-review") : (chance(g, 90) ? "dashboard-review" : "bi-access");
    data.oversight.push({ ...(chance(g, 30) ? { id: `ov${org.areaId}-${i}` } : {}), staffId, activity, on: date(g, FIRST, LAST) });
  }
  for (let i = 0, n = int(g, 0, 2); i < n; i++) {
    data.qualityImprovementPlans.push({ id: `qip${org.areaId}-${i}`, teamId: pick(g, org.teams).id, approvedOn: date(g, FIRST - 365, LAST) });
  }
  for (let i = 0, n = int(g, 0, 2); i < n; i++) {
    data.iicAwards.push({ id: `iic${org.areaId}-${i}`, areaId: org.areaId, achievedOn: date(g, FIRST - 365, LAST) });
  }
}

/**
 * Adds the records of one area to a dataset.
 *
 * @param g - the generator
 * @param data - the dataset, added to in place
 * @param org - the area's organisation
 */
export function areaRecords(g: Gen, data: Data, org: Org): void {
  cases(g, data, org);
  families(g, data, org);
  practice(g, data, org);
  audits(g, data, org);
  governance(g, data, org);
}
