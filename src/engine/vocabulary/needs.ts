import type { Issue } from "../../errors";
import type { SubjectType } from "../../model/evaluation";
import { resolveName } from "./resolve-name";
import type { SubjectSource } from "../subjects/define-source";

/** What a name a rule uses (an owner, a fulfilment) reads of the rule's subjects. */
export interface Needs {
  /** Facts of the subject it reads. */
  readonly facts?: readonly string[];
  /** Dates of the subject it reads. */
  readonly dates?: readonly string[];
  /** The type the subject must be: it reads the subject itself as a staff member, a team, an area or a case. */
  readonly type?: SubjectType;
}

/** A name of the vocabulary together with what it reads of the subject. */
export interface NeedsAnd<T> {
  readonly needs: Needs;
  readonly value: T;
}

/**
 * What a source cannot give of what a name needs, in words.
 *
 * @returns the missing facts, dates or type; empty when the source gives all
 */
export function unmet(needs: Needs, source: SubjectSource): string[] {
  const missing = [
    ...(needs.facts ?? []).filter((f) => !source.facts.includes(f)).map((f) => `the fact ${f}`),
    ...(needs.dates ?? []).filter((d) => !source.dates.includes(d)).map((d) => `the date ${d}`),
  ];
  if (needs.type !== undefined && needs.type !== source.type) missing.push(`subjects of type ${needs.type}`);
  return missing;
}

/**
 * Resolves a name a rule uses to what it names, refusing an unknown one and one its rule's
 * subjects cannot serve (`owner: "auditor"` on staff, who have no `auditorId`): the issue says
 * what is missing and which names would do.
 *
 * @param table - the vocabulary, each name with its needs
 * @param name - the name the rule wrote
 * @param source - where the rule's subjects come from; undefined (an unknown source, already reported) checks the name only
 * @param subject - the rule's subjects in words, for the message
 * @param path - where the name is written
 * @param what - what the name is (`owner`, `fulfilment`)
 * @param issues - where a refusal is reported
 * @returns what it names, or undefined when it is unknown or the source cannot serve it
 */
export function resolveServed<T>(
  table: Readonly<Record<string, NeedsAnd<T>>>, name: string, source: SubjectSource | undefined, subject: string,
  path: (string | number)[], what: string, issues: Issue[],
): T | undefined {
  const entry = resolveName(table, name, path, what, issues);
  if (entry === undefined || source === undefined) return entry?.value;
  const missing = unmet(entry.needs, source);
  if (missing.length === 0) return entry.value;
  const fitting = Object.entries(table).filter(([, e]) => unmet(e.needs, source).length === 0).map(([n]) => n);
  issues.push({ path, message: `${what} "${name}" reads ${missing.join(" and ")}, which ${subject} cannot give; expected one of: ${fitting.join(", ")}` });
  return undefined;
}
