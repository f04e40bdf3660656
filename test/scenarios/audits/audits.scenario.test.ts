/**
 * The audit rules as policy tests: each *.scenario.json beside this file is one scenario over
 * the small service of test/fixtures/org.ts (written out in small-service-audits.dataset.json),
 * evaluated with the audit rules only (each names them in "rules") at 2025-03-31. Every expected
 * value was worked out by hand from rules.md, "Audits" and "Escalation".
 */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, it } from "vitest";
import { describeScenarios, loadScenarioFile } from "../../../src/testing";

const here = fileURLToPath(new URL(".", import.meta.url));
const files = readdirSync(here).filter((f) => f.endsWith(".scenario.json")).sort();

describeScenarios("audit rules over FY 2024/25", files.map((f) => loadScenarioFile(`${here}${f}`)), { describe, it });
