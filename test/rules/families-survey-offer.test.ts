import { describe, expect, it } from "vitest";
import { qafPolicy, withParameters } from "../../src";
import type { Policy } from "../../src";
import { aCase, dataset, obligationsOf, run as runFamilies } from "../fixtures/families";

const run = (data: unknown, asOf: string, policy: Policy = qafPolicy) =>
  runFamilies(data, asOf, { policy, rules: ["survey.offer"] });

// "Case closure service user satisfaction surveys are undertaken for all families at the point
// of closure or step up/step down ... one for parents/carers ...; one for young people
// (secondary school aged 11 and over) and one for children (primary school aged up to 11)."

const offer = (id: string, caseId: string, instrument: string, offeredOn: string, childId?: string) =>
  ({ id, caseId, instrument, offeredOn, ...(childId ? { childId } : {}) });

/** Case 200, closed Friday 2024-11-15: one child of primary school-age, one of secondary. */
const twoChildren = aCase({
  id: "200", closedOn: "2024-11-15", closureReason: "closed",
  children: [
    { id: "cp", dateOfBirth: "2016-05-01" }, // 8 on 2024-08-31: primary
    { id: "cs", dateOfBirth: "2010-03-10" }, // 14 on 2024-08-31: secondary
  ],
});

/** The earlier reading: a survey for each child of school age, matched on childId. */
const perChild = withParameters(qafPolicy, { survey: { offerPer: "child" } });

const offerOf = async (data: unknown, asOf: string, policy = qafPolicy) => {
  const list = obligationsOf(await run(data, asOf, policy), "survey.offer");
  expect(list).toHaveLength(1);
  return list[0];
};

describe("survey.offer", () => {
  it("needs a parent-carer survey, a child survey for the primary-age child and a young-person survey for the secondary-age one", async () => {
    const data = dataset({
      cases: [twoChildren],
      surveys: [
        offer("sv-p", "200", "parent-carer", "2024-11-15"),
        offer("sv-c", "200", "child", "2024-11-15", "cp"),
        offer("sv-y", "200", "young-person", "2024-11-15", "cs"),
      ],
    });
    const result = await run(data, "2024-12-31");
    const o = obligationsOf(result, "survey.offer")[0];
    expect(o).toMatchObject({
      id: "survey.offer/case:200", subject: { type: "case", id: "200" }, owner: { staffId: "kw-n" },
      dueBy: "2024-11-15", status: "met", metOn: "2024-11-15",
    });
    expect(o?.evidence).toEqual(["sv-c", "sv-p", "sv-y"]);
    expect(result.breaches).toEqual([]);
  });

  it("per family (the default), a survey of the right instrument counts whichever child it names", async () => {
    const data = dataset({
      cases: [twoChildren],
      surveys: [
        offer("sv-p", "200", "parent-carer", "2024-11-15"),
        offer("sv-c", "200", "child", "2024-11-15", "cs"),
        offer("sv-y", "200", "young-person", "2024-11-15", "cp"),
      ],
    });
    const result = await run(data, "2024-12-02");
    expect(obligationsOf(result, "survey.offer")[0]).toMatchObject({ status: "met", metOn: "2024-11-15", evidence: ["sv-c", "sv-p", "sv-y"] });
    expect(result.breaches).toEqual([]);
  });

  it("with survey.offerPer child, matches child surveys per childId and instrument: the right forms for the wrong children do not count", async () => {
    const data = dataset({
      cases: [twoChildren],
      surveys: [
        offer("sv-p", "200", "parent-carer", "2024-11-15"),
        offer("sv-c", "200", "child", "2024-11-15", "cs"),
        offer("sv-y", "200", "young-person", "2024-11-15", "cp"),
      ],
    });
    const result = await run(data, "2024-12-02", perChild);
    expect(obligationsOf(result, "survey.offer")[0]).toMatchObject({ status: "overdue", dueBy: "2024-11-15" });
    const breach = result.breaches.find((b) => b.ruleId === "survey.offer");
    expect(breach?.details["missing"]).toEqual(["child survey for child cp", "young-person survey for child cs"]);
  });

  it("a missing child survey: overdue the day after closure, the breach naming what is missing, owned by the key worker", async () => {
    const data = dataset({
      cases: [twoChildren],
      surveys: [offer("sv-p", "200", "parent-carer", "2024-11-15"), offer("sv-y", "200", "young-person", "2024-11-15", "cs")],
    });
    const result = await run(data, "2024-12-02");
    expect(obligationsOf(result, "survey.offer")[0]).toMatchObject({ status: "overdue", dueBy: "2024-11-15", evidence: [] });
    const breach = result.breaches.find((b) => b.ruleId === "survey.offer");
    expect(breach).toMatchObject({
      id: "survey.offer/case:200#breach", since: "2024-11-16", status: "active", severity: "medium",
      owner: { staffId: "kw-n" }, subject: { type: "case", id: "200" },
    });
    expect(breach?.details["missing"]).toEqual(["child survey"]);
    expect(breach?.message).toBe("The closure surveys of case 200 were due to be offered by 2024-11-15; not offered: child survey.");
    // survey.offer never lapses, though the case has closed: it stays active and climbs.
    expect(breach).not.toHaveProperty("lapsedOn");
    // Rung 1 (Sat 16th): the key worker's line manager; rung 2 on the 10th working day after (Fri 29 Nov): theirs.
    const escalation = result.escalations.find((e) => e.breachId === breach?.id);
    expect(escalation).toMatchObject({ kind: "breach", level: 2, to: { staffId: "om-n" }, raisedOn: "2024-11-29" });
    // With survey.offerPer child, the breach names the child.
    const perChildBreach = (await run(data, "2024-12-02", perChild)).breaches.find((b) => b.ruleId === "survey.offer");
    expect(perChildBreach?.details["missing"]).toEqual(["child survey for child cp"]);
    expect(perChildBreach?.message).toContain("child survey for child cp");
  });

  it("a child who turns 11 in August is still of primary school-age until the September after (school-year basis)", async () => {
    const child = { id: "ca", dateOfBirth: "2013-08-15" }; // 10 on 2023-08-31, 11 on 2024-08-15
    const surveys = [offer("sv-p", "201", "parent-carer", "2024-08-20"), offer("sv-c", "201", "child", "2024-08-20", "ca")];
    const closedInAugust = dataset({ cases: [aCase({ id: "201", closedOn: "2024-08-20", closureReason: "closed", children: [child] })], surveys });
    expect(await offerOf(closedInAugust, "2024-09-30")).toMatchObject({ status: "met", dueBy: "2024-08-20" });

    // Closed in September: 11 on 2024-08-31, so secondary: a young-person survey is needed, the child one does not count.
    const closedInSeptember = dataset({
      cases: [aCase({ id: "201", closedOn: "2024-09-02", closureReason: "closed", children: [child] })],
      surveys: [offer("sv-p", "201", "parent-carer", "2024-09-02"), offer("sv-c", "201", "child", "2024-09-02", "ca")],
    });
    expect(await offerOf(closedInSeptember, "2024-09-30")).toMatchObject({ status: "overdue", dueBy: "2024-09-02" });
  });

  it("with the age-on-date basis the same child is 11 on the closure date, so needs a young-person survey", async () => {
    const policy = withParameters(qafPolicy, { survey: { ageBasis: "age-on-date" } });
    const child = { id: "ca", dateOfBirth: "2013-08-15" };
    const data = (instrument: string) => dataset({
      cases: [aCase({ id: "201", closedOn: "2024-08-20", closureReason: "closed", children: [child] })],
      surveys: [offer("sv-p", "201", "parent-carer", "2024-08-20"), offer("sv-x", "201", instrument, "2024-08-20", "ca")],
    });
    expect(await offerOf(data("child"), "2024-09-30", policy)).toMatchObject({ status: "overdue" });
    expect(await offerOf(data("young-person"), "2024-09-30", policy)).toMatchObject({ status: "met", metOn: "2024-08-20" });
  });

  it("a closure on a Saturday is due that same Saturday (0 working days: the closure date whatever the day)", async () => {
    const sat = (offeredOn: string) => dataset({
      cases: [aCase({ id: "202", closedOn: "2024-11-16", closureReason: "step-down" })],
      surveys: [offer("sv-p", "202", "parent-carer", offeredOn)],
    });
    expect(await offerOf(sat("2024-11-16"), "2024-12-31")).toMatchObject({ dueBy: "2024-11-16", status: "met", metOn: "2024-11-16" });

    const late = await run(sat("2024-11-18"), "2024-12-31");
    expect(obligationsOf(late, "survey.offer")[0]).toMatchObject({ dueBy: "2024-11-16", status: "met-late", metOn: "2024-11-18" });
    const breach = late.breaches.find((b) => b.ruleId === "survey.offer");
    expect(breach).toMatchObject({ since: "2024-11-17", status: "resolved", resolvedOn: "2024-11-18" });
    expect(breach?.message).not.toMatch(/\{[a-zA-Z]+\}/);
    expect(late.escalations.filter((e) => e.kind === "breach")).toEqual([]);
  });

  it("with survey.offerWorkingDays 2, a Saturday closure is due the Tuesday after", async () => {
    const policy = withParameters(qafPolicy, { survey: { offerWorkingDays: 2 } });
    const data = dataset({
      cases: [aCase({ id: "202", closedOn: "2024-11-16", closureReason: "step-up" })],
      surveys: [offer("sv-p", "202", "parent-carer", "2024-11-19")],
    });
    expect(await offerOf(data, "2024-12-31", policy)).toMatchObject({ dueBy: "2024-11-19", status: "met" });
  });

  it("transfer and other closures need no survey; open cases and closures after asOf owe nothing yet", async () => {
    const data = dataset({
      cases: [
        aCase({ id: "210", closedOn: "2024-11-15", closureReason: "transfer" }),
        aCase({ id: "211", closedOn: "2024-11-15", closureReason: "other" }),
        aCase({ id: "212" }),
        aCase({ id: "213", closedOn: "2025-01-10", closureReason: "closed" }),
      ],
    });
    expect(obligationsOf(await run(data, "2024-12-31"), "survey.offer")).toEqual([]);
  });

  it("a child too young for school needs no survey; one over school age still asks a young person's survey (11 and over, no upper bound)", async () => {
    const family = (children: { id: string; dateOfBirth: string }[]) => dataset({
      cases: [aCase({ id: "203", closedOn: "2024-11-15", closureReason: "closed", children })],
      surveys: [offer("sv-p", "203", "parent-carer", "2024-11-15")],
    });
    const baby = { id: "baby", dateOfBirth: "2022-01-01" };
    const adult = { id: "adult", dateOfBirth: "2006-01-01" };
    expect(await offerOf(family([baby]), "2024-12-31")).toMatchObject({ status: "met" });
    const result = await run(family([baby, adult]), "2024-12-31");
    expect(obligationsOf(result, "survey.offer")[0]).toMatchObject({ status: "overdue" });
    expect(result.breaches.find((b) => b.ruleId === "survey.offer")?.details["missing"]).toEqual(["young-person survey"]);
    // Per child, only children of school age each need their own.
    expect(await offerOf(family([baby, adult]), "2024-12-31", perChild)).toMatchObject({ status: "met" });
  });

  it("an offer dated after asOf has not happened yet", async () => {
    const data = dataset({
      cases: [aCase({ id: "204", closedOn: "2024-11-15", closureReason: "closed" })],
      surveys: [offer("sv-p", "204", "parent-carer", "2024-11-25")],
    });
    expect(await offerOf(data, "2024-11-20")).toMatchObject({ status: "overdue" });
    expect(await offerOf(data, "2024-11-25")).toMatchObject({ status: "met-late", metOn: "2024-11-25" });
  });
});
