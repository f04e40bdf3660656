/**
 * A small One Point service, hand-written for the governance rules: two areas, an IFST in
 * the north and a family centre team in the south, their managers up to the strategic
 * manager, and one practitioner (who owes none of these rules).
 *
 *   sm (strategic manager) <- qim (quality improvement manager)
 *   sm <- om-n (operations manager, north) <- tm-n (team manager, t-n)
 *   sm <- om-s (operations manager, south) <- fctm-s (family centre team manager, t-s)
 *   tm-n <- p1 (practitioner)
 */
export const org = {
  areas: [{ id: "north" }, { id: "south" }],
  teams: [
    { id: "t-n", areaId: "north", type: "IFST" },
    { id: "t-s", areaId: "south", type: "FCT" },
  ],
  staff: [
    { id: "sm", role: "strategic-manager", contract: "full-time", startedOn: "2019-01-07" },
    { id: "qim", role: "quality-improvement-manager", lineManagerId: "sm", contract: "full-time", startedOn: "2019-01-07" },
    { id: "om-n", role: "operations-manager", areaId: "north", lineManagerId: "sm", contract: "full-time", startedOn: "2019-01-07" },
    { id: "om-s", role: "operations-manager", areaId: "south", lineManagerId: "sm", contract: "full-time", startedOn: "2019-01-07" },
    { id: "tm-n", role: "team-manager", teamId: "t-n", lineManagerId: "om-n", contract: "full-time", startedOn: "2019-01-07" },
    { id: "fctm-s", role: "family-centre-team-manager", teamId: "t-s", lineManagerId: "om-s", contract: "full-time", startedOn: "2019-01-07" },
    { id: "p1", role: "practitioner", teamId: "t-n", lineManagerId: "tm-n", contract: "full-time", startedOn: "2019-01-07" },
  ],
};

/** The ids of the rules of the QAF's "Governance, oversight and service standing" section. */
export const GOVERNANCE_RULE_IDS = [
  "governance.quality-performance-clinic", "governance.case-clinic", "governance.locality-management-oversight",
  "governance.team-briefing", "governance.group-learning", "governance.optf-development-day",
  "governance.practitioner-development-day", "governance.ehivc-management-team", "governance.practice-week",
  "report.service-improvement", "report.stronger-families-progress", "report.population-outcomes",
  "report.kpi", "report.survey-results", "oversight.dashboard-review", "oversight.bi-access",
  "quality.team-plan", "iic.annual",
] as const;

/**
 * The organisation with extra collections laid over it (staff and absences are added to).
 *
 * @param extra - collections to add
 * @returns a dataset
 */
export function withOrg(extra: Record<string, unknown[]>): Record<string, unknown[]> {
  return { ...org, ...extra, staff: [...org.staff, ...(extra["staff"] ?? [])] };
}

/**
 * Finds the obligation with an id, failing the test with the ids there are when it is absent.
 *
 * @param obligations - an evaluation's obligations
 * @param id - the id wanted
 * @returns the obligation
 */
export function obligation<T extends { id: string }>(obligations: readonly T[], id: string): T {
  const found = obligations.find((o) => o.id === id);
  if (!found) throw new Error(`no obligation ${id}; have: ${obligations.map((o) => o.id).join(", ")}`);
  return found;
}
