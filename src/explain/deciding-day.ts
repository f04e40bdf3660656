import { toDay, type Day } from "../calendar/day";
import type { EngineContext } from "../engine/context";
import { waitStartOf } from "../engine/kinds/chain";
import { deadlineDay } from "../engine/specs";
import type { SubjectInstance } from "../engine/subject-instance";
import type { Obligation } from "../model/evaluation";
import type { RuleDefinition } from "../model/policy";

/**
 * The day that decides an obligation, whose parameter values it uses: its period's start;
 * a deadline's anchor date (as the engine decides it); a chain wait's start; a checked
 * record's own date. Falls back on the window's first day.
 *
 * @param rule - the rule
 * @param obligation - the obligation (absent for a check breach)
 * @param subject - the subject instance
 * @param ctx - the engine context of the evaluation
 * @returns the deciding day
 */
export function decidingDay(rule: RuleDefinition, obligation: Obligation | undefined, subject: SubjectInstance | undefined, ctx: EngineContext): Day {
  if (obligation?.period) return toDay(obligation.period.from);
  if (rule.kind === "check") return subject?.date(rule.date) ?? ctx.from;
  if (rule.kind === "deadline" && subject) return deadlineDay(rule, subject, ctx);
  if (rule.kind === "deadline-chain" && obligation) return waitStartOf(obligation.id) ?? ctx.from;
  return ctx.from;
}
