import type { Party } from "../model/evaluation";
import { finish } from "../model/steps";
import { eachStep } from "../util/sliced";
import type { OrgLookup, Placement } from "../report/org";

/** The kinds of change {@link compareEvaluations} lists, as counted in a {@link ChangeGroup}. */
export const CHANGE_KINDS = ["began", "resolved", "lapsed", "leftWindow", "withdrawn", "escalated", "fellDue", "becameOverdue"] as const;
/** One kind of change: a breach list, the escalations, or an obligation list. */
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The changes that belong to one owner or one team, counted by kind. */
export interface ChangeGroup {
  /** `staff:<id>`, `body:<body>`, `role:<role>` for an owner; `team:<id>`, `area:<id>`, `service` for a team. */
  key: string;
  /** What a reader sees. */
  label: string;
  counts: Record<ChangeKind, number>;
  /** All its changes. */
  total: number;
}

/**
 * Where an owner's changes are counted: a named person (with their role), else a body,
 * else a role, labelled as the reports label escalation recipients.
 *
 * @param party - an owner, or an escalation's recipient
 * @param org - the organisation lookup, for a person's role
 * @returns the group's key and label
 * @example
 * ownerPlacement({ staffId: "s42", role: "team-manager" }, org); // { key: "staff:s42", label: "s42 (team-manager)" }
 */
export function ownerPlacement(party: Party, org: OrgLookup): Placement {
  const { staffId, body, role } = party;
  if (staffId !== undefined) return { key: `staff:${staffId}`, label: `${staffId} (${role ?? org.roleOf(staffId) ?? "staff"})` };
  if (body !== undefined) return { key: `body:${body}`, label: `Body: ${body}` };
  return { key: `role:${role ?? "unknown"}`, label: `Role: ${role ?? "unknown"}` };
}

/**
 * Counts changes of every kind per group.
 *
 * @param kinds - the changes, by kind
 * @param groupOf - a change's group
 * @returns one entry per group with at least one change: most changes first, then by label, then key
 */
export function changeGroups<C>(kinds: Record<ChangeKind, readonly C[]>, groupOf: (change: C) => Placement): ChangeGroup[] {
  return finish(changeGroupsSteps(kinds, groupOf));
}

/**
 * {@link changeGroups} a step at a time (it yields every few hundred changes).
 *
 * @param kinds - the changes, by kind
 * @param groupOf - a change's group
 * @returns steps, then the groups
 */
export function* changeGroupsSteps<C>(kinds: Record<ChangeKind, readonly C[]>, groupOf: (change: C) => Placement): Generator<void, ChangeGroup[]> {
  const groups = new Map<string, ChangeGroup>();
  for (const kind of CHANGE_KINDS) {
    yield* eachStep(kinds[kind], (change) => {
      const { key, label } = groupOf(change);
      let g = groups.get(key);
      if (g === undefined) {
        g = { key, label, counts: Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<ChangeKind, number>, total: 0 };
        groups.set(key, g);
      }
      g.counts[kind]++;
      g.total++;
    });
  }
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...groups.values()].sort((a, b) => b.total - a.total || order(a.label, b.label) || order(a.key, b.key));
}
