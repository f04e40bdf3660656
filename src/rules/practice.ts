import type { RuleDefinition } from "../model/policy";

/** The rules of the QAF's section: Personal Development Review and practice observation. */
export const practiceRules: RuleDefinition[] = [];
