import { describe, expect, it } from "vitest";
import { checkPolicy, qafPolicy, ruleDefinitionSchema } from "../../src";
import { familyRules } from "../../src/rules/families";
import { FAMILY_RULE_IDS } from "../fixtures/families";

const byId = (id: string) => {
  const rule = familyRules.find((r) => r.id === id);
  if (!rule) throw new Error(`missing rule ${id}`);
  return rule;
};

describe("families rules as data (rules.md, Families)", () => {
  it("holds exactly the seven rules of rules.md, in catalogue order, each a valid definition", () => {
    expect(familyRules.map((r) => r.id)).toEqual([...FAMILY_RULE_IDS]);
    for (const rule of familyRules) expect(ruleDefinitionSchema.safeParse(rule).success).toBe(true);
  });

  it("is part of the default QAF policy, which still validates", () => {
    const ids = qafPolicy.rules.map((r) => r.id);
    for (const id of FAMILY_RULE_IDS) expect(ids).toContain(id);
    expect(() => checkPolicy(qafPolicy)).not.toThrow();
  });

  it("is plain JSON: it survives a round trip unchanged", () => {
    expect(JSON.parse(JSON.stringify(familyRules))).toEqual(familyRules);
  });

  it("gives each rule the kind, owner and severity rules.md gives it", () => {
    const summary = familyRules.map((r) => [r.id, r.kind, r.owner, r.severity]);
    expect(summary).toEqual([
      ["survey.offer", "deadline", "key-worker", "medium"],
      ["survey.completion-target", "target", "strategic-manager", "medium"],
      ["case.duration-review", "deadline-chain", "ops-manager-of-case", "medium"],
      ["case.neglect-review", "deadline-chain", "ops-manager-of-case", "high"],
      ["young-carers.assessment", "deadline", "key-worker", "high"],
      ["young-carers.involvement", "check", "key-worker", "medium"],
      ["young-carers.charter-review", "deadline-chain", "strategic-manager", "low"],
    ]);
  });

  it("reads every number from the parameters rules.md names, never a number written in", () => {
    expect(byId("survey.offer")).toMatchObject({
      subject: "closed-cases",
      due: { type: "working-days", after: "closedOn", count: { param: "survey.offerWorkingDays" } },
      fulfilment: "required-surveys-offered",
    });
    expect(JSON.stringify(byId("survey.offer").when)).toContain('"path":"$.survey.closureReasons"');
    expect(byId("survey.completion-target")).toMatchObject({
      period: "quarter", measure: "survey.completion",
      scopes: { param: "survey.targetScopes" }, rate: { param: "survey.targetRate" },
      graceDays: { param: "survey.targetGraceDays" },
    });
    // A case review is met by a locality management meeting or a case clinic listing the case.
    const discussed = { collection: "meetings", key: "caseIds", date: "heldOn", where: { kind: ["locality-management", "case-clinic"] } };
    expect(byId("case.duration-review")).toMatchObject({
      section: "Locality management",
      start: { date: "openedOn", plusMonths: { param: "case.reviewAfterMonths", by: "teamType" } },
      interval: { months: { param: "case.reviewWithinMonths" } },
      events: discussed,
      endsOn: "closedOn",
    });
    expect(byId("case.neglect-review")).toMatchObject({
      section: "Locality management",
      start: { date: "neglectIdentifiedOn" }, interval: { months: { param: "case.reviewWithinMonths" } },
      events: discussed,
    });
    expect(JSON.stringify(familyRules)).not.toContain("clinicWithinMonths");
    expect(byId("young-carers.assessment")).toMatchObject({
      subject: "children",
      due: { type: "days", after: "case.openedOn", count: { param: "young-carers.assessmentWithinDays" }, orElse: { type: "on", date: "case.closedOn" } },
      fulfilment: "young-carer-assessed",
    });
    expect(byId("young-carers.charter-review")).toMatchObject({
      subject: "service", interval: { months: { param: "young-carers.charterReviewMonths" } },
      events: { collection: "youngCarersCharterReviews", date: "reviewedOn" },
    });
    expect(byId("young-carers.charter-review")).not.toHaveProperty("start");
  });

  it("names the referrals rules.md names: the target to the OPS Management Team, the reviews to the case's ops manager", () => {
    expect(byId("survey.completion-target").referral).toMatchObject({
      to: { body: "ops-management-team" }, on: "day-after-due", when: "missed",
    });
    expect(byId("case.duration-review").referral).toMatchObject({ to: "ops-manager-of-case", on: "chain-start" });
    expect(byId("case.neglect-review").referral).toMatchObject({ to: "ops-manager-of-case", on: "chain-start" });
    for (const id of ["survey.offer", "young-carers.assessment", "young-carers.involvement", "young-carers.charter-review"]) {
      expect(byId(id).referral).toBeUndefined();
    }
  });

  it("quotes the QAF's own words", () => {
    expect(byId("survey.offer").quote).toContain("at the point of closure or step up/step down");
    expect(byId("survey.completion-target").quote).toContain("A target of 10%");
    expect(byId("case.duration-review").quote).toContain("open for 9 months(IFST team) 3 months (FCT)");
    expect(byId("case.neglect-review").quote).toContain("Children subjected to Neglect");
    expect(byId("young-carers.assessment").quote).toContain("All YC are entitled to an assessment of their needs");
    expect(byId("young-carers.involvement").quote).toContain("all YC are involved along with their parents in assessments");
    expect(byId("young-carers.charter-review").quote).toContain("reviewed every 2 years");
  });
});
