import type { ParameterName } from "./authoring";

/** A condition fact compared with a policy parameter: `{ fact: "parameters", path: "$.audit.qispMaxGrade" }`. */
export const parameter = <const N extends ParameterName>(name: N) => ({ fact: "parameters" as const, path: `$.${name}` as const });

/** Case and thematic audits (the graded, case-file audits). */
export const caseOrThematic = { fact: "kind", operator: "in", value: ["case", "thematic"] } as const;

/** All of the given conditions (their facts keep their names, for the authoring type to check). */
export const all = <const C extends readonly object[]>(...conditions: C) => ({ all: conditions });

/** Any of the given conditions. */
export const any = <const C extends readonly object[]>(...conditions: C) => ({ any: conditions });
