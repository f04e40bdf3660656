import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { TSC, run } from "./helpers";

const project = inject("project");

/** Uses the typed API from every entry point; a type error anywhere fails the check. */
const usage = (importLine: (names: string, specifier: string) => string) => `
${importLine("{ evaluate, isQafRuleId, QafError, type DatasetInput, type RuleId }", "one-point-qaf")}
${importLine("{ textSummary }", "one-point-qaf/report")}
${importLine("{ dueSoon }", "one-point-qaf/query")}
${importLine("{ generateCounty }", "one-point-qaf/demo")}
${importLine("{ runScenario, InvalidScenarioError }", "one-point-qaf/testing")}

const dataset: DatasetInput = { areas: [{ id: "a1" }] };
export async function check(): Promise<string> {
  const result = await evaluate(dataset, { asOf: "2025-03-31" });
  const anything: unknown = generateCounty({ areas: 1 });
  await evaluate(anything, { asOf: "2025-03-31" });
  const ids: RuleId[] = result.breaches.map((b) => b.ruleId).filter(isQafRuleId);
  const error: QafError = new InvalidScenarioError([]);
  void runScenario; void dueSoon; void error;
  // @ts-expect-error: not a rule id of the default policy
  const wrong: RuleId = "audit.feedbak";
  return textSummary(result) + ids.join() + wrong;
}
`;

const esm = (names: string, specifier: string) => `import ${names} from "${specifier}";`;
// CommonJS under node10 and node16: TypeScript's import form, compiled to require().
const cjs = esm;

/** Each project a user may have: its compiler options and the file it checks. */
const setups: Record<string, { options: Record<string, unknown>; file: string; source: string }> = {
  "node16 (ESM)": { options: { module: "node16", moduleResolution: "node16" }, file: "check.mts", source: usage(esm) },
  "node16 (CommonJS)": { options: { module: "node16", moduleResolution: "node16" }, file: "check.cts", source: usage(cjs) },
  bundler: { options: { module: "esnext", moduleResolution: "bundler" }, file: "check.ts", source: usage(esm) },
  "node10 (moduleResolution node)": { options: { module: "commonjs", moduleResolution: "node10" }, file: "check.ts", source: usage(cjs) },
};

describe("TypeScript sees the packed package's types", () => {
  it.each(Object.keys(setups))("under %s", (name) => {
    const setup = setups[name];
    if (setup === undefined) throw new Error(name);
    const dir = join(project, `types-${name.replace(/\W+/g, "-")}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, setup.file), setup.source);
    // skipLibCheck: checking zod's declarations takes most of a minute; attw checks ours resolve.
    const compilerOptions = { ...setup.options, target: "es2022", strict: true, noEmit: true, skipLibCheck: true, types: [] };
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, files: [setup.file] }));
    const r = run(process.execPath, [TSC, "-p", dir], project, false);
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});
