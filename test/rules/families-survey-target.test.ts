import { describe, expect, it } from "vitest";
import { qafPolicy, withParameters, type Policy } from "../../src";
import { aCase, dataset, obligation, referralsOf, run as runFamilies } from "../fixtures/families";

// "A target of 10% in relation to the number of families that had been closed is set for
// completion of surveys." Quarterly; completions count up to quarter end + 30 days.

const run = (data: unknown, asOf: string, policy: Policy = qafPolicy) =>
  runFamilies(data, asOf, { policy, rules: ["survey.completion-target"] });

const ID = "survey.completion-target";
const q = (scope: string, label: string) => `${ID}/${scope}/${label}`;

/** `n` cases closed on `closedOn` in `teamId`, ids `<prefix>1..n`. */
function closures(prefix: string, n: number, closedOn: string, teamId = "t-ifst-n", closureReason = "closed") {
  return Array.from({ length: n }, (_, i) =>
    aCase({ id: `${prefix}${i + 1}`, teamId, openedOn: "2024-01-02", closedOn, closureReason }));
}

const completed = (caseId: string, offeredOn: string, completedOn: string) =>
  ({ id: `sv-${caseId}`, caseId, instrument: "parent-carer", offeredOn, completedOn });

/** Q1 2024/25: ten families closed (one on the quarter's last day), one survey completed in the grace period. */
const q1 = {
  cases: [...closures("q1-", 9, "2024-05-20"), aCase({ id: "q1-10", openedOn: "2024-01-02", closedOn: "2024-06-30", closureReason: "step-up" })],
  surveys: [completed("q1-10", "2024-06-30", "2024-07-10")],
};

/** Q2 2024/25: nine families closed, none completed a survey. */
const q2 = { cases: closures("q2-", 9, "2024-08-14"), surveys: [] as unknown[] };

describe("survey.completion-target", () => {
  it("1 of 10 families closed in the quarter is exactly 10%: met, once the quarter has ended", async () => {
    const data = dataset({ cases: [...q1.cases, ...closures("tr-", 5, "2024-05-01", "t-ifst-n", "transfer")], surveys: q1.surveys });
    const result = await run(data, "2024-07-31");
    expect(obligation(result, q("service:service", "2024/25 Q1"))).toMatchObject({
      subject: { type: "service", id: "service" }, owner: { staffId: "sm" },
      period: { from: "2024-04-01", to: "2024-06-30" },
      dueBy: "2024-07-30", status: "met", metOn: "2024-07-10",
      progress: { done: 1, required: 1 }, evidence: ["q1-10"],
    });
    expect(result.breaches).toEqual([]);
    expect(referralsOf(result, ID)).toEqual([]);
  });

  it("0 of 9: open up to quarter end + 30 days, then overdue, referred to the OPS Management Team the day after the due date", async () => {
    const data = dataset(q2);
    const onDue = await run(data, "2024-10-30");
    expect(obligation(onDue, q("service:service", "2024/25 Q2"))).toMatchObject({ dueBy: "2024-10-30", status: "open" });
    expect(referralsOf(onDue, ID)).toEqual([]);

    const after = await run(data, "2024-10-31");
    expect(obligation(after, q("service:service", "2024/25 Q2"))).toMatchObject({
      dueBy: "2024-10-30", status: "overdue", progress: { done: 0, required: 1 },
    });
    expect(after.breaches.find((b) => b.ruleId === ID)).toMatchObject({
      id: `${q("service:service", "2024/25 Q2")}#breach`, since: "2024-10-31", status: "active",
      severity: "medium", owner: { staffId: "sm" },
    });
    expect(referralsOf(after, ID)).toEqual([
      expect.objectContaining({
        id: `${q("service:service", "2024/25 Q2")}#referral`, subject: { type: "service", id: "service" },
        level: 1, to: { body: "ops-management-team" }, raisedOn: "2024-10-31",
      }),
    ]);
  });

  it("a survey completed on the due date counts; one completed the day after the grace period does not", async () => {
    const onTime = dataset({ cases: q2.cases, surveys: [completed("q2-1", "2024-08-14", "2024-10-30")] });
    expect(obligation(await run(onTime, "2024-11-30"), q("service:service", "2024/25 Q2")))
      .toMatchObject({ status: "met", metOn: "2024-10-30" });

    const late = dataset({ cases: q2.cases, surveys: [completed("q2-1", "2024-08-14", "2024-10-31")] });
    const result = await run(late, "2024-11-30");
    expect(obligation(result, q("service:service", "2024/25 Q2"))).toMatchObject({
      status: "overdue", progress: { done: 0, required: 1 }, evidence: [],
    });
    expect(referralsOf(result, ID)).toHaveLength(1);
  });

  it("a quarter with no closures is open before its due date and met once due", async () => {
    const data = dataset({ cases: [] });
    expect(obligation(await run(data, "2025-01-29"), q("service:service", "2024/25 Q3")))
      .toMatchObject({ dueBy: "2025-01-30", status: "open", progress: { done: 0, required: 0 } });
    expect(obligation(await run(data, "2025-01-30"), q("service:service", "2024/25 Q3")))
      .toMatchObject({ dueBy: "2025-01-30", status: "met", metOn: "2025-01-30" });
  });

  it("one obligation per quarter overlapping the window, and for the quarter before it, due inside it", async () => {
    const result = await run(dataset({ cases: [] }), "2025-03-31");
    expect(result.obligations.map((o) => o.id)).toEqual(
      ["2023/24 Q4", "2024/25 Q1", "2024/25 Q2", "2024/25 Q3", "2024/25 Q4"].map((l) => q("service:service", l)),
    );
    expect(obligation(result, q("service:service", "2023/24 Q4"))).toMatchObject({ dueBy: "2024-04-30", status: "met" });
    expect(obligation(result, q("service:service", "2024/25 Q4"))).toMatchObject({ dueBy: "2025-04-30", status: "open" });
  });

  it("if the survey target becomes 15%, 1 of 10 no longer meets it: overdue and referred", async () => {
    const policy = withParameters(qafPolicy, { survey: { targetRate: 0.15 } });
    const result = await run(dataset(q1), "2024-07-31", policy);
    expect(obligation(result, q("service:service", "2024/25 Q1"))).toMatchObject({
      status: "overdue", progress: { done: 1, required: 2 },
    });
    expect(referralsOf(result, ID).map((e) => [e.to, e.raisedOn])).toEqual([[{ body: "ops-management-team" }, "2024-07-31"]]);

    const two = dataset({ ...q1, surveys: [...q1.surveys, completed("q1-1", "2024-05-20", "2024-06-01")] });
    expect(obligation(await run(two, "2024-07-31", policy), q("service:service", "2024/25 Q1")))
      .toMatchObject({ status: "met", metOn: "2024-07-10", progress: { done: 2, required: 2 } });
  });

  it("with scopes service, area and team, each scope is measured on its own families", async () => {
    const policy = withParameters(qafPolicy, { survey: { targetScopes: ["service", "area", "team"] } });
    // North IFST: 10 closed, 1 completed (10%). South IFST: 2 closed, none completed. North FCT: none closed.
    const data = dataset({ cases: [...q1.cases, ...closures("s-", 2, "2024-06-03", "t-ifst-s")], surveys: q1.surveys });
    const result = await run(data, "2024-07-31", policy);
    const q1Of = (scope: string) => obligation(result, q(scope, "2024/25 Q1"));
    // Service: 1 of 12 is under 10%: ceil(1.2) = 2 needed.
    expect(q1Of("service:service")).toMatchObject({ status: "overdue", progress: { done: 1, required: 2 } });
    expect(q1Of("area:north")).toMatchObject({ status: "met", progress: { done: 1, required: 1 } });
    expect(q1Of("area:south")).toMatchObject({ status: "overdue", progress: { done: 0, required: 1 } });
    expect(q1Of("team:t-ifst-n")).toMatchObject({ status: "met" });
    expect(q1Of("team:t-fct-n")).toMatchObject({ status: "met", progress: { done: 0, required: 0 } });
    expect(q1Of("team:t-ifst-s")).toMatchObject({ status: "overdue" });
    expect(referralsOf(result, ID).map((e) => e.subject).sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual([
      { type: "service", id: "service" },
      { type: "area", id: "south" },
      { type: "team", id: "t-ifst-s" },
    ]);
  });
});
