import type { RuleDefinition } from "../model/policy";

/** The rules of the QAF's section: Governance, oversight and service standing. */
export const governanceRules: RuleDefinition[] = [];
