/** Whether a field schema is a record's date (`isoDateSchema`, optional, nullable or not): it has the date schema's type-only key. */
type IsDate<S> = S extends { def: { type: "optional" | "nullable"; innerType: infer I } } ? IsDate<I> : "~isoDate" extends keyof S ? true : false;

/** The names of the date fields of an object schema's shape, as the type system sees them (`dateFieldsOf` finds the same at run time). */
export type DateFieldsOf<Shape> = { [K in keyof Shape]: IsDate<Shape[K]> extends true ? K : never }[keyof Shape] & string;
