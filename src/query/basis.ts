import { InvalidOptionsError } from "../errors";
import type { Basis, Evaluation } from "../model/evaluation";
import { BASES, atLeast } from "../policy/basis";

/** The least {@link keepAtLeast} needs of an evaluation: its three lists of results. */
export type BasisFilterInput = Pick<Evaluation, "obligations" | "breaches" | "escalations">;

/**
 * The evaluation with only the results that rest at least as firmly on the QAF as `floor`
 * (`qaf` > `reading` > `assumption`): `"qaf"` keeps only what the QAF's own words say,
 * `"reading"` adds what rests on the library's reading of words that admit more than one
 * meaning, `"assumption"` keeps everything. Obligations, breaches and escalations are
 * each kept by their own `basis`; everything else (`asOf`, `window`, `counts`, `rejected`)
 * is kept as it is, so the result reports and compares like any evaluation. Pure: the
 * evaluation given is not changed.
 *
 * @param evaluation - the result of `evaluate` (or anything with its three lists)
 * @param floor - the weakest basis to keep: `"qaf"`, `"reading"` or `"assumption"`
 * @returns a shallow copy with the three lists filtered, in their order
 * @throws {@link InvalidOptionsError} when `floor` is not one of the three bases
 * @example
 * const firm = keepAtLeast(result, "qaf");
 * console.log(`${firm.breaches.filter((b) => b.status === "active").length} active breaches the QAF states outright`);
 */
export function keepAtLeast<E extends BasisFilterInput>(evaluation: E, floor: Basis): E {
  if (!BASES.includes(floor)) {
    throw new InvalidOptionsError([{ path: ["floor"], message: `must be one of ${BASES.join(", ")}` }]);
  }
  const keep = (r: { basis: Basis }): boolean => atLeast(r.basis, floor);
  return {
    ...evaluation,
    obligations: evaluation.obligations.filter(keep),
    breaches: evaluation.breaches.filter(keep),
    escalations: evaluation.escalations.filter(keep),
  };
}
