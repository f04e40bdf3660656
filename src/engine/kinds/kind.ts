import type { Day } from "../../calendar/day";
import type { Issue } from "../../errors";
import type { Obligation, Party } from "../../model/evaluation";
import type { Assertion, EvidenceSpec, NumberSpec, RuleDefinition, RuleOfKind } from "../../model/policy";
import type { DueComputation } from "../due-dates/explain-due";
import type { PreparedCondition } from "../vocabulary/conditions";
import type { EngineContext } from "../context/engine-context";
import type { Fulfil } from "../vocabulary/fulfilments";
import type { Measure } from "../vocabulary/measures";
import type { Outcome } from "../outcomes/outcome";
import type { PartyResolver } from "../vocabulary/owners";
import type { RuleOutput } from "../outcomes/rule-output";
import type { SubjectSource } from "../subjects/define-source";
import type { SubjectInstance } from "../subjects/subject";

/** The kind of a rule: the shape its interpreter knows. */
export type RuleKind = RuleDefinition["kind"];

/** A path from a rule's root, for issues. */
export type RulePath = (...path: (string | number)[]) => (string | number)[];

/** The names only one kind uses, resolved by the compiler to what they name. */
export interface KindNames {
  deadline: { fulfil: Fulfil };
  "deadline-chain": object;
  cadence: object;
  target: { measure: Measure };
  check: object;
}

/** A rule with every name it uses resolved: what the engine runs. */
export interface CompiledRule<K extends RuleKind = RuleKind> {
  readonly definition: RuleOfKind<K>;
  /** Where its subjects come from (a target lists its scopes itself). */
  readonly source: SubjectSource;
  readonly owner: PartyResolver;
  /** Who a referral goes to: a resolver, or a body. */
  readonly referralTo?: PartyResolver | Party;
  readonly condition: PreparedCondition;
  readonly names: KindNames[K];
}

/** The names a rule definition uses that the vocabulary checks, each with its path. */
export interface NamesUsed {
  /** Dates of the subject it counts from, ends on or checks. */
  dates: [(string | number)[], string][];
  /** Fields of the subject's record it asserts on. */
  fields: [(string | number)[], string][];
  /** The evidence it reads (`evidence` or `events`), and the fields of it that its assertions name. */
  evidence?: { name: string; spec: EvidenceSpec; fields: [(string | number)[], string][] };
  /** Parameters it reads through its vocabulary rather than a `{ param }` (a fulfilment's). */
  parameters: string[];
}

/** A value of a rule with its path from the rule's root. */
export type Site<T> = [(string | number)[], T];

/** What explain finds again of a result: the subject, and the outcome the rule gave it. */
export interface Found {
  subject?: SubjectInstance;
  outcome?: Outcome;
  /** For a check breach: the day of the checked record. */
  checkedOn?: Day;
}

/**
 * One rule kind, whole: every piece the compiler, the engine, explanations and the rule
 * register need. The registry holds one per kind, so a missing piece fails to compile.
 */
export interface KindModule<K extends RuleKind> {
  /**
   * Whether it lists its own subjects (a target: its scopes, per period) instead of taking them
   * from the subject source its rule names: such a rule names no `subject` and no `when`.
   */
  readonly listsOwnSubjects: boolean;
  /** The numbers it reads that count days, months or times (each must be whole), with their paths. */
  wholeNumbers(rule: RuleOfKind<K>): Site<NumberSpec>[];
  /** The assertions it makes of records, with their paths. */
  assertions(rule: RuleOfKind<K>): Site<Assertion>[];
  /**
   * Resolves the names only this kind uses; pushes an issue (with its path) for an unknown one,
   * or one that reads what `source`, where the rule's subjects come from, cannot give
   * (undefined: the rule names an unknown source, already reported).
   */
  resolve(rule: RuleOfKind<K>, at: RulePath, issues: Issue[], source: SubjectSource | undefined): KindNames[K] | undefined;
  /** The names the rule uses, for the vocabulary check. */
  namesUsed(rule: RuleOfKind<K>): NamesUsed;
  /**
   * Runs the rule over the subjects its condition selected, adding to `out`; yields after each
   * piece of work so that the caller can give the host a turn.
   */
  run(rule: CompiledRule<K>, subjects: readonly SubjectInstance[], ctx: EngineContext, out: RuleOutput): Iterable<void>;
  /** The day that decided a result: the day whose parameter values and rule version it used. */
  decidingDay(rule: RuleOfKind<K>, found: Found, ctx: EngineContext): Day;
  /** The rule in plain English (one paragraph of Markdown). */
  describe(rule: RuleOfKind<K>): string;
  /** How an obligation's due date was reached. */
  explainDue(rule: CompiledRule<K>, obligation: Obligation, found: Found, ctx: EngineContext): DueComputation | undefined;
}

/**
 * The date a rule names at `path`, as a `namesUsed` entry: none when the rule names no date there.
 *
 * @param path - where in the rule the date's name sits
 * @param name - the date's name, if the rule gives one
 */
export function datePair(path: (string | number)[], name: string | undefined): [(string | number)[], string][] {
  return name === undefined || name === "" ? [] : [[path, name]];
}
