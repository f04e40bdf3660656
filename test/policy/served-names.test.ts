import { describe, expect, it } from "vitest";
import type { Issue } from "../../src/errors";
import { parsePolicy } from "../../src/engine/compile/parse-policy";
import { qafPolicy } from "../../src/policy/qaf-policy";
import { issuesOf as refusalIssues } from "./refusals";

const copy = () => JSON.parse(JSON.stringify(qafPolicy));

/** The issues parsePolicy refuses `input` with. */
const issuesOf = (input: unknown): Issue[] => refusalIssues(() => parsePolicy(input));

describe("owners and fulfilments its subjects cannot give", () => {
  it("refuses an owner that reads a fact its rule's source lacks, listing the owners that would do", () => {
    const bad = copy();
    const i = bad.rules.findIndex((r: { id: string }) => r.id === "audit.ops-supervision-audit");
    bad.rules[i].owner = "auditor";
    const [issue, ...rest] = issuesOf(bad);
    expect(rest).toEqual([]);
    expect(issue?.path).toEqual(["rules", i, "owner"]);
    expect(issue?.message).toMatch(/^owner "auditor" reads the fact auditorId, which staff cannot give; expected one of: .*\bself\b/);
    expect(issue?.message).not.toMatch(/expected one of: .*\bauditor\b/);
  });

  it("refuses a referral recipient or a fulfilment alike, at its path", () => {
    const bad = copy();
    const qisp = bad.rules.findIndex((r: { id: string }) => r.id === "audit.qisp");
    const actions = bad.rules.findIndex((r: { id: string }) => r.id === "audit.actions");
    bad.rules[qisp].referral.to = "team-manager-of-team";
    bad.rules[actions].fulfilment = "face-to-face-feedback";
    const issues = issuesOf(bad);
    expect(issues.map((x) => x.path)).toEqual([["rules", qisp, "referral", "to"], ["rules", actions, "fulfilment"]]);
    expect(issues[0]?.message).toContain("subjects of type team");
    expect(issues[1]?.message).toMatch(/reads the fact faceToFaceFeedback and the date feedbackMeetingOn, which audit-actions cannot give; expected one of: action-completed$/);
  });

  it("checks no owner or fulfilment against a subject source it does not know (that is the one problem)", () => {
    const bad = copy();
    const i = bad.rules.findIndex((r: { id: string }) => r.id === "audit.qisp");
    bad.rules[i].subject = "audit";
    expect(issuesOf(bad).map((x) => x.path)).toEqual([["rules", i, "subject"]]);
  });
});

describe("a target", () => {
  const targetAt = (policy: { rules: { kind: string }[] }) => policy.rules.findIndex((r) => r.kind === "target");

  it.each([
    ["subject", "service"],
    ["when", { all: [{ fact: "id", operator: "equal", value: "service" }] }],
  ])("refuses a %s: it lists its own subjects", (key, value) => {
    const bad = copy();
    const i = targetAt(bad);
    bad.rules[i][key] = value;
    const issues = issuesOf(bad);
    expect(issues.map((x) => x.path)).toEqual([["rules", i, key]]);
    expect(issues[0]?.message).toMatch(/^a target lists its own subjects .*: remove it$/);
  });
});

describe("a due date", () => {
  it("must name its type", () => {
    const bad = copy();
    const i = bad.rules.findIndex((r: { id: string }) => r.id === "audit.feedback");
    bad.rules[i].due = { workingDaysAfter: "completedOn", workingDays: 10 };
    const [issue] = issuesOf(bad);
    expect(issue?.path.slice(0, 3)).toEqual(["rules", i, "due"]);
    expect(issue?.message).toContain("type on, working-days, days or months");
  });
});
