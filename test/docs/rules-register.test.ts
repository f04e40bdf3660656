import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { policyRegister } from "../../src";
import type { RegisterElement, RegisterRule } from "../../src";

const path = fileURLToPath(new URL("../../docs/rules.md", import.meta.url));

const ELEMENT_NAMES: Record<RegisterElement["element"], string> = {
  subjects: "Subjects", due: "Due", fulfilment: "Fulfilment", owner: "Owner", escalation: "Escalation", severity: "Severity",
};

const code = (value: unknown) => `\`${JSON.stringify(value)}\``;

/** One element's line under "The library reads" or "Assumed": what, and the parameter that changes it. */
function elementLine(e: RegisterElement): string {
  const params = e.parameters.map((p) => `\`${p.name}\` = ${code(p.value)}`).join("; ");
  return `- **${ELEMENT_NAMES[e.element]}.** ${e.note ?? ""}${params ? ` Change it with ${params}.` : " No parameter changes it."}`;
}

function ruleSection(rule: RegisterRule): string[] {
  const lines = [`## \`${rule.id}\` (${rule.kind})`, ""];
  if (!rule.enabled) lines.push("**Suggested: switched off in the default policy.** Switch it on with `withRules(policy, { \"" + rule.id + "\": { enabled: true } })` or a policy patch.", "");
  lines.push(`*${rule.section}*`, "", "**The QAF says.**", "", `> ${rule.quote}`, "");
  const qafParams = rule.elements.filter((e) => e.basis === "qaf").flatMap((e) => e.parameters);
  if (qafParams.length > 0) lines.push(`Its numbers: ${qafParams.map((p) => `\`${p.name}\` = ${code(p.value)}`).join("; ")}.`, "");
  const readings = rule.elements.filter((e) => e.basis === "reading");
  const assumed = rule.elements.filter((e) => e.basis === "assumption");
  lines.push("**The library reads.**", "", ...(readings.length > 0 ? readings.map(elementLine) : ["- Nothing beyond the QAF's words."]), "");
  lines.push("**Assumed.**", "", ...(assumed.length > 0 ? assumed.map(elementLine) : ["- Nothing."]), "");
  lines.push(`**As a rule.** ${rule.reads} Ladder: ${rule.ladder}.`, "");
  return lines;
}

/** The register of the default policy, written from `policyRegister()` so that it can never drift from the code. */
function register(): string {
  const { rules, parameters } = policyRegister();
  const lines = [
    "# The QAF register",
    "",
    "Every rule of `qafPolicy`, under three headings: **The QAF says** (its own words), **The",
    "library reads** (where those words admit more than one meaning, the one taken) and",
    "**Assumed** (where the QAF is silent, what the library supplies), each with the parameter",
    "that changes it. Severities are always the library's own: the QAF grades nothing. Every",
    "parameter follows, with its basis. Generated from the code (`policyRegister()`, which an app",
    "can call to render its own register page), so it cannot drift from what the library does.",
    "",
    "A result's `basis` is the weakest of its rule's subjects, due and fulfilment (and, for a",
    "referral, its escalation); a breach climbing the ladder rests on an assumption, as the QAF",
    "has no ladder. `assumptions` lists the parameters (or elements) behind each reading or",
    "assumption.",
    "",
  ];
  for (const rule of rules) lines.push(...ruleSection(rule));
  lines.push("## Parameters", "", "| parameter | default | unit | basis | what it sets | the QAF says | the library's choice | read by |", "|---|---|---|---|---|---|---|---|");
  const cell = (text: string | undefined) => (text ?? "").replaceAll("|", "\\|");
  for (const p of parameters) {
    lines.push(`| \`${p.name}\` | ${code(p.value)} | ${p.unit} | ${p.basis} | ${cell(p.description)} | ${cell(p.quote)} | ${cell(p.note)} | ${p.usedBy.map((id) => `\`${id}\``).join(", ")} |`);
  }
  lines.push("", readFileSync(fileURLToPath(new URL("./readings.md", import.meta.url)), "utf8").trim(), "");
  return lines.join("\n");
}

describe("docs/rules.md", () => {
  it("gives every rule of qafPolicy under the three headings, and every parameter with its basis, as generated", () => {
    const expected = register();
    if (process.env["UPDATE_DOCS"] === "1") writeFileSync(path, expected);
    expect(readFileSync(path, "utf8"), "docs/rules.md is stale: run UPDATE_DOCS=1 npx vitest run --config test/vitest.config.ts test/docs").toBe(expected);
  });

  it("has all three headings for every rule", () => {
    const text = readFileSync(path, "utf8");
    for (const rule of policyRegister().rules) {
      const section = text.slice(text.indexOf(`## \`${rule.id}\``)).split("\n## ")[0] as string;
      expect(section, rule.id).toContain("**The QAF says.**");
      expect(section, rule.id).toContain("**The library reads.**");
      expect(section, rule.id).toContain("**Assumed.**");
    }
  });
});
