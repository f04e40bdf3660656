import { describe, expect, it } from "vitest";
import { qafPolicy, ruleDefinitionSchema } from "../../src";
import { practiceRules } from "../../src/rules/practice";
import { about, evaluateTeam, pdr, worker } from "../fixtures/supervision";

describe("PDR and observation rules as data", () => {
  const byId = new Map(practiceRules.map((r) => [r.id, r]));

  it("are the five rules of rules.md, each a valid definition in the default policy", () => {
    expect([...byId.keys()]).toEqual(["pdr.annual", "pdr.content", "observation.annual", "observation.observer", "observation.conduct"]);
    for (const rule of practiceRules) {
      expect(ruleDefinitionSchema.parse(rule)).toEqual(rule);
      expect(qafPolicy.rules).toContainEqual(rule);
    }
  });

  it("have the kinds, owners, severities and parameters rules.md names", () => {
    expect(byId.get("pdr.annual")).toMatchObject({
      kind: "deadline-chain", subject: "staff", owner: "line-manager", severity: "medium",
      start: { date: "startedOn" }, interval: { months: { param: "pdr.intervalMonths" } }, endsOn: "leftOn",
      events: { collection: "pdrs", key: "staffId", date: "heldOn" },
    });
    expect(byId.get("pdr.content")).toMatchObject({
      kind: "check", subject: "pdrs", owner: "reviewer", severity: "low",
      assertions: [
        { test: "includesAll", field: "covered", values: { param: "pdr.requiredTopics" } },
        { test: "isTrue", field: "preparedByManager" },
        { test: "isTrue", field: "preparedByWorker" },
      ],
    });
    expect(byId.get("observation.annual")).toMatchObject({
      kind: "deadline-chain", subject: "staff", owner: "line-manager", severity: "medium",
      start: { date: "startedOn" }, interval: { months: { param: "observation.intervalMonths" } }, endsOn: "leftOn",
      events: { collection: "observations", key: "practitionerId", date: "observedOn" },
    });
    expect(byId.get("observation.annual")).not.toHaveProperty("perYear");
    expect(byId.get("observation.observer")).toMatchObject({
      kind: "check", subject: "observations", owner: "observer", severity: "low", ladder: "none",
      assertions: [{ test: "roleInTeamOf", field: "observerId", of: "practitionerId", roles: { param: "observation.observerRoles" } }],
    });
    expect(byId.get("observation.conduct")).toMatchObject({
      kind: "check", subject: "observations", owner: "observer", severity: "medium",
      assertions: [
        { test: "isTrue", field: "plannedInAdvance" },
        { test: "notEqual", field: "consent", value: "not-secured" },
        { test: "isTrue", field: "templateUsed" },
        { test: "isTrue", field: "recorded" },
      ],
    });
  });

  it("quote the QAF's words as rules.md does", () => {
    const quotes: Record<string, string> = {
      "pdr.annual": "A PDR should take place annually",
      "pdr.content": "Both the manager and the worker should prepare in advance",
      "observation.annual": "All practitioners within the One Point service will receive a minimum of one observation of their practice per year.",
      "observation.observer": "Observed practice is usually undertaken by the practitioners Team Manager, Senior Key Worker or Family Centre Team Manager",
      "observation.conduct": "The observed practice should be agreed and planned in advance and the consent of the service user secured (if required). The CYPS Practice Observation template must be used",
    };
    for (const rule of practiceRules) expect(rule.quote).toContain(quotes[rule.id]);
  });
});

describe("pdr.annual: a PDR within 12 months of the last, the first within 12 months of startedOn", () => {
  const leapStarter = [worker("p1", { startedOn: "2024-02-29" })];

  it("is first due 12 months after startedOn, clamped to the month's end (2024-02-29 -> 2025-02-28)", async () => {
    const ev = await evaluateTeam({ staff: leapStarter }, { asOf: "2025-02-28" });
    expect(about(ev, "pdr.annual", "p1").obligations).toMatchObject([
      { id: "pdr.annual/staff:p1/2024-02-29", dueBy: "2025-02-28", status: "open", owner: { staffId: "tm" } },
    ]);
  });

  it("is met by a PDR on the due date, and the next is due 12 months after it", async () => {
    const ev = await evaluateTeam({ staff: leapStarter, pdrs: [pdr("r1", "p1", "2025-02-28")] }, { asOf: "2025-03-31" });
    expect(about(ev, "pdr.annual", "p1").obligations).toMatchObject([
      { id: "pdr.annual/staff:p1/2024-02-29", status: "met", metOn: "2025-02-28", evidence: ["r1"] },
      { id: "pdr.annual/staff:p1/2025-02-28", dueBy: "2026-02-28", status: "open" },
    ]);
    expect(about(ev, "pdr.annual", "p1").breaches).toEqual([]);
  });

  it("is overdue the day after, a medium breach of the line manager escalated to theirs", async () => {
    const ev = await evaluateTeam({ staff: leapStarter }, { asOf: "2025-03-01" });
    const r = about(ev, "pdr.annual", "p1");
    expect(r.obligations).toMatchObject([{ status: "overdue" }]);
    expect(r.breaches).toMatchObject([
      {
        id: "pdr.annual/staff:p1/2024-02-29#breach", since: "2025-03-01", status: "active", severity: "medium", owner: { staffId: "tm" },
        message: "Staff member p1 was due a Personal Development Review by 2025-02-28.",
      },
    ]);
    expect(r.escalations).toMatchObject([{ level: 1, to: { staffId: "om" }, raisedOn: "2025-03-01" }]);
  });

  it("is met-late when held after the due date, and the next wait runs from that late PDR", async () => {
    const ev = await evaluateTeam({ staff: leapStarter, pdrs: [pdr("r1", "p1", "2025-03-10")] }, { asOf: "2025-03-31" });
    const r = about(ev, "pdr.annual", "p1");
    expect(r.obligations).toMatchObject([
      { status: "met-late", metOn: "2025-03-10" },
      { id: "pdr.annual/staff:p1/2025-03-10", dueBy: "2026-03-10", status: "open" },
    ]);
    expect(r.breaches).toMatchObject([{ status: "resolved", since: "2025-03-01", resolvedOn: "2025-03-10" }]);
  });

  it("excuses a leaver's PDR not yet due, and asks nothing of staff without a line manager", async () => {
    const ev = await evaluateTeam(
      { staff: [worker("p1", { startedOn: "2024-02-29", leftOn: "2024-12-31" }), worker("p2", { lineManagerId: undefined })] },
      { asOf: "2025-03-31" },
    );
    expect(about(ev, "pdr.annual", "p1").obligations).toMatchObject([{ dueBy: "2025-02-28", status: "excused" }]);
    expect(about(ev, "pdr.annual", "p2").obligations).toEqual([]);
    expect(about(ev, "pdr.annual", "sm").obligations).toEqual([]);
  });
});

describe("pdr.content: every required topic, prepared by both manager and worker", () => {
  const run = (extra: Record<string, unknown>) =>
    evaluateTeam({ staff: [worker("p1")], pdrs: [pdr("r1", "p1", "2024-06-03", extra)] }, { asOf: "2024-06-30" });

  it("holds for a complete, prepared PDR", async () => {
    expect(about(await run({}), "pdr.content", "r1").breaches).toEqual([]);
  });

  it("is one low breach of the reviewer listing each failure and the missing topics", async () => {
    const ev = await run({ covered: ["objectives", "open-values"], preparedByManager: false, preparedByWorker: false });
    expect(about(ev, "pdr.content", "r1").breaches).toMatchObject([
      {
        id: "pdr.content/pdr:r1", subject: { type: "pdr", id: "r1" }, owner: { staffId: "tm" }, severity: "low", since: "2024-06-03",
        message: "Personal Development Review r1 fell short: not every required topic was covered, the manager did not prepare in advance, the worker did not prepare in advance.",
        details: {
          failures: [
            { field: "covered", missing: ["audit-development-needs", "observation-development-needs", "development-pathway"] },
            { field: "preparedByManager" },
            { field: "preparedByWorker" },
          ],
        },
      },
    ]);
  });

  it("names only the worker's missing preparation when that is all", async () => {
    const ev = await run({ preparedByWorker: false });
    expect(about(ev, "pdr.content", "r1").breaches).toMatchObject([{ details: { failures: [{ field: "preparedByWorker" }] } }]);
  });
});
