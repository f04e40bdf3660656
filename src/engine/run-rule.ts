import type { RuleDefinition } from "../model/policy";
import { compileCondition, conditionDay } from "./conditions";
import type { EngineContext } from "./context";
import { interpretCadence } from "./kinds/cadence";
import { interpretChain } from "./kinds/chain";
import { interpretCheck } from "./kinds/check";
import { interpretDeadline } from "./kinds/deadline";
import { interpretTarget } from "./kinds/target";
import type { RuleOutput } from "./rule-output";
import { subjectSources, type SubjectSourceName } from "./subjects";
import type { SubjectInstance } from "./subject-instance";

/**
 * Runs one rule: lists its subjects, keeps those its `when` condition selects, and hands
 * them to the interpreter of its kind.
 *
 * @param rule - the rule definition
 * @param ctx - the evaluation
 * @returns what the rule produced
 */
export async function runRule(rule: RuleDefinition, ctx: EngineContext): Promise<RuleOutput> {
  if (rule.kind === "target") return interpretTarget(rule, ctx);
  const applies = compileCondition(rule.when, ctx.policy.parameters);
  const subjects: SubjectInstance[] = [];
  for (const subject of subjectSources[rule.subject as SubjectSourceName](ctx)) {
    if (await applies(subject.facts, conditionDay(rule.subject, subject.facts, ctx.asOf))) subjects.push(subject);
  }
  switch (rule.kind) {
    case "deadline":
      return interpretDeadline(rule, subjects, ctx);
    case "deadline-chain":
      return interpretChain(rule, subjects, ctx);
    case "cadence":
      return interpretCadence(rule, subjects, ctx);
    case "check":
      return interpretCheck(rule, subjects, ctx);
  }
}
