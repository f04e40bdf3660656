import * as z from "zod/mini";
import { notBefore, requireWhen, withChecks } from "./checks";
import { idSchema, recordDateSchema as isoDateSchema } from "./primitives";

/** An OPS area (locality), such as North Durham. */
export const areaSchema = z.object({
  /** Unique area id. */
  id: idSchema,
  /** Display name (optional). */
  name: z.optional(z.string()),
});
/** An OPS area (locality). */
export type Area = z.output<typeof areaSchema>;

/** Team type: `IFST` intensive family support team, `FCT` family centre team. */
export const teamTypeSchema = z.enum(["IFST", "FCT"]);
/** Team type: `IFST` intensive family support team, `FCT` family centre team. */
export type TeamType = z.output<typeof teamTypeSchema>;

/** A team, in one area. */
export const teamSchema = z.object({
  id: idSchema,
  /** The area the team belongs to. */
  areaId: idSchema,
  type: teamTypeSchema,
  name: z.optional(z.string()),
});
/** A team, in one area. */
export type Team = z.output<typeof teamSchema>;

/** A staff member's role in the service. */
export const roleSchema = z.enum([
  "practitioner",
  "senior-key-worker",
  "team-manager",
  "family-centre-team-manager",
  "operations-manager",
  "strategic-manager",
  "quality-improvement-manager",
]);
/** A staff member's role in the service. */
export type Role = z.output<typeof roleSchema>;

/** Working pattern of a contract. */
export const contractSchema = z.enum(["full-time", "part-time"]);
/** Working pattern of a contract. */
export type Contract = z.output<typeof contractSchema>;

/** Roles that belong to a team, so need `teamId`. */
const TEAM_ROLES: ReadonlySet<unknown> = new Set<Role>([
  "practitioner",
  "senior-key-worker",
  "team-manager",
  "family-centre-team-manager",
]);

/**
 * A staff member. `teamId` is required for practitioners, senior key workers, team
 * managers and family centre team managers; `areaId` for operations managers;
 * `lineManagerId` is absent only for the top of the service.
 */
export const staffSchema = withChecks(
  z.object({
    id: idSchema,
    role: roleSchema,
    teamId: z.optional(idSchema),
    areaId: z.optional(idSchema),
    lineManagerId: z.optional(idSchema),
    contract: contractSchema,
    startedOn: isoDateSchema,
    /** Last working day, inclusive (optional). */
    leftOn: z.optional(isoDateSchema),
    qualityImprovementChampion: z._default(z.boolean(), false),
    /** Contract changes from a date onwards (optional, default none). */
    contractChanges: z._default(z.array(z.object({ from: isoDateSchema, contract: contractSchema })), []),
  }),
  (r, report) => {
    requireWhen(r, report, "teamId", TEAM_ROLES.has(r.role), "this role");
    requireWhen(r, report, "areaId", r.role === "operations-manager", "operations managers");
    notBefore(r, report, "startedOn", "leftOn");
    const days = new Set<unknown>();
    (Array.isArray(r["contractChanges"]) ? r["contractChanges"] : []).forEach((change: unknown, i: number) => {
      const from = (change as { from?: unknown } | null)?.from;
      if (from !== undefined && days.has(from)) report(["contractChanges", i, "from"], "a second contract change on the same day: keep one");
      days.add(from);
    });
  },
);
/** A staff member. */
export type Staff = z.output<typeof staffSchema>;

/** A recorded absence of a staff member; `from` and `to` are both inclusive. */
export const absenceSchema = withChecks(
  z.object({
    /** Optional record id (an addition to the contract; unique when present). */
    id: z.optional(idSchema),
    staffId: idSchema,
    from: isoDateSchema,
    to: isoDateSchema,
    reason: z.optional(z.enum(["sickness", "maternity", "leave", "other"])),
  }),
  (r, report) => notBefore(r, report, "from", "to"),
);
/** A recorded absence of a staff member; `from` and `to` are both inclusive. */
export type Absence = z.output<typeof absenceSchema>;

/**
 * Who line-managed a staff member from one day to another: one record of an HR system's
 * position history. `to` is inclusive and optional (still in force); it must not be before
 * `from`. On a day no record of theirs covers, the staff record's `lineManagerId` stands.
 * A record naming the staff member as their own line manager is rejected; so are records of
 * the same staff member that overlap, and records that make a line management cycle on some
 * day (see `parseDataset`).
 */
export const lineManagementSchema = withChecks(
  z.object({
    /** Unique record id. */
    id: idSchema,
    /** The staff member managed. */
    staffId: idSchema,
    /** Their line manager over the period. */
    lineManagerId: idSchema,
    /** First day, inclusive. */
    from: isoDateSchema,
    /** Last day, inclusive (optional: still in force). */
    to: z.optional(isoDateSchema),
  }),
  (r, report) => {
    notBefore(r, report, "from", "to");
    if (typeof r["staffId"] === "string" && r["staffId"] === r["lineManagerId"]) {
      report(["lineManagerId"], "must not be the staff member themself: no one line-manages themself");
    }
  },
);
/** Who line-managed a staff member from one day to another. */
export type LineManagement = z.output<typeof lineManagementSchema>;
