/**
 * What small-team-year.scenario.json cannot say as data: no output repeats the personal text
 * written in supervision s-p1-4 where only URNs belong (checked under the whole default policy,
 * not just the scenario's rules), and each breach of the scenario's rules is one plain sentence
 * naming its subject.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadScenarioFile, runScenario } from "../../../src/testing";

/** The text in s-p1-4's personalImpactUrns (small-team.dataset.json). */
const OFFENDING_TEXT = "Sam Smith lives at 3 Oak Road";

describe("scenario: a small team over FY 2024/25, privacy and messages", async () => {
  const { rules = [], ...scenario } = loadScenarioFile(fileURLToPath(new URL("./small-team-year.scenario.json", import.meta.url)));
  // Every rule of the default policy; the expectations are small-team-year's, checked there.
  const { evaluation } = await runScenario(scenario);

  it("never repeats the text written where only URNs belong", () => {
    expect(JSON.stringify(evaluation)).not.toContain(OFFENDING_TEXT);
    expect(JSON.stringify(evaluation)).not.toContain("Oak Road");
  });

  it("writes one plain sentence per breach, naming the subject", () => {
    const breaches = evaluation.breaches.filter((b) => rules.includes(b.ruleId));
    expect(breaches).not.toHaveLength(0);
    for (const b of breaches) {
      expect(b.message).not.toMatch(/\{[a-zA-Z]+\}/);
      expect(b.message).toContain(b.subject.id);
    }
  });
});
