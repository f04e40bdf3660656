import type { Day } from "../../calendar/day";
import type { Assertion } from "../../model/policy";
import { compileSimplePattern } from "../../text/simple-pattern";
import type { EngineContext } from "../context/engine-context";
import { inPost, memberById, recordById } from "../dataset-index/index-dataset";
import { listFor, paramFor } from "./rule-values";
import type { SubjectInstance } from "../subjects/subject";

/** A practice standard a record failed, with the facts that show it (never the offending text). */
export interface Failure {
  label: string;
  field: string;
  missing?: string[];
  positions?: number[];
}

/**
 * What an assertion gives when it turns on a staff member whose record was rejected (an id no
 * accepted record has: the parse rejects ids not in the export): it can be neither met nor failed.
 */
export const UNDECIDED = "undecided";

/**
 * Whether a value names a staff member with no accepted record: one whose record was
 * rejected, since the parse rejects ids not in the export.
 *
 * @param ctx - the evaluation
 * @param id - the value a rule read
 * @returns true for a string id no accepted staff record has
 */
export const unknownStaff = (ctx: EngineContext, id: unknown): boolean => typeof id === "string" && memberById(ctx.index, id) === undefined;

/** Simple patterns, never regular expressions: a policy's pattern cannot make a match slow. */
const patterns = new Map<string, (text: string) => boolean>();
function compiled(pattern: string): (text: string) => boolean {
  let test = patterns.get(pattern);
  if (!test) patterns.set(pattern, (test = compileSimplePattern(pattern)));
  return test;
}

/**
 * Tests a record against one assertion.
 *
 * @param a - the assertion
 * @param s - the subject whose record is tested
 * @param ctx - the evaluation
 * @param on - the record's own date: the parameters it is held to are those in force then
 * @returns the failure, null when the record meets it, or {@link UNDECIDED} when that turns
 *   on a staff member whose record was rejected
 */
export function failureOf(a: Assertion, s: SubjectInstance, ctx: EngineContext, on: Day): Failure | null | typeof UNDECIDED {
  const value = s.record[a.field];
  // A failure object is made only for a record that fails: most records meet most assertions.
  switch (a.test) {
    case "isTrue":
      return value === true ? null : failed(a);
    case "notEqual":
      return value !== a.value ? null : failed(a);
    case "includesAll": {
      const have = Array.isArray(value) ? value : [];
      const missing = listFor(a.values, s, ctx, on).filter((v) => !have.includes(v));
      return missing.length === 0 ? null : { ...failed(a), missing };
    }
    case "allMatch": {
      const pattern = typeof a.pattern === "string" ? a.pattern : String(paramFor(a.pattern, s, ctx, on));
      const positions = mismatches(Array.isArray(value) ? value : [], compiled(pattern));
      return positions === undefined ? null : { ...failed(a), positions };
    }
    case "roleIn": {
      if (unknownStaff(ctx, value)) return UNDECIDED;
      const role = recordById(ctx.index, "staff", String(value))?.role;
      return role !== undefined && listFor(a.roles, s, ctx, on).includes(role) ? null : failed(a);
    }
    case "roleInTeamOf": {
      if (unknownStaff(ctx, value) || unknownStaff(ctx, s.record[a.of])) return UNDECIDED;
      const who = memberById(ctx.index, value);
      const team = recordById(ctx.index, "staff", s.record[a.of])?.teamId;
      const fits = who !== undefined && team !== undefined && who.record.teamId === team &&
        inPost(who, on) && listFor(a.roles, s, ctx, on).includes(who.record.role);
      return fits ? null : failed(a);
    }
    case "attendance": {
      const ids = Array.isArray(value) ? value : [];
      if (ids.length === 0) return null;
      const present = ids.flatMap((id) => {
        const member = memberById(ctx.index, id);
        return member !== undefined && inPost(member, on) ? [member.record] : [];
      });
      const scope = s.record["scope"] as { type?: string; id?: string } | undefined;
      const team = scope?.type === "team" ? scope.id : undefined;
      const missing = listFor(a.roles, s, ctx, on).filter((role) =>
        team !== undefined && role === "team-manager"
          ? !present.some((p) => p.teamId === team && (p.role === "team-manager" || p.role === "family-centre-team-manager"))
          : !present.some((p) => p.role === role));
      if (missing.length > 0 && ids.some((id) => unknownStaff(ctx, id))) return UNDECIDED; // they may have been the one missing
      return missing.length === 0 ? null : { ...failed(a), missing };
    }
  }
}

/** The failure of an assertion, with no facts yet. */
function failed(a: Assertion): Failure {
  return { label: a.label, field: a.field };
}

/** The positions of the values that are not text matching a pattern; undefined when there are none (no list made). */
function mismatches(values: readonly unknown[], matches: (text: string) => boolean): number[] | undefined {
  let positions: number[] | undefined;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== "string" || !matches(v)) (positions ??= []).push(i);
  }
  return positions;
}
