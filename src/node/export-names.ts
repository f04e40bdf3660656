import { COLLECTIONS } from "../model/dataset";
import { didYouMean } from "../text/did-you-mean";
import { fieldKinds } from "./field-kinds";

/** What a file or sheet name says it holds: a collection, or the items of one of its fields. */
export type TableName =
  | { collection: string; field?: string }
  | { unknown: string; didYouMean?: string };

const fold = (name: string): string => name.toLowerCase().replace(/[\s_-]+/g, "");
const BY_FOLDED = new Map(COLLECTIONS.map((c) => [fold(c), c as string]));

/**
 * The fields of a collection that hold lists of records (`cases.children`), which may come
 * from a table of their own.
 *
 * @param collection - the collection
 * @returns the field names
 */
export function itemFields(collection: string): string[] {
  return [...fieldKinds(collection)].filter(([, kind]) => kind === "records").map(([name]) => name);
}

/**
 * The column of an item table naming the item's parent: `caseId` for `cases.children`,
 * `auditId` for `audits.actions`, `staffId` for `staff.contractChanges`.
 *
 * @param collection - the parent collection
 * @returns the column's name
 */
export function parentKeyOf(collection: string): string {
  return `${collection.replace(/s$/, "")}Id`;
}

/**
 * Reads a file's stem or a sheet's name as a table of the dataset, forgiving case, spaces,
 * dashes and underscores (`Young Carer Assessments` is `youngCarerAssessments`):
 * `<collection>` or `<collection>.<field>` for the items of a list-of-records field.
 *
 * @param name - the stem (`staff`, `cases.children`) or sheet name
 * @returns the collection (and field), or why it is unknown with the nearest name
 * @example
 * tableName("Staff"); // { collection: "staff" }
 * tableName("staf"); // { unknown: "not named after a collection", didYouMean: "staff" }
 */
export function tableName(name: string): TableName {
  const dot = name.indexOf(".");
  const head = dot < 0 ? name : name.slice(0, dot);
  const collection = BY_FOLDED.get(fold(head));
  if (collection === undefined) {
    const near = didYouMean(head, COLLECTIONS);
    return { unknown: "not named after a collection", ...(near === undefined ? {} : { didYouMean: near }) };
  }
  if (dot < 0) return { collection };
  const fields = itemFields(collection);
  const field = fields.find((f) => fold(f) === fold(name.slice(dot + 1)));
  if (field !== undefined) return { collection, field };
  const near = didYouMean(name.slice(dot + 1), fields);
  return {
    unknown: `${collection} has no list-of-records field of that name`,
    ...(near === undefined ? {} : { didYouMean: `${collection}.${near}` }),
  };
}
