/**
 * The scorecard's places (teams, areas or the service) and which one each result belongs to.
 *
 * @module
 */
import type { Evaluation, Party, Subject } from "../model/evaluation";
import { createPlacerSteps, type OrgPlace } from "../org/placement";
import { accepted, str, type Loose } from "./accepted";
import type { ScorecardBy, ScorecardPlace } from "./types";

/**
 * The owner a result is placed by when its subject names no team: the person the rule named
 * (the line manager on the due date, say), not the stand-in an evaluation puts in their place
 * when they are no longer in post on `asOf`. So a result stays where it was at its month's end.
 *
 * @param owner - the result's owner
 * @returns the named owner, or the owner itself
 */
export function namedOwner(owner: Party): Party {
  return owner.named ?? owner;
}

/** Places of the scorecard, by subject. */
export interface Places {
  /** The place of a result's subject (and owner), or undefined when it has none. */
  of(subject: Subject, owner?: Party): ScorecardPlace | undefined;
  /** The place of a team, or undefined when it has none. */
  ofTeam(teamId: string): ScorecardPlace | undefined;
}

/**
 * The places of a scorecard by team, area or service, a step at a time.
 *
 * @param dataset - the dataset evaluated (for teams, areas and the records placed)
 * @param evaluation - its evaluation (for the records it rejected)
 * @param by - what a place is
 * @returns the places
 */
export function* createPlaces(dataset: unknown, evaluation: Evaluation, by: ScorecardBy): Generator<void, Places> {
  const teams = yield* accepted(dataset, evaluation, "teams");
  const areas = yield* accepted(dataset, evaluation, "areas");
  const placementData: { [collection: string]: Loose[] } = {};
  for (const c of ["teams", "staff", "cases", "audits", "supervisions", "pdrs", "observations", "youngCarerAssessments"]) {
    placementData[c] = yield* accepted(dataset, evaluation, c);
  }
  const placer = yield* createPlacerSteps(placementData);
  const teamName = new Map(teams.map((t) => [str(t["id"]) ?? "", str(t["name"]) ?? str(t["id"]) ?? ""]));
  const areaName = new Map(areas.map((a) => [str(a["id"]) ?? "", str(a["name"]) ?? str(a["id"]) ?? ""]));
  const service: ScorecardPlace = { key: "service", id: "service", label: "Service" };
  const cache = new Map<string, ScorecardPlace>();
  const fromOrg = (p: OrgPlace): ScorecardPlace | undefined => {
    if (by === "service") return service;
    const id = by === "team" ? p.teamId : p.areaId;
    if (id === undefined) return undefined;
    let place = cache.get(id);
    if (!place) {
      const key = `${by}:${id}`;
      place = by === "team"
        ? { key, id, label: teamName.get(id) ?? id, ...(p.areaId !== undefined ? { areaId: p.areaId } : {}) }
        : { key, id, label: areaName.get(id) ?? id };
      cache.set(id, place);
    }
    return place;
  };
  return {
    // A service-level result belongs to the service alone: it is never put with its owner's team.
    of: (subject, owner) => (subject.type === "service" ? (by === "service" ? service : undefined) : fromOrg(placer(subject, owner))),
    ofTeam: (teamId) => fromOrg(placer({ type: "team", id: teamId })),
  };
}
