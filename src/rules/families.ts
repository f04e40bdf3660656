import type { RuleDefinition } from "../model/policy";

/** The rules of the QAF's section: Families (surveys, case clinics, young carers). */
export const familyRules: RuleDefinition[] = [];
