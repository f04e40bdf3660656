import { evaluate, type Evaluation, type Policy } from "../../../src";

/** Every agenda item of the dataset contract. */
export const ALL_AGENDA = [
  "actions-progress", "wellbeing", "working-well", "worries", "personal-impact-families",
  "development-impact", "development-needs", "proud-of", "job-satisfaction", "disagreements",
];
/** Every PDR topic of the dataset contract. */
export const ALL_TOPICS = [
  "objectives", "audit-development-needs", "observation-development-needs", "development-pathway", "open-values",
];

type Row = Record<string, unknown>;

/** A practitioner in team t1 managed by tm, full-time, started long ago; override anything. */
export const worker = (id: string, extra: Row = {}): Row => ({
  id, role: "practitioner", teamId: "t1", lineManagerId: "tm", contract: "full-time", startedOn: "2020-01-01", ...extra,
});

/** A supervision of `superviseeId` by tm meeting every practice standard; override anything. */
export const supervision = (id: string, superviseeId: string, heldOn: string, extra: Row = {}): Row => ({
  id, superviseeId, supervisorId: "tm", heldOn, agenda: ALL_AGENDA, reflection: true, personalImpactUrns: [], ...extra,
});

/** A PDR of `staffId` by tm meeting every practice standard; override anything. */
export const pdr = (id: string, staffId: string, heldOn: string, extra: Row = {}): Row => ({
  id, staffId, reviewerId: "tm", heldOn, covered: ALL_TOPICS, preparedByManager: true, preparedByWorker: true, ...extra,
});

/** An observation of `practitionerId` by tm meeting every practice standard; override anything. */
export const observation = (id: string, practitionerId: string, observedOn: string, extra: Row = {}): Row => ({
  id, practitionerId, observerId: "tm", observedOn, plannedInAdvance: true, consent: "secured", templateUsed: true, recorded: true, ...extra,
});

/**
 * Evaluates a team: sm (strategic manager, no line manager) <- om (operations manager) <- tm
 * (team manager of t1), plus the given staff and records.
 *
 * @returns the evaluation
 */
export function evaluateTeam(
  records: { staff?: Row[]; absences?: Row[]; supervisions?: Row[]; pdrs?: Row[]; observations?: Row[] },
  options: { asOf: string; from?: string; policy?: Policy },
): Promise<Evaluation> {
  const dataset = {
    areas: [{ id: "north" }],
    teams: [{ id: "t1", areaId: "north", type: "IFST" }],
    staff: [
      { id: "sm", role: "strategic-manager", contract: "full-time", startedOn: "2015-01-01" },
      { id: "om", role: "operations-manager", areaId: "north", lineManagerId: "sm", contract: "full-time", startedOn: "2015-01-01" },
      { id: "tm", role: "team-manager", teamId: "t1", lineManagerId: "om", contract: "full-time", startedOn: "2015-01-01" },
      ...(records.staff ?? []),
    ],
    absences: records.absences ?? [],
    supervisions: records.supervisions ?? [],
    pdrs: records.pdrs ?? [],
    observations: records.observations ?? [],
  };
  return evaluate(dataset, options);
}

/** The results of one rule about one subject. */
export function about(evaluation: Evaluation, ruleId: string, subjectId: string) {
  const mine = <T extends { ruleId: string; subject: { id: string } }>(list: readonly T[]) =>
    list.filter((x) => x.ruleId === ruleId && x.subject.id === subjectId);
  return {
    obligations: mine(evaluation.obligations),
    breaches: mine(evaluation.breaches),
    escalations: mine(evaluation.escalations),
  };
}
