import { describe, expect, it } from "vitest";
import type { Issue } from "../../src/errors";
import { parsePolicy } from "../../src/engine/compile/parse-policy";
import { qafPolicy } from "../../src/policy/qaf-policy";
import { issuesOf as refusalIssues, paths } from "./refusals";

const copy = () => JSON.parse(JSON.stringify(qafPolicy));

/** The issues parsePolicy refuses `input` with. */
const issuesOf = (input: unknown): Issue[] => refusalIssues(() => parsePolicy(input));

describe("parsePolicy", () => {
  it("round-trips the default policy through JSON unchanged", () => {
    const text = JSON.stringify(qafPolicy);
    const parsed = parsePolicy(text);
    expect(parsed).toEqual(qafPolicy);
    expect(JSON.parse(JSON.stringify(parsed))).toEqual(JSON.parse(text));
  });

  it("accepts a parsed value as well as JSON text, and a $schema pointer for editors", () => {
    expect(parsePolicy({ $schema: "./policy.schema.json", ...copy() }).id).toBe("durham-optfs-qaf");
  });

  it("reports every problem at once, each at its path", () => {
    const bad = copy();
    bad.rules[1].kind = "deadlin";
    bad.parameters.audit.qispMaxGrade = 11;
    bad.parameters.audit.feedbackWorkingDays = -1;
    bad.parameters.survey.targetRate = 1.5;
    const issues = issuesOf(bad);
    expect(paths(issues)).toEqual(
      expect.arrayContaining([
        "rules.1.kind", "parameters.audit.qispMaxGrade", "parameters.audit.feedbackWorkingDays", "parameters.survey.targetRate",
      ]),
    );
  });

  it("still checks the names of the other rules when one rule is malformed", () => {
    const bad = copy();
    bad.rules[1].kind = "deadlin";
    bad.rules[0].when.all[1].fact = "grde";
    expect(paths(issuesOf(bad))).toEqual(expect.arrayContaining(["rules.1.kind", "rules.0.when.all.1.fact"]));
  });

  it("rejects a condition naming a fact its subject does not have, at the fact's path", () => {
    const bad = copy();
    bad.rules[0].when.all[1].fact = "grde";
    const [issue] = issuesOf(bad);
    expect(issue?.path).toEqual(["rules", 0, "when", "all", 1, "fact"]);
    expect(issue?.message).toContain('unknown fact "grde" for subject audits');
  });

  it("rejects a date, record field, evidence collection or evidence field its rule cannot read, at each path", () => {
    const bad = copy();
    const at = (id: string) => bad.rules.findIndex((r: { id: string }) => r.id === id);
    bad.rules[at("audit.qisp")].due.after = "feedbakMeetingOn";
    bad.rules[at("young-carers.assessment")].due.orElse.date = "case.closed";
    bad.rules[at("audit.recorded")].assertions[0].field = "recorded";
    bad.rules[at("governance.case-clinic")].evidence.collection = "meeting";
    bad.rules[at("governance.team-briefing")].evidence.where = { knd: "team-briefing" };
    bad.rules[at("supervision.interval")].events.date = "held";
    const issues = issuesOf(bad);
    expect(paths(issues)).toEqual([
      `rules.${at("audit.qisp")}.due.after`,
      `rules.${at("audit.recorded")}.assertions.0.field`,
      `rules.${at("supervision.interval")}.events.date`,
      `rules.${at("young-carers.assessment")}.due.orElse.date`,
      `rules.${at("governance.case-clinic")}.evidence.collection`,
      `rules.${at("governance.team-briefing")}.evidence.where.knd`,
    ].sort((a, b) => Number(a.split(".")[1]) - Number(b.split(".")[1])));
    expect(issues[0]?.message).toBe('unknown date of audits "feedbakMeetingOn"; expected one of: completedOn, feedbackMeetingOn, qispSentOn, moderatedOn, submittedOn');
    expect(issues.find((i) => i.path.includes("orElse"))?.message).toBe('unknown date of children "case.closed"; expected one of: dateOfBirth, case.openedOn, case.closedOn');
    expect(issues.find((i) => i.path.includes("collection"))?.message).toMatch(/^unknown collection "meeting"; expected one of: .*meetings/);
  });

  it("rejects an operator json-rules-engine and the library do not have", () => {
    const bad = copy();
    bad.rules[0].when.all[1].operator = "lessThanOrEqual";
    const [issue] = issuesOf(bad);
    expect(issue?.path).toEqual(["rules", 0, "when", "all", 1, "operator"]);
    expect(issue?.message).toContain('unknown operator "lessThanOrEqual"');
  });

  it("rejects a rule reading a parameter that does not exist", () => {
    const bad = copy();
    bad.rules[0].due.count = { param: "audit.qispWorkDays" };
    expect(issuesOf(bad).map((i) => i.message)).toContain('unknown parameter "audit.qispWorkDays"');
  });

  it.each(["__proto__", "constructor", "prototype"])("rejects the hostile key %s anywhere, however deep", (key) => {
    const text = JSON.stringify(qafPolicy).replace('"operator":"lessThanInclusive"', `"operator":"lessThanInclusive","${key}":{"polluted":true}`);
    const issues = issuesOf(JSON.parse(text));
    expect(issues.some((i) => i.path.at(-1) === key && i.path[0] === "rules")).toBe(true);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("rejects a hostile key among the parameters", () => {
    const issues = issuesOf(JSON.parse(JSON.stringify(qafPolicy).replace('"audit":{', '"audit":{"__proto__":{},')));
    expect(paths(issues)).toContain("parameters.audit.__proto__");
  });

  it("says so when the text is not JSON", () => {
    expect(paths(issuesOf("{ not json"))).toEqual([""]);
  });

  it("rejects a rule whose effective dates run backwards", () => {
    const bad = copy();
    bad.rules[0].effective = { from: "2025-04-01", to: "2025-03-31" };
    expect(paths(issuesOf(bad))).toEqual(["rules.0.effective.to"]);
  });
});
