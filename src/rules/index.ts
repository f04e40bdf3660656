import type { RuleDefinition } from "../model/policy";
import { auditRules } from "./audits";
import { familyRules } from "./families";
import { governanceRules } from "./governance";
import { practiceRules } from "./practice";
import { supervisionRules } from "./supervision";

/** Every rule of the QAF, as data, in catalogue order. */
export const qafRules: readonly RuleDefinition[] = [
  ...auditRules,
  ...supervisionRules,
  ...practiceRules,
  ...familyRules,
  ...governanceRules,
];
