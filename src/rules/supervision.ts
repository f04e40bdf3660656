import type { RuleDefinition } from "../model/policy";

/** The rules of the QAF's section: Supervision. */
export const supervisionRules: RuleDefinition[] = [];
