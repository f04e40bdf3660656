import type { Day } from "../calendar/day";
import { periodContaining, type PeriodKind } from "../calendar/periods";
import { isNameIn } from "./names";
import type { EngineContext } from "./context";
import { dayAt } from "./day-columns";
import { positionAt, referenced } from "./reference-columns";

/** One family counted by a target: its case, and the days its surveys were completed (by `asOf`), in order. */
export interface Counted {
  id: string;
  /** The day its first survey was completed. */
  completedOn?: Day;
  /** Every day one of its surveys was completed, in order (the first is `completedOn`). */
  completions: readonly Day[];
}

const NONE: readonly Day[] = [];

/**
 * A target's measure: built a step at a time (a target's run yields with it), then for a
 * scope and a period, the families it counts.
 */
export type Measure = (ctx: EngineContext, period: PeriodKind) => Generator<void, (scopeKey: string, periodLabel: string) => readonly Counted[]>;

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

/**
 * The measures targets can use, by name: the vocabulary of a target rule's `measure`.
 */
export const measures = {
  /**
   * Families closed in the period for a reason in `survey.closureReasons` (as in force on the
   * day each closed), each with the days its surveys were completed.
   */
  "survey.completion": (ctx, kind) =>
    ctx.sharedSteps(`measure:survey.completion:${kind}`, function* () {
      // Each case's completed surveys, by the case's position.
      const completionsOf: (Day[] | undefined)[] = new Array<Day[] | undefined>(ctx.index.dataset.cases.length);
      const completedOn = ctx.index.days.surveys["completedOn"];
      const caseOf = ctx.index.refs.surveys["caseId"];
      for (let i = 0; i < ctx.index.dataset.surveys.length; i++) {
        if ((i & 255) === 255) yield;
        const day = dayAt(completedOn, i);
        const at = positionAt(caseOf, i);
        if (day === undefined || day > ctx.asOf || at === undefined) continue;
        (completionsOf[at] ??= []).push(day);
      }
      const groups = new Map<string, Counted[]>();
      const closedOn = ctx.index.days.cases["closedOn"];
      for (const [i, c] of ctx.index.dataset.cases.entries()) {
        if ((i & 255) === 255) yield;
        const closed = dayAt(closedOn, i);
        if (closed === undefined || closed > ctx.asOf) continue;
        if (!ctx.parameters.on(closed).survey.closureReasons.some((r) => r === c.closureReason)) continue;
        const label = periodContaining(kind, closed, ctx.policy.calendar.yearStartMonth).label;
        const completions = completionsOf[i]?.sort((a, b) => a - b) ?? NONE;
        const completedOn = completions[0];
        const counted: Counted = completedOn === undefined ? { id: c.id, completions } : { id: c.id, completedOn, completions };
        const areaId = referenced(ctx.index, "cases", "teamId", i)?.areaId;
        for (const key of ["service", `team:${c.teamId}`, ...(areaId ? [`area:${areaId}`] : [])]) {
          const list = groups.get(`${key}|${label}`) ?? [];
          list.push(counted);
          groups.set(`${key}|${label}`, list);
        }
      }
      return (scope: string, label: string) => groups.get(`${scope}|${label}`) ?? [];
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
