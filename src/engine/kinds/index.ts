import type { Day } from "../../calendar/day";
import type { Issue } from "../../errors";
import type { Obligation } from "../../model/evaluation";
import type { RuleDefinition, RuleOfKind } from "../../model/policy";
import type { EngineContext } from "../context/engine-context";
import type { DueComputation } from "../due-dates/explain-due";
import type { RuleOutput } from "../outcomes/rule-output";
import type { SubjectInstance } from "../subjects/subject";
import type { SubjectSource } from "../subjects/define-source";
import { cadenceKind } from "./cadence";
import { chainKind } from "./chain";
import { checkKind } from "./check";
import { deadlineKind } from "./deadline";
import type { Assertion, NumberSpec } from "../../model/policy";
import type { CompiledRule, Found, KindModule, NamesUsed, RuleKind, RulePath, Site } from "./kind";
import { targetKind } from "./target";

/** Every rule kind's module, by kind: a kind without one, or one missing a piece, fails to compile. */
export const kinds: { readonly [K in RuleKind]: KindModule<K> } = {
  deadline: deadlineKind,
  "deadline-chain": chainKind,
  cadence: cadenceKind,
  target: targetKind,
  check: checkKind,
};

/** The parts of a compiled rule every kind shares, resolved by the compiler. */
export type SharedParts = Omit<CompiledRule, "definition" | "names">;

/** A compiled rule, ready to run: its kind's pieces bound to it. */
export interface RunnableRule extends SharedParts {
  readonly definition: RuleDefinition;
  /** Whether its kind lists its own subjects, so that no source's are listed for it (see {@link KindModule.listsOwnSubjects}). */
  readonly listsOwnSubjects: boolean;
  /** Runs it over the subjects its condition selected (see {@link KindModule.run}). */
  run(subjects: readonly SubjectInstance[], ctx: EngineContext, out: RuleOutput): Iterable<void>;
  /** The day that decided a result of it. */
  decidingDay(found: Found, ctx: EngineContext): Day;
  /** How an obligation's due date was reached. */
  explainDue(obligation: Obligation, found: Found, ctx: EngineContext): DueComputation | undefined;
}

/** A rule definition bound to its kind's module. */
export interface BoundRule {
  /** Whether its kind lists its own subjects (see {@link KindModule.listsOwnSubjects}). */
  readonly listsOwnSubjects: boolean;
  namesUsed(): NamesUsed;
  /** The numbers it reads that count days, months or times, with their paths. */
  wholeNumbers(): Site<NumberSpec>[];
  /** The assertions it makes of records, with their paths. */
  assertions(): Site<Assertion>[];
  describe(): string;
  /**
   * Resolves the kind's own names, against what `known`, its subject source, gives (undefined:
   * an unknown source, already reported); undefined (with issues) when one is unknown.
   */
  compile(shared: SharedParts, at: RulePath, issues: Issue[], known: SubjectSource | undefined): RunnableRule | undefined;
}

function bind<K extends RuleKind>(module: KindModule<K>, rule: RuleOfKind<K>): BoundRule {
  return {
    listsOwnSubjects: module.listsOwnSubjects,
    namesUsed: () => module.namesUsed(rule),
    wholeNumbers: () => module.wholeNumbers(rule),
    assertions: () => module.assertions(rule),
    describe: () => module.describe(rule),
    compile(shared, at, issues, known) {
      const names = module.resolve(rule, at, issues, known);
      if (names === undefined) return undefined;
      // Every field named, in one order (no spread): each kind's run reads one object shape.
      const { source, owner, condition, referralTo } = shared;
      const compiled: CompiledRule<K> = { definition: rule, source, owner, condition, referralTo, names };
      return {
        definition: rule,
        source, owner, condition, referralTo,
        listsOwnSubjects: module.listsOwnSubjects,
        run: (subjects, ctx, out) => module.run(compiled, subjects, ctx, out),
        decidingDay: (found, ctx) => module.decidingDay(rule, found, ctx),
        explainDue: (o, found, ctx) => module.explainDue(compiled, o, found, ctx),
      };
    },
  };
}

/**
 * Binds a rule definition to the module of its kind.
 *
 * @param rule - a rule definition
 * @returns its kind's pieces, bound to it
 */
export function bindKind(rule: RuleDefinition): BoundRule {
  switch (rule.kind) {
    case "deadline": return bind(kinds.deadline, rule);
    case "deadline-chain": return bind(kinds["deadline-chain"], rule);
    case "cadence": return bind(kinds.cadence, rule);
    case "target": return bind(kinds.target, rule);
    case "check": return bind(kinds.check, rule);
  }
}

/**
 * Reads a rule definition back as plain English: what it asks, of whom, by when, and what
 * counts. The interpretation register (`docs/rules.md`) is written from it.
 *
 * @param rule - a rule definition
 * @returns one paragraph of Markdown
 * @example
 * describeRule(qafPolicy.rules[0]); // "Deadline on each audit (when ...): due `audit.qispWorkingDays` working days ..."
 */
export function describeRule(rule: RuleDefinition): string {
  return bindKind(rule).describe();
}
