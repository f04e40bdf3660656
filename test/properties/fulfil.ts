/**
 * "Fulfilling evidence" for each rule family of rules.md: a change to a valid dataset that
 * adds a record (or completes one) which fulfils an obligation, with the rules and subjects
 * it fulfils. The evidence-monotone property checks that such a change never adds a breach
 * of those rules for those subjects. Rules not (yet) in the policy simply have no breaches.
 */
import { calendar } from "../../src";
import type { Data, Rec } from "./arbitraries";
import { chance, date, dayOf, int, pick, type Gen } from "./generators";

/** What a change fulfils: these rules, for this subject. */
export interface Target {
  ruleIds: string[];
  subject: string;
}

/** A change to a dataset, and what it fulfils. */
export interface Change {
  name: string;
  data: Data;
  targets: Target[];
}

const AGENDA = ["actions-progress", "wellbeing", "working-well", "worries", "personal-impact-families", "development-impact", "development-needs", "proud-of", "job-satisfaction", "disagreements"];
const TOPICS = ["objectives", "audit-development-needs", "observation-development-needs", "development-pathway", "open-values"];
const str = (v: unknown): string => String(v);

/** The operations manager of a staff member, as rules.md defines it. */
export function opsManagerOf(data: Data, staffId: string): string | undefined {
  const byId = new Map(data.staff.map((s) => [str(s["id"]), s]));
  const seen = new Set([staffId]);
  for (let up = byId.get(staffId)?.["lineManagerId"]; typeof up === "string" && !seen.has(up); up = byId.get(up)?.["lineManagerId"]) {
    seen.add(up);
    if (byId.get(up)?.["role"] === "operations-manager") return up;
  }
  const self = byId.get(staffId);
  const area = self?.["teamId"] === undefined ? self?.["areaId"] : data.teams.find((t) => t["id"] === self["teamId"])?.["areaId"];
  return data.staff.find((s) => s["role"] === "operations-manager" && s["areaId"] === area)?.["id"] as string | undefined;
}

type Maker = (g: Gen, data: Data, day: number) => Change | undefined;

const add = (data: Data, name: keyof Data, record: Rec): Data => ({ ...data, [name]: [...data[name], record] });
const replace = (data: Data, name: keyof Data, old: Rec, record: Rec): Data => ({ ...data, [name]: data[name].map((r) => (r === old ? record : r)) });
const staffWith = (data: Data, roles: string[]) => data.staff.filter((s) => roles.includes(str(s["role"])));
const audits = (data: Data) => data.audits.filter((a) => a["kind"] !== "supervision");

const makers: Record<string, Maker> = {
  supervision: (g, data, day) => {
    const s = pick(g, data.staff.filter((x) => x["lineManagerId"] !== undefined));
    const rec = { id: "new-sup", superviseeId: s["id"], supervisorId: s["lineManagerId"], heldOn: calendar.formatDay(day), agenda: AGENDA, reflection: true, personalImpactUrns: [] };
    return { name: "supervision", data: add(data, "supervisions", rec), targets: [{ ruleIds: ["supervision.frequency", "supervision.interval"], subject: `staff:${str(s["id"])}` }] };
  },
  pdr: (g, data, day) => {
    const s = pick(g, data.staff.filter((x) => x["lineManagerId"] !== undefined));
    const rec = { id: "new-pdr", staffId: s["id"], reviewerId: s["lineManagerId"], heldOn: calendar.formatDay(day), covered: TOPICS, preparedByManager: true, preparedByWorker: true };
    return { name: "pdr", data: add(data, "pdrs", rec), targets: [{ ruleIds: ["pdr.annual"], subject: `staff:${str(s["id"])}` }] };
  },
  observation: (g, data, day) => {
    const workers = staffWith(data, ["practitioner", "senior-key-worker"]);
    if (workers.length === 0) return undefined;
    const s = pick(g, workers);
    const rec = { id: "new-obs", practitionerId: s["id"], observerId: s["lineManagerId"], observedOn: calendar.formatDay(day), plannedInAdvance: true, consent: "secured", templateUsed: true, recorded: true };
    return { name: "observation", data: add(data, "observations", rec), targets: [{ ruleIds: ["observation.annual"], subject: `staff:${str(s["id"])}` }] };
  },
  qisp: (g, data, day) => {
    const open = audits(data).filter((a) => a["qispSentOn"] === undefined || a["qispSentToId"] !== opsManagerOf(data, str(a["workerId"])));
    if (open.length === 0) return undefined;
    const a = pick(g, open);
    const om = opsManagerOf(data, str(a["workerId"]));
    const base = a["feedbackMeetingOn"] === undefined ? dayOf(str(a["completedOn"])) : dayOf(str(a["feedbackMeetingOn"]));
    const rec = { ...a, qispSentOn: date(g, base, base + int(g, 0, 20) + (day % 2)), qispSentToId: om };
    return { name: "qisp", data: replace(data, "audits", a, rec), targets: [{ ruleIds: ["audit.qisp"], subject: `audit:${str(a["id"])}` }] };
  },
  moderation: (g, data) => {
    const byId = new Map(data.staff.map((s) => [s["id"], s["role"]]));
    const open = audits(data).filter((a) => a["moderatedOn"] === undefined || byId.get(a["moderatorId"]) !== "operations-manager");
    if (open.length === 0) return undefined;
    const a = pick(g, open);
    const completed = dayOf(str(a["completedOn"]));
    const rec = { ...a, moderatedOn: date(g, completed, completed + 20), moderatorId: pick(g, staffWith(data, ["operations-manager"]))["id"] };
    return { name: "moderation", data: replace(data, "audits", a, rec), targets: [{ ruleIds: ["audit.moderation"], subject: `audit:${str(a["id"])}` }] };
  },
  feedback: (g, data) => {
    const open = audits(data).filter((a) => a["feedbackMeetingOn"] === undefined || a["faceToFaceFeedback"] !== true);
    if (open.length === 0) return undefined;
    const a = pick(g, open);
    const completed = dayOf(str(a["completedOn"]));
    const rec = { ...a, feedbackMeetingOn: date(g, completed, completed + 25), faceToFaceFeedback: true };
    return { name: "feedback", data: replace(data, "audits", a, rec), targets: [{ ruleIds: ["audit.feedback"], subject: `audit:${str(a["id"])}` }] };
  },
  action: (g, data, day) => {
    const open = data.audits.filter((a) => ((a["actions"] as Rec[] | undefined) ?? []).some((x) => x["completedOn"] === undefined));
    if (open.length === 0) return undefined;
    const a = pick(g, open);
    const actions = (a["actions"] as Rec[]).filter((x) => x["completedOn"] === undefined);
    const action = pick(g, actions);
    const rec = { ...a, actions: (a["actions"] as Rec[]).map((x) => (x === action ? { ...x, completedOn: calendar.formatDay(Math.max(day, dayOf(str(a["completedOn"])))) } : x)) };
    return { name: "action", data: replace(data, "audits", a, rec), targets: [{ ruleIds: ["audit.actions"], subject: `action:${str(action["id"])}` }] };
  },
  supervisionAudit: (g, data, day) => {
    const om = pick(g, staffWith(data, ["operations-manager"]));
    const tm = data.staff.find((s) => s["lineManagerId"] === om["id"]) ?? om;
    const byStrategic = chance(g, 50);
    const sup = { id: "new-sup", superviseeId: tm["id"], supervisorId: om["id"], heldOn: calendar.formatDay(day - int(g, 0, 20)), agenda: AGENDA, reflection: true, personalImpactUrns: [] };
    const audit = { id: "new-audit", kind: "supervision", auditorId: byStrategic ? "sm" : om["id"], workerId: tm["id"], supervisionId: "new-sup", completedOn: calendar.formatDay(day) };
    const rule = byStrategic ? "audit.strategic-supervision-audit" : "audit.ops-supervision-audit";
    return { name: rule, data: add(add(data, "supervisions", sup), "audits", audit), targets: [{ ruleIds: [rule], subject: `staff:${str(om["id"])}` }] };
  },
};

export { makers as evidenceMakers };
