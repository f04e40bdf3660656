import type { DatasetInput } from "./dataset";

/**
 * A value of type `T` checked against the contract's type `D`, as far as `T` says anything:
 * a literal text must be one `D` allows (`type: "ifst"` fails), while wide types (`string`,
 * `unknown`, records by any key) are left to the check at run time.
 */
type Checked<T, D> = unknown extends T ? unknown
  : T extends readonly (infer E)[] ? (D extends readonly (infer F)[] ? readonly Checked<E, F>[] : D)
  : T extends string ? (string extends T ? unknown : D)
  : T extends object ? (string extends keyof T ? unknown : { [K in keyof T]: K extends keyof D ? Checked<T[K], D[K]> : unknown })
  : unknown;

/**
 * What `evaluate` accepts as a dataset of type `T`: a value whose type says nothing of its
 * collections (`unknown`, `any` from `JSON.parse`, or records by any name, as `loadExport`
 * reads them from files) is checked at run time, record by record. A value whose type names
 * its collections is also checked at compile time, as far as its type says: a collection
 * the contract does not know (`staf`) or a literal enum value it does not allow
 * (`type: "ifst"`) fails `tsc` instead of being rejected when it runs.
 */
export type DatasetArgument<T> = unknown extends T ? unknown
  : string extends keyof T ? unknown
  : { [K in keyof T]: K extends keyof DatasetInput ? Checked<T[K], NonNullable<DatasetInput[K]>> : `${K & string} is not a collection of a dataset` };

/**
 * A dataset written in code, checked by the compiler: every collection name, field and enum
 * value must be one the dataset contract knows (a misspelt collection or `type: "ifst"` does
 * not compile). At run time it returns the dataset as given; `evaluate` still checks each
 * record. For data read from a file, pass it to `evaluate` as it is (typed `unknown`).
 *
 * @param dataset - the dataset, as an object literal
 * @returns the same dataset, typed {@link DatasetInput}
 * @example
 * const dataset = defineDataset({
 *   areas: [{ id: "north", name: "North" }],
 *   teams: [{ id: "t1", areaId: "north", name: "Team 1", type: "IFST" }],
 * });
 * await evaluate(dataset, { asOf: "2025-03-31" });
 */
export function defineDataset(dataset: DatasetInput): DatasetInput {
  return dataset;
}
