import type { Dataset } from "../model/dataset";
import type { Party, Subject } from "../model/evaluation";
import { createPlacer, type OrgPlace } from "../org/placement";

/** The team and area a result belongs to, where the organisation data says. */
export type Place = OrgPlace;

/**
 * Builds a look-up from a result's subject (or, failing that, its owner) to its team and
 * area: a staff member's own team; a case's team; an audit's audited worker; an audit action's
 * owner; a supervision's supervisee; a child's case; and so on (see `createPlacer`).
 *
 * @param dataset - the parsed dataset
 * @returns the look-up
 */
export function placeFinder(dataset: Dataset): (subject: Subject, owner?: Party) => Place {
  return createPlacer(dataset);
}
