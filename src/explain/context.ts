import { toDay } from "../calendar/day";
import { createWorkingCalendar } from "../calendar/working-days";
import { createContext, type EngineContext } from "../engine/context";
import { indexDataset } from "../engine/index-dataset";
import { createPeople } from "../engine/people";
import { subjectSources, type SubjectSourceName } from "../engine/subjects";
import type { SubjectInstance } from "../engine/subject-instance";
import type { Evaluation, Subject } from "../model/evaluation";
import type { RuleDefinition } from "../model/policy";
import { parseDataset } from "../model/parse-dataset";
import { closureDaysOf } from "../policy/closure-days";
import type { Policy } from "../policy/policy";

/**
 * Rebuilds the engine's view of an evaluation (same dataset, policy and window), to look at
 * one subject again.
 *
 * @returns the engine context
 */
export function contextOf(evaluation: Evaluation, dataset: unknown, policy: Policy): EngineContext {
  const index = indexDataset(parseDataset(dataset).dataset);
  const asOf = toDay(evaluation.asOf);
  return createContext({
    asOf, from: toDay(evaluation.window.from), policy, index,
    calendar: createWorkingCalendar(closureDaysOf(policy)),
    people: createPeople(index, asOf),
  });
}

const scopeSource: Record<string, SubjectSourceName> = { service: "service", area: "areas", team: "teams" };

/**
 * Finds a result's subject among the subjects of its rule.
 *
 * @returns the subject instance, or undefined when it is no longer there
 */
export function findSubject(rule: RuleDefinition, subject: Subject, ctx: EngineContext): SubjectInstance | undefined {
  const source = (rule.kind === "target" ? scopeSource[subject.type] : rule.subject) as SubjectSourceName | undefined;
  if (source === undefined || !Object.hasOwn(subjectSources, source)) return undefined;
  return subjectSources[source](ctx).find((s) => s.subject.type === subject.type && s.subject.id === subject.id);
}
