import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultPolicyFiles } from "../../examples/policy/default-policy-files";
import { parsePolicy } from "../../src/engine/compile/parse-policy";
import { qafPolicy } from "../../src/policy/qaf-policy";

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), "utf8");
const REGENERATE = "stale: run `npx tsx examples/policy/write-default-policy.ts` and commit the result";

describe("the committed policy files", () => {
  it.each(Object.keys(defaultPolicyFiles()))("%s is the one the code makes (%s)", (file) => {
    expect(JSON.parse(read(file)), REGENERATE).toEqual(JSON.parse(defaultPolicyFiles()[file] as string));
  });

  it("docs/qaf-policy.json is the default policy and parses back into it", () => {
    const { $schema, ...policy } = JSON.parse(read("docs/qaf-policy.json"));
    expect($schema).toBe("./policy.schema.json");
    expect(policy).toEqual(JSON.parse(JSON.stringify(qafPolicy)));
    expect(parsePolicy(read("docs/qaf-policy.json"))).toEqual({ $schema, ...qafPolicy });
  });

  it("the schema offers a dated form for the survey target", () => {
    const schema = JSON.parse(read("docs/policy.schema.json"));
    const rate = schema.properties.parameters.properties.survey.properties.targetRate;
    expect(rate.anyOf).toHaveLength(2);
    expect(rate.anyOf[1].items.required).toEqual(["from", "value"]);
  });

  it("the scenario schema completes a scenario's fields, and the example scenarios point at it", () => {
    const schema = JSON.parse(read("docs/scenario.schema.json"));
    expect(Object.keys(schema.properties.expect.properties)).toEqual(["obligations", "breaches", "escalations", "absent", "complete", "counts", "rejected"]);
    expect(schema.properties.rules.description).toBe("Evaluate only these rules of the policy (their ids); a rule switched off must be switched on with `switches` first.");
    expect(JSON.parse(read("examples/policy/survey-target-15.scenario.json")).$schema).toBe("../../docs/scenario.schema.json");
  });
});
