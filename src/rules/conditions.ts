import type { Condition } from "../model/policy";

/** A condition fact compared with a policy parameter: `{ fact: "parameters", path: "$.audit.qispMaxGrade" }`. */
export const parameter = (name: string) => ({ fact: "parameters", path: `$.${name}` });

/** Case and thematic audits (the graded, case-file audits). */
export const caseOrThematic = { fact: "kind", operator: "in", value: ["case", "thematic"] };

/** All of the given conditions. */
export const all = (...conditions: object[]): Condition => ({ all: conditions });

/** Any of the given conditions. */
export const any = (...conditions: object[]): Condition => ({ any: conditions });
