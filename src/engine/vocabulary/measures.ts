import type { Day } from "../../calendar/day";
import { periodContaining, type Period, type PeriodKind } from "../../calendar/periods";
import { isNameIn } from "./resolve-name";
import type { EngineContext } from "../context/engine-context";
import { dayAt } from "../dataset-index/day-columns";
import { positionAt, referenced } from "../dataset-index/reference-columns";
import { endsStep } from "../../model/steps";
import { atIndex } from "../../util/at-index";

/**
 * One family counted by a target: its case, and the days that count towards the target, in
 * order: its first completed survey's (families counted), or every completed survey's
 * (`survey.targetCounts: "surveys"`), as the measure reads the policy for its period.
 */
export interface Counted {
  id: string;
  counts: readonly Day[];
}

/** What a measure gives for one scope and period: the families, and what the numerator counts, in words. */
export interface Measured {
  families: readonly Counted[];
  /** How the count reads in a sentence: "families completed a survey". */
  counting: string;
}

const NONE: readonly Day[] = [];

/**
 * A target's measure: built a step at a time (a target's run yields with it), then for a
 * scope and a period, the families it counts and what it counts of them.
 */
export type Measure = (ctx: EngineContext, period: PeriodKind) => Generator<void, (scopeKey: string, period: { label: string; from: Day }) => Measured>;

/** The subject types a target's scopes may name: measures group what they count by them. */
export const scopeTypes: readonly string[] = ["service", "area", "team"];

/**
 * Scope key of a subject for targets: `service`, `area:<id>` or `team:<id>`.
 *
 * @returns the key
 */
export function scopeKey(type: string, id: string): string {
  return type === "service" ? "service" : `${type}:${id}`;
}

/** The scopes a case counts in: the service, its team and its team's area (built once per team). */
function scopeKeysOf(teamId: string, areaId: string | undefined): readonly string[] {
  return ["service", `team:${teamId}`, ...(areaId ? [`area:${areaId}`] : [])];
}

/**
 * The measures targets can use, by name: the vocabulary of a target rule's `measure`.
 */
export const measures = {
  /**
   * Families closed in the period for a reason in `survey.closureReasons` (as in force on the
   * day each closed), each with the days that count: its first completed survey's, or with
   * `survey.targetCounts: "surveys"` (as in force on the period's first day) every one's.
   */
  "survey.completion": (ctx, kind) =>
    ctx.sharedSteps(`measure:survey.completion:${kind}`, function* () {
      // Each case's completed surveys, by the case's position.
      const completionsOf: (Day[] | undefined)[] = new Array<Day[] | undefined>(ctx.index.dataset.cases.length);
      const completedOn = ctx.index.days.surveys["completedOn"];
      const caseOf = ctx.index.refs.surveys["caseId"];
      for (let i = 0; i < ctx.index.dataset.surveys.length; i++) {
        if (endsStep(i)) yield;
        const day = dayAt(completedOn, i);
        const at = positionAt(caseOf, i);
        if (day === undefined || day > ctx.asOf || at === undefined) continue;
        (completionsOf[at] ??= []).push(day);
      }
      const countsSurveys = (from: Day) => ctx.parameters.on(from).survey.targetCounts === "surveys";
      const countingOn = (from: Day) => (countsSurveys(from) ? "surveys were completed" : "families completed a survey");
      // Families by period label, then by scope key: no key string built per case.
      const groups = new Map<string, Map<string, Counted[]>>();
      const closedOn = ctx.index.days.cases["closedOn"];
      const scopesOfTeam = new Map<string, readonly string[]>();
      // Each closing day's period, found once: a region closes many cases on each day.
      const periodOf = new Map<Day, Period>();
      const cases = ctx.index.dataset.cases;
      for (let i = 0; i < cases.length; i++) {
        if (endsStep(i)) yield;
        const closed = dayAt(closedOn, i);
        if (closed === undefined || closed > ctx.asOf) continue;
        const c = atIndex(cases, i);
        if (!(ctx.parameters.on(closed).survey.closureReasons as readonly unknown[]).includes(c.closureReason)) continue;
        let period = periodOf.get(closed);
        if (period === undefined) periodOf.set(closed, (period = periodContaining(kind, closed, ctx.policy.calendar.yearStartMonth)));
        // `families`: a family counts once, on its first completion; `surveys`: every completion counts.
        const completions = completionsOf[i]?.sort((a, b) => a - b) ?? NONE;
        const counted: Counted = { id: c.id, counts: countsSurveys(period.from) ? completions : completions.slice(0, 1) };
        let byScope = groups.get(period.label);
        if (byScope === undefined) groups.set(period.label, (byScope = new Map()));
        let scopes = scopesOfTeam.get(c.teamId);
        if (scopes === undefined) scopesOfTeam.set(c.teamId, (scopes = scopeKeysOf(c.teamId, referenced(ctx.index, "cases", "teamId", i)?.areaId)));
        for (const key of scopes) {
          const group = byScope.get(key);
          if (group) group.push(counted);
          else byScope.set(key, [counted]);
        }
      }
      return (scope, period) => ({ families: groups.get(period.label)?.get(scope) ?? [], counting: countingOn(period.from) });
    }),
} satisfies Record<string, Measure>;

/** The name of a measure. */
export type MeasureName = keyof typeof measures;

/** Parameters a measure reads by itself, beyond those its rule names. */
const measureParameters: Partial<Record<MeasureName, readonly string[]>> = {
  "survey.completion": ["survey.closureReasons", "survey.targetCounts"],
};

/**
 * The parameters a measure reads by itself (explanations list them, `comparePolicies` watches them).
 *
 * @param name - the measure's name
 * @returns dotted parameter names
 */
export function implicitParametersOfMeasure(name: string): string[] {
  return isNameIn(measures, name) ? [...(measureParameters[name] ?? [])] : [];
}
