/**
 * One part of a dataset split by area, evaluated: the results and rejections the part owns.
 *
 * @module
 */
import { evaluate } from "../index";
import type { EvaluateOptions, Evaluation } from "../index";
import { isPlainObject, ownValue } from "../util/plain-object";

/**
 * What a part owns: per collection, the input index of each of its records and 1 where it
 * owns the record. It reports the rejections and the results of what it owns.
 */
export interface Ownership {
  indices: Partial<Record<string, Int32Array>>;
  owned: Partial<Record<string, Uint8Array>>;
}

/** What a job sends back: the results and rejections its part owns, rejections at their input index, and its values read forgivingly. */
export type ParallelPart = Pick<Evaluation, "obligations" | "breaches" | "escalations" | "rejected"> & { coercions: NonNullable<Evaluation["coercions"]> };

/** The subject type of each collection's records, and of the items inside them. */
const SUBJECTS: Readonly<Record<string, string>> = {
  areas: "area", teams: "team", staff: "staff", cases: "case", audits: "audit", supervisions: "supervision",
  pdrs: "pdr", observations: "observation", youngCarerAssessments: "assessment", meetings: "meeting", reports: "report",
};
const NESTED: Partial<Record<string, [field: string, type: string]>> = { cases: ["children", "child"], audits: ["actions", "action"] };

/** The ids of every subject the part owns, by subject type: its owned records, and the children and actions inside them. */
function ownedSubjects(dataset: Record<string, unknown>, owned: Ownership["owned"]): Map<string, Set<string>> {
  const byType = new Map<string, Set<string>>();
  const idsOf = (type: string): Set<string> => {
    let ids = byType.get(type);
    if (ids === undefined) byType.set(type, (ids = new Set()));
    return ids;
  };
  for (const [c, type] of Object.entries(SUBJECTS)) {
    const records = dataset[c];
    if (!Array.isArray(records)) continue;
    const flags = owned[c];
    const ids = idsOf(type);
    const nested = NESTED[c];
    const nestedIds = nested === undefined ? undefined : idsOf(nested[1]);
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      if (flags?.[i] !== 1 || !isPlainObject(r)) continue;
      const row = r;
      if (typeof row["id"] === "string") ids.add(row["id"]);
      const items = nested === undefined ? undefined : row[nested[0]];
      if (nestedIds === undefined || !Array.isArray(items)) continue;
      for (const item of items) {
        const id = ownValue(item, "id");
        if (typeof id === "string") nestedIds.add(id);
      }
    }
  }
  return byType;
}

/**
 * Evaluates one part and keeps what it owns.
 *
 * @param dataset - the part's records
 * @param options - the options, with the part's rules
 * @param ownership - what the part owns (see {@link Ownership}); absent: every result, no rejection
 * @returns the results and rejections it owns, rejections at their input index
 */
export async function evaluateOwned(dataset: Record<string, unknown>, options: EvaluateOptions, ownership: Ownership | undefined): Promise<ParallelPart> {
  const { obligations, breaches, escalations, rejected, coercions = [] } = await evaluate(dataset, options);
  if (ownership === undefined) return { obligations, breaches, escalations, rejected: [], coercions };
  const { indices, owned } = ownership;
  const mine = ownedSubjects(dataset, owned);
  const ours = (x: { subject: { type: string; id: string } }): boolean => mine.get(x.subject.type)?.has(x.subject.id) === true;
  return {
    obligations: obligations.filter(ours),
    breaches: breaches.filter(ours),
    escalations: escalations.filter(ours),
    rejected: rejected
      .filter((r) => owned[r.collection]?.[r.index] === 1)
      .map((r) => ({ ...r, index: indices[r.collection]?.[r.index] ?? r.index })),
    coercions,
  };
}

