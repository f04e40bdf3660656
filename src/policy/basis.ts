import type { Basis } from "../model/evaluation";
import { RULE_ELEMENTS, type ElementBasis, type Ladder, type RuleDefinition, type RuleElement } from "../model/policy";
import { atIndex } from "../util/at-index";

/** What a result says of its footing: its weakest basis, and the choices behind it (one list shared by a rule's results). */
export interface Footing {
  readonly basis: Basis;
  readonly assumptions: string[];
}

/** The bases from firmest to weakest. */
export const BASES: readonly Basis[] = ["qaf", "reading", "assumption"];

/**
 * Whether a basis is at least as firm as another (`qaf` > `reading` > `assumption`).
 *
 * @param basis - the basis to test
 * @param floor - the weakest basis to keep
 * @returns true when `basis` is `floor` or firmer
 * @example
 * atLeast("reading", "assumption"); // true
 * atLeast("reading", "qaf"); // false
 */
export function atLeast(basis: Basis, floor: Basis): boolean {
  return BASES.indexOf(basis) <= BASES.indexOf(floor);
}

/** The footing of an element a rule does not declare: a council's own rule rests on its own choices. */
const UNDECLARED: ElementBasis = { basis: "assumption", note: "not declared by the rule" };

/**
 * A rule's footing for one element; a rule without a declared basis rests on assumptions.
 *
 * @param rule - the rule definition
 * @param element - the element
 * @returns its declared footing
 */
export function elementBasis(rule: Pick<RuleDefinition, "basis">, element: RuleElement): ElementBasis {
  return rule.basis?.[element] ?? UNDECLARED;
}

/** The elements that decide whether and when an obligation or a breach exists. */
const DECIDING: readonly RuleElement[] = ["subjects", "due", "fulfilment"];
/** A referral's: the same, and the referral itself. */
const DECIDING_REFERRAL: readonly RuleElement[] = [...DECIDING, "escalation"];

function footingOf(rule: Pick<RuleDefinition, "basis">, elements: readonly RuleElement[], extra: readonly string[] = []): Footing {
  let weakest = 0;
  const assumptions: string[] = [];
  for (const element of elements) {
    const e = elementBasis(rule, element);
    weakest = Math.max(weakest, BASES.indexOf(e.basis));
    if (e.basis === "qaf") continue;
    const names = e.parameters !== undefined && e.parameters.length > 0 ? e.parameters : [element];
    for (const name of names) if (!assumptions.includes(name)) assumptions.push(name);
  }
  for (const name of extra) if (!assumptions.includes(name)) assumptions.push(name);
  return { basis: extra.length > 0 ? "assumption" : atIndex(BASES, weakest), assumptions };
}

/** The footings of one rule's results, worked out once per rule and shared by all of them. */
export interface RuleFootings {
  /** Of its obligations and breaches: its subjects, due and fulfilment. */
  readonly result: Footing;
  /** Of its referrals: those and its escalation element. */
  readonly referral: Footing;
  /** Of a breach climbing its ladder: the QAF has no ladder, so always an assumption. */
  readonly ladder: Footing;
}

/** The parameter behind every rung of the breach ladder past the first. */
export const LADDER_PARAMETER = "escalation.levelAfterWorkingDays";

const cache = new WeakMap<object, RuleFootings>();

/**
 * The footings of a rule's results: the weakest basis among the elements that decide whether
 * and when each exists, and the parameters (or element names) behind each reading or assumption.
 *
 * @param rule - the rule definition
 * @returns the footings of its obligations and breaches, its referrals, and its ladder escalations
 * @example
 * footingsOf(auditFeedbackRule).result; // { basis: "assumption", assumptions: ["audit.feedbackWorkingDays"] }
 */
export function footingsOf(rule: Pick<RuleDefinition, "basis">): RuleFootings {
  let known = cache.get(rule);
  if (!known) {
    known = {
      result: footingOf(rule, DECIDING),
      referral: footingOf(rule, DECIDING_REFERRAL),
      ladder: footingOf(rule, DECIDING, [LADDER_PARAMETER]),
    };
    cache.set(rule, known);
  }
  return known;
}

/**
 * How far a rule's active breaches climb: its own `ladder`, else `first-rung` for a check and
 * `climb` for every other kind.
 *
 * @param rule - the rule definition
 * @returns the ladder
 */
export function ladderOf(rule: Pick<RuleDefinition, "kind" | "ladder">): Ladder {
  return rule.ladder ?? (rule.kind === "check" ? "first-rung" : "climb");
}

/**
 * Whether a rule runs: its `enabled` switch (default on).
 *
 * @param rule - the rule definition
 * @returns false for a rule switched off
 */
export function isEnabled(rule: Pick<RuleDefinition, "enabled">): boolean {
  return rule.enabled !== false;
}

/** Every element of a rule's basis, in register order. */
export function elementsOf(rule: Pick<RuleDefinition, "basis">): [RuleElement, ElementBasis][] {
  return RULE_ELEMENTS.map((element) => [element, elementBasis(rule, element)]);
}
