import type { Party } from "../model/evaluation";

/**
 * A party's name as the reports print it: the person's staff id, else the body, else the role.
 *
 * @param p - an owner or recipient
 * @returns the name; `""` for a party with none of them
 */
export function partyName(p: Party): string {
  return p.staffId ?? p.body ?? p.role ?? "";
}

/**
 * What the reports add after a party who stands in for the person a rule named (that person
 * was not in post on the as-of day): ` (for s7, not in post)`.
 *
 * @param p - an owner or recipient
 * @returns the note, with its leading space; `""` when the party is the one the rule named
 */
export function standInNote(p: Party): string {
  return p.named === undefined ? "" : ` (for ${partyName(p.named) || "someone"}, not in post)`;
}

/**
 * A party as the reports print an owner: its name, and whom it stands in for.
 *
 * @param p - an owner or recipient
 * @returns e.g. `s12`, or `s12 (for s7, not in post)`
 * @example
 * ownerText({ staffId: "s12", named: { staffId: "s7" } }); // "s12 (for s7, not in post)"
 */
export function ownerText(p: Party): string {
  return partyName(p) + standInNote(p);
}
