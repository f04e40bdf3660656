/**
 * The project's own policy tests, as data: every *.scenario.json in a folder beside this file
 * is one scenario, registered with the public runner (`one-point-qaf/testing`). Every expected
 * value was worked out by hand from rules.md; each scenario's "description" says how.
 *
 * - audits/: the small service of test/fixtures/org.ts (small-service-audits.dataset.json),
 *   the seven audit rules, FY 2024/25.
 * - families/: ten cases (small-service.dataset.json), the seven families rules alone and
 *   under the whole policy; README.md gives the reasoning per case.
 * - governance/: a year of meetings, reports and oversight, the governance, oversight and
 *   standing rules, at 2025-03-31 and at 2025-03-21.
 * - supervision/: a small team's year of supervisions, PDRs and observations;
 *   small-team-privacy.test.ts adds what the format cannot say.
 * - window/: the window's edges (edges.dataset.json): subjects named by an event, the
 *   inclusive first day, chains with no anchor, records after a subject stopped, periods
 *   due inside the window, and the calendar.closureDays parameter.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, it } from "vitest";
import { describeScenarios, loadScenarioFile, scenarioFilesIn } from "../../src/testing";

const here = fileURLToPath(new URL(".", import.meta.url));
const sections = readdirSync(here, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

for (const section of sections) {
  describeScenarios(`${section} scenarios`, scenarioFilesIn(`${here}${section}`).map((f) => loadScenarioFile(f)), { describe, it });
}
