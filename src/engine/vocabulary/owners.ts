import type { Party } from "../../model/evaluation";
import type { EngineContext } from "../context/engine-context";
import type { Needs, NeedsAnd } from "./needs";
import type { SubjectInstance } from "../subjects/subject";

/** Resolves a rule's owner (or a referral's recipient) for a subject. */
export type PartyResolver = (subject: SubjectInstance, ctx: EngineContext) => Party;

/**
 * The party of a resolver that finds no one: one frozen object, so that an owner can be
 * shared by every result of a subject (a change made through one result cannot show in another).
 */
export const NO_ONE: Party = Object.freeze({});

/** A party resolver with the facts, dates or subject type it reads. */
const party = <const N extends Needs>(needs: N, value: PartyResolver) => ({ needs, value });

/** The staff member whose id the subject's fact `key` holds. */
const staffIn = <const K extends string>(key: K) => party({ facts: [key] }, (s, ctx) => {
  const id = s.fact(key);
  return ctx.people.party(typeof id === "string" ? id : undefined) ?? NO_ONE;
});

/**
 * Who a rule's owner (or a referral's recipient) is, by name: the vocabulary that rule
 * definitions use in `owner` and `referral.to`. (`owner-of-meeting`: whoever the meetings table
 * makes responsible for the meeting's scope: the strategic manager for the service, the area's
 * operations manager, the team's manager, or the staff member whose meeting it is.) Each
 * declares what it reads of the subject, so that a rule whose subjects cannot give it is refused.
 */
export const partyResolvers = {
  auditor: staffIn("auditorId"),
  supervisor: staffIn("supervisorId"),
  reviewer: staffIn("reviewerId"),
  observer: staffIn("observerId"),
  "action-owner": staffIn("ownerId"),
  "key-worker": staffIn("keyWorkerId"),
  self: party({ type: "staff" }, (s, ctx) => ctx.people.party(s.subject.id) ?? NO_ONE),
  "line-manager": party({ type: "staff" }, (s, ctx) => (s.staff ? ctx.people.lineManagerOf(s.staff.id) : undefined) ?? NO_ONE),
  "ops-manager-of-worker": party({ facts: ["workerId"] }, (s, ctx) => ctx.people.opsManagerOfStaff(String(s.fact("workerId")))),
  "ops-manager-of-case": party({ facts: ["teamId"] }, (s, ctx) => ctx.people.opsManagerOfTeam(String(s.fact("teamId")))),
  "ops-manager-of-area": party({ type: "area" }, (s, ctx) => ctx.people.opsManagerOfArea(s.subject.id)),
  "team-manager-of-team": party({ type: "team" }, (s, ctx) => ctx.people.teamManagerOf(s.subject.id)),
  "owner-of-meeting": party({ facts: ["scope"] }, (s, ctx) => {
    const scope = s.record["scope"] as { type: string; id?: string } | undefined;
    if (scope?.type === "area") return ctx.people.opsManagerOfArea(scope.id);
    if (scope?.type === "team" && scope.id !== undefined) return ctx.people.teamManagerOf(scope.id);
    if (scope?.type === "staff") return ctx.people.party(scope.id) ?? NO_ONE;
    return ctx.people.holderOf("strategic-manager");
  }),
  "strategic-manager": party({}, (_s, ctx) => ctx.people.holderOf("strategic-manager")),
  "quality-improvement-manager": party({}, (_s, ctx) => ctx.people.holderOf("quality-improvement-manager")),
} satisfies Record<string, NeedsAnd<PartyResolver>>;

/** The name of a party resolver. */
export type PartyResolverName = keyof typeof partyResolvers;
