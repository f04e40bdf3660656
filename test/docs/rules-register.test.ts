import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { describeRule, qafPolicy } from "../../src";
import type { RuleDefinition } from "../../src";

const path = fileURLToPath(new URL("../../docs/rules.md", import.meta.url));

function parametersOf(rule: RuleDefinition): string[] {
  const names = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === "object") {
      const o = node as Record<string, unknown>;
      if (typeof o["param"] === "string") names.add(o["param"]);
      if (o["fact"] === "parameters" && typeof o["path"] === "string") names.add(o["path"].replace(/^\$\./, ""));
      Object.values(o).forEach(walk);
    }
  };
  walk(rule);
  return [...names].sort();
}

function valueOf(name: string): string {
  let v: unknown = qafPolicy.parameters;
  for (const part of name.split(".")) v = (v as Record<string, unknown>)[part];
  return JSON.stringify(v);
}

/** The interpretation register, written from the catalogue so it can never drift from it. */
function register(): string {
  const lines = [
    "# Interpretation register",
    "",
    "Every rule of `qafPolicy`: the QAF's words, how this library reads them, and the parameters",
    "(with their defaults) a council can change without code. Generated from the rule definitions",
    "by `test/docs/rules-register.test.ts` (run it with `UPDATE_DOCS=1` to rewrite this file).",
    "Readings where the QAF is silent are listed at the end.",
    "",
  ];
  for (const rule of qafPolicy.rules) {
    lines.push(`## \`${rule.id}\` (${rule.kind})`, "", `*${rule.section}*`, "", `> ${rule.quote}`, "");
    lines.push(`**Reading.** ${describeRule(rule)}`, "");
    const params = parametersOf(rule);
    if (params.length > 0) lines.push(`**Parameters.** ${params.map((p) => `\`${p}\` = \`${valueOf(p)}\``).join("; ")}`, "");
  }
  lines.push(readFileSync(fileURLToPath(new URL("./readings.md", import.meta.url)), "utf8").trim(), "");
  return lines.join("\n");
}

describe("docs/rules.md", () => {
  it("lists every rule of qafPolicy with its quote, reading and parameters, as generated", () => {
    const expected = register();
    if (process.env["UPDATE_DOCS"] === "1") writeFileSync(path, expected);
    expect(readFileSync(path, "utf8"), "docs/rules.md is stale: run UPDATE_DOCS=1 npx vitest run --config test/vitest.config.ts test/docs").toBe(expected);
  });
});
