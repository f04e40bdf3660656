import { describe, expect, it } from "vitest";
import { qafPolicy, withParameters, type Policy } from "../../src";
import { aCase, dataset, obligationsOf, run as runFamilies } from "../fixtures/families";

// "All YC are entitled to an assessment of their needs ... and all YC are involved along with
// their parents in assessments." · "DCC have Young Carer Charter Status which is reviewed every 2 years"

const ASSESSMENT = "young-carers.assessment";
const INVOLVEMENT = "young-carers.involvement";
const CHARTER = "young-carers.charter-review";

const run = (data: unknown, asOf: string, rules: string[], policy: Policy = qafPolicy, from?: string) =>
  runFamilies(data, asOf, { policy, rules, ...(from ? { from } : {}) });

const assessment = (id: string, caseId: string, childId: string, assessedOn: string, youngCarerInvolved = true, parentInvolved = true) =>
  ({ id, caseId, childId, assessedOn, youngCarerInvolved, parentInvolved });

const openCase = aCase({
  id: "400", openedOn: "2024-06-01",
  children: [{ id: "yc1", dateOfBirth: "2012-02-02", youngCarer: true }, { id: "c-other", dateOfBirth: "2014-02-02" }],
});
const closedCase = aCase({
  id: "401", openedOn: "2024-06-01", closedOn: "2024-09-30", closureReason: "closed",
  children: [{ id: "yc2", dateOfBirth: "2011-05-05", youngCarer: true }],
});

const rows = (result: Awaited<ReturnType<typeof run>>, ruleId: string) =>
  obligationsOf(result, ruleId).map((o) => [o.id, o.dueBy, o.status, o.metOn ?? null]);

describe("young-carers.assessment", () => {
  it("by default is due by the case's closure: open with no due date while the case is open, overdue after an unassessed closure, its breach lapsed the day it begins", async () => {
    const result = await run(dataset({ cases: [openCase, closedCase] }), "2025-03-31", [ASSESSMENT]);
    expect(rows(result, ASSESSMENT)).toEqual([
      ["young-carers.assessment/child:yc1", null, "open", null],
      ["young-carers.assessment/child:yc2", "2024-09-30", "overdue", null],
    ]);
    expect(obligationsOf(result, ASSESSMENT)[0]?.owner).toEqual({ staffId: "kw-n", role: "practitioner" });
    // Due by closure, so missed only once the case has closed: no one can act on it now.
    expect(result.breaches).toEqual([
      expect.objectContaining({
        id: "young-carers.assessment/child:yc2#breach", subject: { type: "child", id: "yc2" },
        since: "2024-10-01", status: "lapsed", lapsedOn: "2024-10-01", severity: "high", owner: { staffId: "kw-n", role: "practitioner" },
        message: "Young carer yc2 was due a young carer assessment by 2024-09-30. It lapsed on 2024-10-01: the case closed before it was met.",
      }),
    ]);
    expect(result.escalations).toEqual([]);
  });

  it("an assessment of that child for that case, by the closure date, meets it; one for another child does not", async () => {
    const data = dataset({
      cases: [openCase, closedCase],
      youngCarerAssessments: [assessment("a1", "401", "yc2", "2024-09-30"), assessment("a2", "400", "c-other", "2024-07-01")],
    });
    const result = await run(data, "2025-03-31", [ASSESSMENT]);
    expect(rows(result, ASSESSMENT)).toEqual([
      ["young-carers.assessment/child:yc1", null, "open", null],
      ["young-carers.assessment/child:yc2", "2024-09-30", "met", "2024-09-30"],
    ]);
  });

  it("with young-carers.assessmentWithinDays set, is due that many days from openedOn", async () => {
    const policy = withParameters(qafPolicy, { "young-carers": { assessmentWithinDays: 28 } });
    const data = dataset({ cases: [openCase], youngCarerAssessments: [assessment("a1", "400", "yc1", "2024-07-05")] });
    const result = await run(data, "2025-03-31", [ASSESSMENT], policy);
    expect(rows(result, ASSESSMENT)).toEqual([["young-carers.assessment/child:yc1", "2024-06-29", "met-late", "2024-07-05"]]);
    expect(result.breaches).toEqual([
      expect.objectContaining({ since: "2024-06-30", status: "resolved", resolvedOn: "2024-07-05" }),
    ]);
  });

  it("with a day limit, is excused when the case closes unassessed before the limit, not after it", async () => {
    const policy = withParameters(qafPolicy, { "young-carers": { assessmentWithinDays: 28 } });
    // Opened 1 June 2024: due 29 June. 402 closes 20 June (before the limit); 403 on 29 June itself.
    const early = aCase({ id: "402", openedOn: "2024-06-01", closedOn: "2024-06-20", closureReason: "closed", children: [{ id: "yc3", dateOfBirth: "2011-05-05", youngCarer: true }] });
    const onDue = aCase({ id: "403", openedOn: "2024-06-01", closedOn: "2024-06-29", closureReason: "closed", children: [{ id: "yc4", dateOfBirth: "2011-05-05", youngCarer: true }] });
    const result = await run(dataset({ cases: [early, onDue] }), "2025-03-31", [ASSESSMENT], policy);
    expect(rows(result, ASSESSMENT)).toEqual([
      ["young-carers.assessment/child:yc3", "2024-06-29", "excused", null],
      ["young-carers.assessment/child:yc4", "2024-06-29", "overdue", null],
    ]);
    expect(result.breaches.map((b) => [b.id, b.status, b.since, b.lapsedOn])).toEqual([
      ["young-carers.assessment/child:yc4#breach", "lapsed", "2024-06-30", "2024-06-30"],
    ]);
  });

  it("an assessment after the case closed: excused if the limit was still ahead at closure, met late if it had come", async () => {
    // rules.md: unmet when the subject stops before its due date, excused; already due, a
    // later record still meets it late. Due 29 June; 402 closed 20 June, 403 on 29 June.
    const policy = withParameters(qafPolicy, { "young-carers": { assessmentWithinDays: 28 } });
    const early = aCase({ id: "402", openedOn: "2024-06-01", closedOn: "2024-06-20", closureReason: "closed", children: [{ id: "yc3", dateOfBirth: "2011-05-05", youngCarer: true }] });
    const onDue = aCase({ id: "403", openedOn: "2024-06-01", closedOn: "2024-06-29", closureReason: "closed", children: [{ id: "yc4", dateOfBirth: "2011-05-05", youngCarer: true }] });
    const assessed = [assessment("a3", "402", "yc3", "2024-06-25"), assessment("a4", "403", "yc4", "2024-07-02")];
    const result = await run(dataset({ cases: [early, onDue], youngCarerAssessments: assessed }), "2025-03-31", [ASSESSMENT], policy);
    expect(rows(result, ASSESSMENT)).toEqual([
      ["young-carers.assessment/child:yc3", "2024-06-29", "excused", null],
      ["young-carers.assessment/child:yc4", "2024-06-29", "met-late", "2024-07-02"],
    ]);
    expect(result.breaches.map((b) => [b.id, b.status, b.resolvedOn])).toEqual([
      ["young-carers.assessment/child:yc4#breach", "resolved", "2024-07-02"],
    ]);
  });
});

describe("young-carers.involvement", () => {
  it("is a check on each assessment: the young carer and their parents were both involved", async () => {
    const data = dataset({
      cases: [openCase],
      youngCarerAssessments: [
        assessment("a-ok", "400", "yc1", "2024-07-01"),
        assessment("a-none", "400", "yc1", "2024-08-01", false, false),
        assessment("a-parent", "400", "yc1", "2024-08-02", true, false),
      ],
    });
    const result = await run(data, "2025-03-31", [INVOLVEMENT]);
    expect(result.obligations).toEqual([]);
    expect(result.breaches.map((b) => [b.id, b.subject, b.since, b.severity, b.owner.staffId, b.status])).toEqual([
      ["young-carers.involvement/assessment:a-none", { type: "assessment", id: "a-none" }, "2024-08-01", "medium", "kw-n", "active"],
      ["young-carers.involvement/assessment:a-parent", { type: "assessment", id: "a-parent" }, "2024-08-02", "medium", "kw-n", "active"],
    ]);
    const none = result.breaches[0];
    expect(none?.message).toContain("young carer");
    expect(none?.message).toContain("parents");
    expect((none?.details["failures"] as { field: string }[]).map((f) => f.field)).toEqual(["youngCarerInvolved", "parentInvolved"]);
    expect((result.breaches[1]?.details["failures"] as { field: string }[]).map((f) => f.field)).toEqual(["parentInvolved"]);
  });

  it("reports only assessments dated inside the window, and none after asOf", async () => {
    const data = dataset({
      cases: [aCase({ ...openCase, id: "400", openedOn: "2024-01-10" })],
      youngCarerAssessments: [
        assessment("a-before", "400", "yc1", "2024-03-01", false, true),
        assessment("a-after", "400", "yc1", "2025-04-02", false, true),
      ],
    });
    expect((await run(data, "2025-03-31", [INVOLVEMENT])).breaches).toEqual([]);
  });
});

describe("young-carers.charter-review", () => {
  const reviewed = (...days: string[]) => dataset({ youngCarersCharterReviews: days.map((reviewedOn, i) => ({ id: `ycc${i + 1}`, reviewedOn })) });

  it("reviewed 2023-03-01: next due 2025-03-01, open until then, then overdue (low, the strategic manager's)", async () => {
    expect(rows(await run(reviewed("2023-03-01"), "2025-03-01", [CHARTER]), CHARTER)).toEqual([
      ["young-carers.charter-review/service:service/2023-03-01", "2025-03-01", "open", null],
    ]);
    const result = await run(reviewed("2023-03-01"), "2025-03-31", [CHARTER]);
    expect(rows(result, CHARTER)).toEqual([["young-carers.charter-review/service:service/2023-03-01", "2025-03-01", "overdue", null]]);
    expect(result.breaches).toEqual([
      expect.objectContaining({
        subject: { type: "service", id: "service" }, since: "2025-03-02", severity: "low",
        owner: { staffId: "sm", role: "strategic-manager" }, status: "active",
      }),
    ]);
  });

  it("a review starts the next 24-month wait", async () => {
    const result = await run(reviewed("2023-03-01", "2025-03-10"), "2025-03-31", [CHARTER]);
    expect(rows(result, CHARTER)).toEqual([
      ["young-carers.charter-review/service:service/2023-03-01", "2025-03-01", "met-late", "2025-03-10"],
      ["young-carers.charter-review/service:service/2025-03-10", "2027-03-10", "open", null],
    ]);
  });

  it("no review on record: overdue from the window start", async () => {
    const result = await run(reviewed(), "2024-06-30", [CHARTER]);
    // Due the day before the window, so overdue (its breach begun) on the window's first day.
    expect(rows(result, CHARTER)).toEqual([["young-carers.charter-review/service:service/opening", "2024-03-31", "overdue", null]]);
    expect(result.breaches[0]).toMatchObject({ since: "2024-04-01", status: "active" });
  });

  it("with young-carers.charterReviewMonths 12, a 2023-03-01 review was due 2024-03-01: still unmet at the window start, so reported", async () => {
    const policy = withParameters(qafPolicy, { "young-carers": { charterReviewMonths: 12 } });
    const result = await run(reviewed("2023-03-01"), "2024-06-30", [CHARTER], policy);
    expect(rows(result, CHARTER)).toEqual([["young-carers.charter-review/service:service/2023-03-01", "2024-03-01", "overdue", null]]);
  });
});
