import { describe, expect, it } from "vitest";
import { aCase, dataset, obligationsOf, referralsOf, run as runFamilies } from "../fixtures/families";

// "children and families open for 9 months(IFST team) 3 months (FCT); Children subjected to
// Neglect" are for the operations managers' bi-monthly case clinics.

const DURATION = "case.duration-review";
const NEGLECT = "case.neglect-review";
const run = (data: unknown, asOf: string) => runFamilies(data, asOf, { rules: [DURATION, NEGLECT] });

const clinic = (id: string, heldOn: string, caseIds: string[], kind = "case-clinic") =>
  ({ id, kind, heldOn, scope: { type: "staff", id: "om-n" }, caseIds });

const summary = (result: Awaited<ReturnType<typeof run>>, ruleId: string) =>
  obligationsOf(result, ruleId).map((o) => [o.id, o.dueBy, o.status, o.metOn ?? null]);

describe("case.duration-review", () => {
  it("an IFST case open 9 months is due at a clinic 2 months later; each clinic starts the next 2-month wait", async () => {
    const data = dataset({
      cases: [aCase({ id: "300", openedOn: "2024-01-15" }), aCase({ id: "301", openedOn: "2024-12-01" })],
      meetings: [clinic("m1", "2024-12-10", ["301", "300"]), clinic("m2", "2025-02-20", ["300"])],
    });
    const result = await run(data, "2025-03-31");
    // Threshold 2024-10-15; due 2024-12-15; clinic 12-10 starts a wait due 2025-02-10, met late on 02-20; next due 04-20.
    expect(summary(result, DURATION)).toEqual([
      ["case.duration-review/case:300/2024-10-15", "2024-12-15", "met", "2024-12-10"],
      ["case.duration-review/case:300/2024-12-10", "2025-02-10", "met-late", "2025-02-20"],
      ["case.duration-review/case:300/2025-02-20", "2025-04-20", "open", null],
    ]);
    for (const o of obligationsOf(result, DURATION)) expect(o.owner).toEqual({ staffId: "om-n", role: "operations-manager" });
    expect(result.breaches).toEqual([
      expect.objectContaining({
        id: "case.duration-review/case:300/2024-12-10#breach", since: "2025-02-11",
        status: "resolved", resolvedOn: "2025-02-20", severity: "medium",
      }),
    ]);
  });

  it("refers the case to its area's operations manager on the threshold date", async () => {
    const data = dataset({ cases: [aCase({ id: "300", openedOn: "2024-01-15" }), aCase({ id: "303", teamId: "t-ifst-s", keyWorkerId: "kw-s", openedOn: "2024-02-01" })] });
    const result = await run(data, "2025-03-31");
    expect(referralsOf(result, DURATION).map((e) => [e.id, e.subject, e.to, e.raisedOn, e.level])).toEqual([
      ["case.duration-review/case:300/2024-10-15#referral", { type: "case", id: "300" }, { staffId: "om-n", role: "operations-manager" }, "2024-10-15", 1],
      ["case.duration-review/case:303/2024-11-01#referral", { type: "case", id: "303" }, { staffId: "om-s", role: "operations-manager" }, "2024-11-01", 1],
    ]);
  });

  it("an FCT case is reviewed after 3 months, and a clinic before that threshold does not count", async () => {
    const data = dataset({
      cases: [aCase({ id: "301", teamId: "t-fct-n", openedOn: "2024-05-10" })],
      meetings: [clinic("m0", "2024-07-01", ["301"])],
    });
    // Threshold 2024-08-10, due 2024-10-10.
    expect(summary(await run(data, "2024-10-10"), DURATION)).toEqual([
      ["case.duration-review/case:301/2024-08-10", "2024-10-10", "open", null],
    ]);
    const late = await run(data, "2024-10-11");
    expect(summary(late, DURATION)).toEqual([["case.duration-review/case:301/2024-08-10", "2024-10-10", "overdue", null]]);
    expect(late.breaches[0]).toMatchObject({ since: "2024-10-11", status: "active", owner: { staffId: "om-n" } });
    expect(referralsOf(late, DURATION).map((e) => e.raisedOn)).toEqual(["2024-08-10"]);
  });

  it("only a case clinic listing the case counts", async () => {
    const data = dataset({
      cases: [aCase({ id: "301", teamId: "t-fct-n", openedOn: "2024-05-10" })],
      meetings: [clinic("g1", "2024-09-01", ["301"], "group-learning"), clinic("m1", "2024-09-02", ["302"])],
    });
    expect(summary(await run(data, "2024-10-11"), DURATION)).toEqual([
      ["case.duration-review/case:301/2024-08-10", "2024-10-10", "overdue", null],
    ]);
  });

  it("a case not yet open for its threshold owes nothing", async () => {
    const data = dataset({ cases: [aCase({ id: "304", openedOn: "2024-08-01" })] });
    const result = await run(data, "2025-03-31"); // threshold 2025-05-01
    expect(obligationsOf(result, DURATION)).toEqual([]);
    expect(referralsOf(result, DURATION)).toEqual([]);
  });

  it("the threshold is clamped to the month's end: opened 31 May, 9 months on is 28 February", async () => {
    const data = dataset({ cases: [aCase({ id: "305", openedOn: "2024-05-31" })] });
    expect(summary(await run(data, "2025-03-31"), DURATION)).toEqual([
      ["case.duration-review/case:305/2025-02-28", "2025-04-28", "open", null],
    ]);
  });

  it("a case closed before the due date excuses that wait; closed after it, the wait stays overdue", async () => {
    const data = dataset({
      cases: [
        aCase({ id: "302", openedOn: "2024-01-15", closedOn: "2024-12-01", closureReason: "closed" }),
        aCase({ id: "306", openedOn: "2024-01-15", closedOn: "2024-12-20", closureReason: "closed" }),
      ],
      meetings: [clinic("m9", "2024-12-05", ["302"])], // after 302 closed: no evidence
    });
    const result = await run(data, "2025-03-31");
    expect(summary(result, DURATION)).toEqual([
      ["case.duration-review/case:302/2024-10-15", "2024-12-15", "excused", null],
      ["case.duration-review/case:306/2024-10-15", "2024-12-15", "overdue", null],
    ]);
    expect(result.breaches.map((b) => [b.id, b.since])).toEqual([["case.duration-review/case:306/2024-10-15#breach", "2024-12-16"]]);
  });

  it("after the last clinic, closure excuses the wait then running", async () => {
    const data = dataset({
      cases: [aCase({ id: "307", openedOn: "2024-01-15", closedOn: "2025-01-31", closureReason: "step-down" })],
      meetings: [clinic("m1", "2024-12-10", ["307"])],
    });
    expect(summary(await run(data, "2025-03-31"), DURATION)).toEqual([
      ["case.duration-review/case:307/2024-10-15", "2024-12-15", "met", "2024-12-10"],
      ["case.duration-review/case:307/2024-12-10", "2025-02-10", "excused", null],
    ]);
  });

  // A case closed before its threshold was never "open for 9 months": no chain starts, so no
  // (excused) obligation and no referral dated after it closed.
  it("a case closed before its threshold owes nothing and is not referred", async () => {
    const data = dataset({ cases: [aCase({ id: "308", openedOn: "2024-01-15", closedOn: "2024-06-01", closureReason: "closed" })] });
    const result = await run(data, "2025-03-31");
    expect(referralsOf(result, DURATION)).toEqual([]);
    expect(obligationsOf(result, DURATION)).toEqual([]);
  });
});

describe("case.neglect-review", () => {
  const neglect = aCase({ id: "310", teamId: "t-ifst-s", keyWorkerId: "kw-s", openedOn: "2024-04-10", neglectIdentifiedOn: "2024-06-03" });

  it("is due at a clinic within 2 months of neglectIdentifiedOn, then every 2 months after each clinic; high severity", async () => {
    const data = dataset({ cases: [neglect], meetings: [clinic("m1", "2024-07-15", ["310"])] });
    const result = await run(data, "2024-10-01");
    expect(summary(result, NEGLECT)).toEqual([
      ["case.neglect-review/case:310/2024-06-03", "2024-08-03", "met", "2024-07-15"],
      ["case.neglect-review/case:310/2024-07-15", "2024-09-15", "overdue", null],
    ]);
    expect(result.breaches).toEqual([
      expect.objectContaining({
        id: "case.neglect-review/case:310/2024-07-15#breach", since: "2024-09-16", status: "active",
        severity: "high", owner: { staffId: "om-s", role: "operations-manager" },
      }),
    ]);
    // Opened 2024-04-10: its 9-month threshold (2025-01-10) is after asOf, so no duration review yet.
    expect(obligationsOf(result, DURATION)).toEqual([]);
  });

  it("refers the case to its operations manager on neglectIdentifiedOn", async () => {
    const result = await run(dataset({ cases: [neglect] }), "2024-10-01");
    expect(referralsOf(result, NEGLECT).map((e) => [e.id, e.to, e.raisedOn])).toEqual([
      ["case.neglect-review/case:310/2024-06-03#referral", { staffId: "om-s", role: "operations-manager" }, "2024-06-03"],
    ]);
  });

  it("cases without neglect, or with neglect identified after asOf, owe nothing", async () => {
    const data = dataset({
      cases: [aCase({ id: "311", openedOn: "2024-04-10" }), aCase({ id: "312", openedOn: "2024-04-10", neglectIdentifiedOn: "2024-11-01" })],
    });
    const result = await run(data, "2024-07-31");
    expect(obligationsOf(result, NEGLECT)).toEqual([]);
    expect(referralsOf(result, NEGLECT)).toEqual([]);
  });

  // A clinic on the anchor day itself (neglectIdentifiedOn) is "within 2 months of that date",
  // so it meets the first wait, and "each discussion starts the next 2-month wait", which starts
  // that same day: its id takes "/2" after the day.
  it("a clinic on the day neglect is identified meets the first wait and starts the next, each with its own id", async () => {
    const data = dataset({ cases: [neglect], meetings: [clinic("m1", "2024-06-03", ["310"])] });
    const list = obligationsOf(await run(data, "2024-07-31"), NEGLECT);
    expect(list.map((o) => [o.dueBy, o.status, o.metOn ?? null]).sort()).toEqual([
      ["2024-08-03", "met", "2024-06-03"],
      ["2024-08-03", "open", null],
    ]);
    expect(new Set(list.map((o) => o.id)).size).toBe(2);
  });
});
